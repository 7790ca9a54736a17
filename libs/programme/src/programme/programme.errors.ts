import { SaksiError } from '@saksi/errors';

export class ProgrammeError extends SaksiError {
  static notFound(programmeId: string): ProgrammeError {
    return new ProgrammeError(
      'PROGRAMME.NOT_FOUND',
      'not-found',
      { id: `Program ${programmeId} tidak ditemukan.`, en: `Programme ${programmeId} does not exist.` },
      { programmeId },
    );
  }

  static alreadyExists(programmeId: string): ProgrammeError {
    return new ProgrammeError(
      'PROGRAMME.ALREADY_EXISTS',
      'conflict',
      { id: `Program ${programmeId} sudah ada.`, en: `Programme ${programmeId} already exists.` },
      { programmeId },
    );
  }

  static shareRangeInverted(min: number, max: number): ProgrammeError {
    return new ProgrammeError(
      'PROGRAMME.SHARE_RANGE_INVERTED',
      'invalid',
      {
        id: `Batas bawah porsi BLT (${min}) lebih besar dari batas atasnya (${max}).`,
        en: `The lowest allowed BLT share (${min}) is above the highest (${max}).`,
      },
      { min, max },
    );
  }

  static allocationAboveFund(villageCode: string, allocation: number, danaDesa: number): ProgrammeError {
    return new ProgrammeError(
      'ALLOCATION.ABOVE_FUND',
      'invalid',
      {
        id: `Alokasi BLT desa ${villageCode} (Rp${allocation}) melebihi Dana Desa-nya (Rp${danaDesa}).`,
        en: `The BLT allocation of village ${villageCode} (Rp${allocation}) exceeds its Dana Desa (Rp${danaDesa}).`,
      },
      { villageCode, allocation, danaDesa },
    );
  }

  static yearMismatch(programmeYear: number, year: number): ProgrammeError {
    return new ProgrammeError(
      'ALLOCATION.YEAR_MISMATCH',
      'invalid',
      {
        id: `Program ini untuk tahun ${programmeYear}, bukan ${year}.`,
        en: `This programme is for ${programmeYear}, not ${year}.`,
      },
      { programmeYear, year },
    );
  }
}
