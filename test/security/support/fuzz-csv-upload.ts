import type { FuzzContext } from './fuzz-context.js';
import { type CsvCase, type CsvDoc, RAW } from './fuzz-csv-files.js';

/** Families and sessions made once, for the rows that need one in a given state. */
export interface CsvPools {
  approved: string[];
  session: string;
}

/** The file with its placeholders filled: fresh ids, fresh NIKs, families in the state a row needs. */
export async function resolved(doc: CsvDoc, context: FuzzContext, pools: CsvPools): Promise<CsvDoc> {
  const rows: string[][] = [];
  for (const cells of doc.rows) {
    const row: string[] = [];
    for (const cell of cells) row.push(await fill(cell, context, pools));
    rows.push(row);
  }
  return { ...doc, rows };
}

async function fill(cell: string, context: FuzzContext, pools: CsvPools): Promise<string> {
  switch (cell) {
    case '{kpm}':
      return context.fresh('csv');
    case '{nik}':
      return context.nik();
    case '{registered}':
      return context.family('registered');
    case '{approved}':
      return pools.approved[Math.floor(Math.random() * pools.approved.length)]!;
    case '{session}':
      return pools.session;
    default:
      return cell;
  }
}

/** The file's bytes as the case writes them, and where each line starts (1 = the header). */
export function rendered(fuzz: CsvCase, doc: CsvDoc): Buffer {
  const lines =
    doc.header.length === 0
      ? []
      : [doc.header, ...doc.rows].map((cells) =>
          cells.map((cell) => quoted(cell, fuzz.delimiter)).join(fuzz.delimiter),
        );
  const text = lines.map((line, index) => line + fuzz.endings[index % fuzz.endings.length]!).join('');
  const bytes = Buffer.from((fuzz.bom ? '\ufeff' : '') + text);
  if (!fuzz.breakBytes) return bytes;
  return fuzz.breakBytes(bytes, (line) =>
    Buffer.byteLength(
      lines
        .slice(0, line - 1)
        .map((l, i) => l + fuzz.endings[i % fuzz.endings.length]!)
        .join(''),
    ),
  );
}

/** As a spreadsheet quotes: a cell holding the delimiter, a quote or a line break, in double quotes. */
function quoted(cell: string, delimiter: string): string {
  if (cell.startsWith(RAW)) return cell.slice(RAW.length);
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
