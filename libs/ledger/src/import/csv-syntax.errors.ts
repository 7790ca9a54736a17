import { ImportError } from './import.errors.js';

type Reason = { id: string; en: string };

/** csv-parse's error codes, in words an operator can act on. */
const REASONS: Record<string, Reason> = {
  CSV_QUOTE_NOT_CLOSED: {
    id: 'ada tanda kutip (") yang dibuka tetapi tidak ditutup.',
    en: 'a quote (") is opened and never closed.',
  },
  // csv-parse 7 names this one without its prefix.
  INVALID_OPENING_QUOTE: {
    id: 'ada tanda kutip (") di tengah isian; tulis kutip di dalam isian sebagai "" (dua kali), dan kutip seluruh isiannya.',
    en: 'a quote (") stands inside a cell; write a quote inside a cell as "" (twice), and quote the whole cell.',
  },
  CSV_INVALID_CLOSING_QUOTE: {
    id: 'ada tanda kutip (") di tengah isian; tulis kutip di dalam isian sebagai "" (dua kali).',
    en: 'a quote (") stands inside a cell; write a quote inside a cell as "" (twice).',
  },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: {
    id: 'ada teks sesudah tanda kutip penutup sebuah isian.',
    en: 'there is text after the closing quote of a cell.',
  },
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: {
    id: 'jumlah kolom baris ini tidak sama dengan baris judul (mungkin ada koma tanpa tanda kutip).',
    en: 'this row has a different number of cells than the header (perhaps a comma without quotes).',
  },
  CSV_RECORD_INCONSISTENT_COLUMNS: {
    id: 'jumlah kolom baris ini tidak sama dengan baris judul (mungkin ada koma tanpa tanda kutip).',
    en: 'this row has a different number of cells than the header (perhaps a comma without quotes).',
  },
  CSV_MAX_RECORD_SIZE: {
    id: 'baris ini jauh lebih panjang dari baris data mana pun.',
    en: 'this row is far longer than any data row.',
  },
};

const UNKNOWN: Reason = {
  id: 'bentuknya tidak sesuai CSV.',
  en: 'it does not have the form of CSV.',
};

/**
 * The parser's error (it carries a `code`) as the import's refusal, at `recordStart`: the line after
 * the last whole record. The parser reports the line where it gave up, which for a quote opened and
 * never closed is the end of the file, or the next quote lines further on; the record that starts at
 * `recordStart` is the one an operator must look at.
 */
export function csvSyntaxError(error: unknown, recordStart: number): ImportError {
  const { code } = (error ?? {}) as { code?: unknown };
  return ImportError.unreadable(recordStart, (typeof code === 'string' && REASONS[code]) || UNKNOWN);
}
