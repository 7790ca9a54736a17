import { SaksiError } from '@saksi/errors';

export class ProjectionError extends SaksiError {
  static badPeriod(label: string): ProjectionError {
    return new ProjectionError(
      'REPORT.BAD_PERIOD',
      'invalid',
      {
        id: `Periode "${label}" tidak dikenal: tulis tahun (2024), triwulan (2024-Q2) atau bulan (2024-05).`,
        en: `Period "${label}" is not recognised: write a year (2024), a quarter (2024-Q2) or a month (2024-05).`,
      },
      { period: label },
    );
  }

  static badArea(code: string): ProjectionError {
    return new ProjectionError(
      'REPORT.BAD_AREA',
      'invalid',
      {
        id: `Kode wilayah "${code}" tidak sah: tulis kode provinsi (11), kabupaten (11.01), kecamatan (11.01.01) atau desa (11.01.01.2001).`,
        en: `Area code "${code}" is not valid: write a province (11), regency (11.01), district (11.01.01) or village (11.01.01.2001) code.`,
      },
      { area: code },
    );
  }

  static unknownProjection(name: string, known: string[]): ProjectionError {
    return new ProjectionError(
      'PROJECTION.UNKNOWN',
      'not-found',
      {
        id: `Tidak ada model baca bernama "${name}". Yang ada: ${known.join(', ')}.`,
        en: `There is no read model named "${name}". Known: ${known.join(', ')}.`,
      },
      { name },
    );
  }

  static unknownFigure(name: string): ProjectionError {
    return new ProjectionError(
      'REPORT.UNKNOWN_FIGURE',
      'not-found',
      { id: `Angka "${name}" tidak dikenal.`, en: `There is no figure named "${name}".` },
      { figure: name },
    );
  }
}
