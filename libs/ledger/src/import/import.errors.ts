import { SaksiError } from '@saksi/errors';
import type { ImportReport } from './import-report.js';

export class ImportError extends SaksiError {
  /** The bad rows, as the problem document's `errors`: the column is the path, with its line. */
  readonly errors?: { line: number; path: string; code: string; message: { id: string; en: string } }[];

  private constructor(
    code: string,
    text: { id: string; en: string },
    readonly report?: ImportReport,
    params: Record<string, unknown> = {},
  ) {
    super(code, 'invalid', text, report ? { rows: report.rows, errorCount: report.errorCount } : params);
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

  static badHeader(problems: { missing: string[]; unknown: string[]; repeated: string[] }): ImportError {
    const { missing, unknown, repeated } = problems;
    const parts = [
      ...(missing.length ? [`kolom wajib tidak ada: ${names(missing)}`] : []),
      ...(unknown.length ? [`kolom tidak dikenal: ${names(unknown)}`] : []),
      ...(repeated.length ? [`kolom tertulis dua kali: ${names(repeated)}`] : []),
    ];
    const partsEn = [
      ...(missing.length ? [`missing columns: ${names(missing)}`] : []),
      ...(unknown.length ? [`unknown columns: ${names(unknown)}`] : []),
      ...(repeated.length ? [`columns named twice: ${names(repeated)}`] : []),
    ];
    // Spreadsheets set to Indonesian save CSV with semicolons, the comma being the decimal mark.
    const semicolons = unknown.some((column) => column.includes(';'));
    return new ImportError('IMPORT.BAD_HEADER', {
      id: `Baris judul berkas tidak sesuai (${parts.join('; ')}).${semicolons ? ' Kolom harus dipisah dengan koma (,), bukan titik koma (;).' : ''}`,
      en: `The file's header row does not fit (${partsEn.join('; ')}).${semicolons ? ' Columns must be separated by commas (,), not semicolons (;).' : ''}`,
    });
  }

  /** No header, or a header and no rows: nothing to import, which an operator should hear. */
  static empty(): ImportError {
    return new ImportError('IMPORT.EMPTY', {
      id: 'Berkas ini tidak berisi baris data (hanya judul, atau kosong sama sekali). Tidak ada yang dicatat.',
      en: 'This file holds no data rows (only a header, or nothing at all). Nothing was recorded.',
    });
  }

  static notUtf8(line: number): ImportError {
    return new ImportError(
      'IMPORT.NOT_UTF8',
      {
        id: `Baris ${line} berkas ini bukan teks UTF-8, jadi hurufnya akan rusak bila dicatat. Simpan berkas sebagai "CSV UTF-8", lalu kirim lagi. Tidak ada yang dicatat.`,
        en: `Line ${line} of this file is not UTF-8 text, so its letters would be garbled. Save the file as "CSV UTF-8" and send it again. Nothing was recorded.`,
      },
      undefined,
      { line },
    );
  }

  static lineTooLong(line: number, maxBytes: number): ImportError {
    return new ImportError(
      'IMPORT.LINE_TOO_LONG',
      {
        id: `Baris ${line} lebih panjang dari ${maxBytes.toLocaleString('id-ID')} bita, jauh lebih panjang dari baris data mana pun. Periksa berkasnya. Tidak ada yang dicatat.`,
        en: `Line ${line} is longer than ${maxBytes.toLocaleString('en-US')} bytes, far longer than any data row. Check the file. Nothing was recorded.`,
      },
      undefined,
      { line },
    );
  }

  static notCsv(): ImportError {
    return new ImportError('IMPORT.NOT_CSV', {
      id: 'Kirim berkas sebagai CSV (Content-Type: text/csv).',
      en: 'Send the file as CSV (Content-Type: text/csv).',
    });
  }

  /** The CSV itself is broken at `line`: an unclosed quote, a row with more cells than the header. */
  static unreadable(line: number, reason: { id: string; en: string }): ImportError {
    return new ImportError(
      'IMPORT.UNREADABLE',
      {
        id: `Berkas tidak dapat dibaca sebagai CSV pada baris ${line}: ${reason.id} Tidak ada yang dicatat.`,
        en: `The file cannot be read as CSV at line ${line}: ${reason.en} Nothing was recorded.`,
      },
      undefined,
      { line },
    );
  }
}

/** At most ten names, so a header of thousands of columns gets a readable answer. */
function names(columns: string[]): string {
  const shown = columns.slice(0, 10);
  return columns.length > 10 ? `${shown.join(', ')} (+${columns.length - 10})` : shown.join(', ');
}
