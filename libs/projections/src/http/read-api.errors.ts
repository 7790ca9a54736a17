import { SaksiError } from '@saksi/errors';

/** The read API's refusals that are not about figures (those are ProjectionError's). */
export class ReadApiError extends SaksiError {
  static asOfTwice(): ReadApiError {
    return new ReadApiError('REPORT.AS_OF_TWICE', 'invalid', {
      id: 'Pilih salah satu saja: asOfPosition (nomor urut catatan) atau asOfDate (tanggal), jangan keduanya.',
      en: 'Choose one only: asOfPosition (a log position) or asOfDate (a date), not both.',
    });
  }

  static villageHasNoChildren(code: string): ReadApiError {
    return new ReadApiError(
      'REPORT.NO_CHILD_AREAS',
      'invalid',
      {
        id: `Desa ${code} tidak memiliki wilayah di bawahnya. Untuk angka desa ini, buka /api/v1/figures?area=${code}.`,
        en: `Village ${code} has no areas below it. For this village's figures, open /api/v1/figures?area=${code}.`,
      },
      { parent: code },
    );
  }

  static notAVillage(code: string): ReadApiError {
    return new ReadApiError(
      'REPORT.NOT_A_VILLAGE',
      'invalid',
      {
        id: `"${code}" bukan kode desa. Tulis kode desa lengkap, misalnya 11.01.01.2001.`,
        en: `"${code}" is not a village code. Write a full village code, such as 11.01.01.2001.`,
      },
      { area: code },
    );
  }

  static unknownReadModel(name: string, known: readonly string[]): ReadApiError {
    return new ReadApiError(
      'READ_MODEL.UNKNOWN',
      'not-found',
      {
        id: `Tidak ada tabel bernama "${name}". Yang tersedia: ${known.join(', ')}.`,
        en: `There is no table named "${name}". Available: ${known.join(', ')}.`,
      },
      { name, known: [...known] },
    );
  }

  static badCursor(): ReadApiError {
    return new ReadApiError('READ_MODEL.BAD_CURSOR', 'invalid', {
      id: 'Nilai "after" tidak dikenal. Salin nilai "next" dari halaman sebelumnya apa adanya.',
      en: 'The "after" value is not recognised. Copy the "next" value of the previous page as it is.',
    });
  }

  static unknownProgramme(programmeId: string): ReadApiError {
    return new ReadApiError(
      'PROGRAMME.NOT_FOUND',
      'not-found',
      {
        id: `Tidak ada program dengan kode "${programmeId}". Periksa kode program (misalnya blt-2024).`,
        en: `There is no programme with the code "${programmeId}". Check the programme code (for example blt-2024).`,
      },
      { programmeId },
    );
  }

  static kpmNotFound(kpmId: string): ReadApiError {
    return new ReadApiError(
      'KPM.NOT_FOUND',
      'not-found',
      {
        id: `Tidak ada KPM terdaftar dengan nomor ${kpmId}.`,
        en: `There is no registered KPM with id ${kpmId}.`,
      },
      { kpmId },
    );
  }

  static trainingNotFound(sessionId: string): ReadApiError {
    return new ReadApiError(
      'TRAINING.NOT_FOUND',
      'not-found',
      {
        id: `Tidak ada sesi pelatihan dengan nomor ${sessionId}.`,
        en: `There is no training session with id ${sessionId}.`,
      },
      { sessionId },
    );
  }

  /** An operator reads the records of the villages on their key only. */
  static villageNotYours(villageCode: string): ReadApiError {
    return new ReadApiError(
      'ACCESS.VILLAGE_FORBIDDEN',
      'forbidden',
      {
        id: `Anda tidak ditugaskan untuk desa ${villageCode}, jadi tidak dapat membuka catatannya. Hubungi admin bila penugasan Anda perlu diubah.`,
        en: `You are not assigned to village ${villageCode}, so you cannot open its records. Ask an administrator if your assignment should change.`,
      },
      { villageCode },
    );
  }

  static purposeRequired(): ReadApiError {
    return new ReadApiError('PERSONAL_DATA.PURPOSE_REQUIRED', 'invalid', {
      id: 'Tuliskan untuk apa Anda membuka data pribadi ini (parameter "purpose"), misalnya nomor surat tugas atau kunjungan lapangan. Setiap pembukaan dicatat.',
      en: 'Say why you are opening this personal data (the "purpose" parameter), for example an assignment letter number or a field visit. Every opening is recorded.',
    });
  }
}
