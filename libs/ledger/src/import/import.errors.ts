import { SaksiError } from '@saksi/errors';
import type { ImportReport } from './import-report.js';

export class ImportError extends SaksiError {
  /** The bad rows, as the problem document's `errors`: the column is the path, with its line. */
  readonly errors?: { line: number; path: string; code: string; message: { id: string; en: string } }[];

  private constructor(
    code: string,
    text: { id: string; en: string },
    readonly report?: ImportReport,
  ) {
    super(code, 'invalid', text, report ? { rows: report.rows, errorCount: report.errorCount } : {});
    if (report)
      this.errors = report.errors.map(({ line, column, code: rowCode, message }) => ({
        line,
        path: column,
        code: rowCode,
        message,
      }));
  }

  /** Carries the report out of the session, whose transaction it rolls back. */
  static refused(report: ImportReport): ImportError {
    return new ImportError(
      'IMPORT.REFUSED',
      {
        id: `Berkas tidak diimpor: ${report.errorCount} baris bermasalah (lihat "errors"). Tidak ada yang dicatat; perbaiki lalu kirim lagi.`,
        en: `The file was not imported: ${report.errorCount} rows have problems (see "errors"). Nothing was recorded; correct them and send it again.`,
      },
      report,
    );
  }

  static unknownKind(kind: string, kinds: string[]): ImportError {
    return new ImportError('IMPORT.UNKNOWN_KIND', {
      id: `Jenis impor "${kind}" tidak dikenal; pilih salah satu: ${kinds.join(', ')}.`,
      en: `Import kind "${kind}" is unknown; use one of: ${kinds.join(', ')}.`,
    });
  }

  static badHeader(missing: string[], unknown: string[]): ImportError {
    const parts = [
      ...(missing.length ? [`kolom wajib tidak ada: ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`kolom tidak dikenal: ${unknown.join(', ')}`] : []),
    ];
    const partsEn = [
      ...(missing.length ? [`missing columns: ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`unknown columns: ${unknown.join(', ')}`] : []),
    ];
    return new ImportError('IMPORT.BAD_HEADER', {
      id: `Baris judul berkas tidak sesuai (${parts.join('; ')}).`,
      en: `The file's header row does not fit (${partsEn.join('; ')}).`,
    });
  }

  static notCsv(): ImportError {
    return new ImportError('IMPORT.NOT_CSV', {
      id: 'Kirim berkas sebagai CSV (Content-Type: text/csv).',
      en: 'Send the file as CSV (Content-Type: text/csv).',
    });
  }

  static unreadable(reason: string): ImportError {
    return new ImportError('IMPORT.UNREADABLE', {
      id: `Berkas tidak dapat dibaca sebagai CSV: ${reason}`,
      en: `The file cannot be read as CSV: ${reason}`,
    });
  }
}
