import { SaksiError } from '@saksi/errors';

/** Refusals about personal data that was, or is to be, erased. */
export class PersonalDataError extends SaksiError {
  /** Reading (disclosure) a family whose personal data was erased. */
  static erased(kpmId: string, erasedAt: Date): PersonalDataError {
    const day = erasedAt.toISOString().slice(0, 10);
    return new PersonalDataError(
      'PERSONAL_DATA.ERASED',
      'gone',
      {
        id: `Data pribadi KPM ${kpmId} sudah dihapus pada ${day} dan tidak dapat ditampilkan lagi. Catatan kegiatannya tetap ada tanpa data pribadi.`,
        en: `The personal data of KPM ${kpmId} was erased on ${day} and can no longer be shown. Its record of actions remains, without personal data.`,
      },
      { kpmId, erasedAt: erasedAt.toISOString() },
    );
  }

  /** Writing personal data under a subject that was erased. */
  static recordingErased(subject: string): PersonalDataError {
    return new PersonalDataError(
      'PERSONAL_DATA.ERASED',
      'gone',
      {
        id: `Data pribadi ${subject} sudah dihapus, jadi tidak dapat dicatat lagi. Catat kegiatan ini tanpa data pribadinya (nama, NIK, tanggal lahir, nomor KK, kontak).`,
        en: `The personal data of ${subject} was erased, so it cannot be recorded again. Record this action without its personal data (name, NIK, birth date, KK number, contact).`,
      },
      { subject },
    );
  }

  static alreadyErased(kpmId: string, erasedAt: Date): PersonalDataError {
    const day = erasedAt.toISOString().slice(0, 10);
    return new PersonalDataError(
      'PERSONAL_DATA.ALREADY_ERASED',
      'conflict',
      {
        id: `Data pribadi KPM ${kpmId} sudah dihapus pada ${day}. Tidak ada yang perlu dihapus lagi.`,
        en: `The personal data of KPM ${kpmId} was already erased on ${day}. There is nothing more to erase.`,
      },
      { kpmId, erasedAt: erasedAt.toISOString() },
    );
  }

  static familyNotFound(kpmId: string): PersonalDataError {
    return new PersonalDataError(
      'KPM.NOT_FOUND',
      'not-found',
      {
        id: `Tidak ada KPM dengan nomor "${kpmId}". Periksa nomor KPM.`,
        en: `There is no KPM with the id "${kpmId}". Check the KPM id.`,
      },
      { kpmId },
    );
  }
}
