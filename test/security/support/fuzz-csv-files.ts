import fc from 'fast-check';
import { type CsvKind, FORMULAS, LAYOUTS, requiredOf, type Row } from './fuzz-csv-kinds.js';

/** Marks a cell to be written as it is, unquoted even where a spreadsheet would quote it. */
export const RAW = '\u0001raw:';

/** A CSV file as a spreadsheet would hold it, before it is written out. */
export interface CsvDoc {
  kind: CsvKind;
  header: string[];
  rows: string[][];
}

/** One fuzzed upload, and what its answer must be. */
export interface CsvCase {
  family: string;
  kind: CsvKind;
  doc: CsvDoc;
  /** How the file is written out; bytes may then be broken further. */
  bom: boolean;
  endings: string[];
  delimiter: string;
  breakBytes?: (bytes: Buffer, lineStart: (line: number) => number) => Buffer;
  expect: 'refused' | 'either';
  /** The line (1 = header) the refusal must name. */
  line?: number;
  /** A cell that, if the file is accepted, must be recorded exactly as sent: [row, column]. */
  verbatim?: [number, string];
}

const docOf = (kind: CsvKind, rows: Row[]): CsvDoc => ({
  kind,
  header: LAYOUTS[kind].columns,
  rows: rows.map((row) => LAYOUTS[kind].columns.map((column) => row[column] ?? '')),
});

/** A file written plainly: commas, LF line ends, no BOM. */
export const plainCase = (doc: CsvDoc): CsvCase => plain('valid', doc, 'either');

const plain = (family: string, doc: CsvDoc, expect: 'refused' | 'either'): CsvCase => ({
  family,
  kind: doc.kind,
  doc,
  bom: false,
  endings: ['\n'],
  delimiter: ',',
  expect,
});

/** A valid file of 1-6 rows of one kind. */
export function validDoc(kind: CsvKind): fc.Arbitrary<CsvDoc> {
  return fc.array(LAYOUTS[kind].row, { minLength: 1, maxLength: 6 }).map((rows) => docOf(kind, rows));
}

/** Every family of broken (and oddly written but valid) files, for one kind. */
export function csvCases(kind: CsvKind, farRow: number): fc.Arbitrary<CsvCase> {
  const layout = LAYOUTS[kind];
  const doc = validDoc(kind);
  const wrongColumns = Object.keys(layout.wrong);
  const rowOf = (file: CsvDoc) => fc.integer({ min: 0, max: file.rows.length - 1 });
  const families: fc.Arbitrary<CsvCase>[] = [
    doc.map((file) => plain('valid', file, 'either')),
    // Written as spreadsheets write: a BOM, CRLF or bare CR or LF mixed line by line, quoted cells.
    fc
      .tuple(doc, fc.boolean(), fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 1, maxLength: 8 }))
      .map(([file, bom, endings]) => ({ ...plain('written-oddly', file, 'either'), bom, endings })),
    // One bad row in the middle of good ones: nothing is recorded, and the answer names its line.
    doc.chain((file) =>
      fc.tuple(rowOf(file), fc.constantFrom(...wrongColumns)).chain(([row, column]) =>
        fc.constantFrom(...layout.wrong[column]!).map((value) => ({
          ...plain('bad-row', withCell(file, row, column, value), 'refused'),
          line: row + 2,
        })),
      ),
    ),
    doc.chain((file) =>
      rowOf(file).map((row) => ({
        ...plain(
          'nul-in-cell',
          withCell(file, row, pick(file, ['head_name', 'reference', 'musdes_ref', 'kpm_id']), 'a\u0000b'),
          'refused',
        ),
        line: row + 2,
      })),
    ),
    // A quote opened inside a cell and never closed, or stray text after a closing one.
    doc.chain((file) =>
      fc.tuple(rowOf(file), fc.constantFrom('"unclosed', 'ab"c', '"x"y')).map(([row, value]) => ({
        ...plain('broken-quotes', withCell(file, row, file.header[0]!, RAW + value), 'refused'),
        line: row + 2,
      })),
    ),
    doc.chain((file) =>
      fc
        .constantFrom(';', '\t', '|')
        .map((delimiter) => ({ ...plain('wrong-delimiter', file, 'refused'), delimiter })),
    ),
    // Bytes that are not UTF-8 in one row (a file saved as Latin-1).
    doc.chain((file) =>
      fc
        .tuple(rowOf(file), fc.constantFrom([0xff], [0xe9], [0xc3], [0xed, 0xa0, 0x80]))
        .map(([row, bytes]) => ({
          ...plain('not-utf8', file, 'refused'),
          line: row + 2,
          breakBytes: (text: Buffer, lineStart: (line: number) => number) => {
            const at = lineStart(row + 2) + 1;
            return Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at)]);
          },
        })),
    ),
    doc.chain((file) =>
      fc.tuple(rowOf(file), fc.integer({ min: 70_000, max: farRow })).map(([row, size]) => ({
        ...plain(
          'huge-row',
          withCell(file, row, pick(file, layout.text.length ? layout.text : file.header), 'x'.repeat(size)),
          'refused',
        ),
      })),
    ),
    doc.chain((file) =>
      fc.integer({ min: 1000, max: 5000 }).map((extra) => ({
        ...plain(
          'thousands-of-columns',
          {
            ...file,
            header: [...file.header, ...Array.from({ length: extra }, (_, i) => `c${i}`)],
            rows: file.rows.map((cells) => [...cells, ...Array.from({ length: extra }, () => '')]),
          },
          'refused',
        ),
      })),
    ),
    doc.map((file) =>
      plain('extra-cells', { ...file, rows: file.rows.map((cells) => [...cells, 'x', 'y']) }, 'refused'),
    ),
    doc.chain((file) =>
      fc.constantFrom(...file.header).map((column) =>
        plain(
          'duplicate-header',
          {
            ...file,
            header: [...file.header, column],
            rows: file.rows.map((cells) => [...cells, cells[file.header.indexOf(column)]!]),
          },
          'refused',
        ),
      ),
    ),
    doc.chain((file) =>
      fc.constantFrom(...requiredOf(kind)).map((column) => {
        const index = file.header.indexOf(column);
        return plain(
          'missing-header',
          {
            ...file,
            header: file.header.filter((_, i) => i !== index),
            rows: file.rows.map((cells) => cells.filter((_, i) => i !== index)),
          },
          'refused',
        );
      }),
    ),
    doc.map((file) => plain('header-only', { ...file, rows: [] }, 'refused')),
    fc.constant(plain('empty', { kind, header: [], rows: [] }, 'refused')),
  ];
  if (layout.text.length > 0)
    families.push(
      doc.chain((file) =>
        fc
          .tuple(rowOf(file), fc.constantFrom(...layout.text), fc.constantFrom(...FORMULAS))
          .map(([row, column, formula]) => ({
            ...plain('formula-cell', withCell(file, row, column, formula), 'either'),
            verbatim: [row, column] as [number, string],
          })),
      ),
    );
  return fc.oneof(...families);
}

function withCell(file: CsvDoc, row: number, column: string, value: string): CsvDoc {
  const index = file.header.indexOf(column);
  return {
    ...file,
    rows: file.rows.map((cells, at) =>
      at === row ? cells.map((cell, i) => (i === index ? value : cell)) : cells,
    ),
  };
}

function pick(file: CsvDoc, columns: string[]): string {
  return columns.find((column) => file.header.includes(column)) ?? file.header[0]!;
}
