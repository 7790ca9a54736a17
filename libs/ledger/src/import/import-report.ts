import type { BilingualMessage } from '@saksi/errors';

export interface RowError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  /** The column at fault, or '' when the row as a whole is refused. */
  column: string;
  code: string;
  message: BilingualMessage;
}

export interface ImportReport {
  kind: string;
  /** Data rows read (the header excluded). */
  rows: number;
  /** Rows recorded now. */
  recorded: number;
  /** Rows whose events were already in the log (the same file, or the same row, imported before). */
  alreadyImported: number;
  /** True when nothing was written because at least one row was bad. */
  refused: boolean;
  errorCount: number;
  /** The first errors (at most 1,000); errorCount says how many there were in all. */
  errors: RowError[];
  events: number;
}
