/**
 * The CSV layouts the importer takes (libs/ledger/src/import/import-kinds.ts, `saksi import`): the
 * first line names the columns; empty cells are absent values; lists are separated by `|`.
 */
export const CSV_COLUMNS = {
  beneficiaries: [
    'kpm_id',
    'programme_id',
    'village_code',
    'hamlet',
    'rt',
    'rw',
    'head_name',
    'head_nik',
    'head_sex',
    'head_birth_date',
    'members',
    'kk_number',
    'source_list',
    'other_aid',
    'reason',
  ],
  approvals: ['kpm_id', 'musdes_ref', 'musdes_date'],
  payments: ['kpm_id', 'payment_id', 'period', 'amount', 'channel', 'reference', 'paid_on'],
  attendance: ['session_id', 'kpm_id', 'participant_sex', 'participant_birth_date', 'attended_at'],
} as const;

export type CsvKind = keyof typeof CSV_COLUMNS;
export const CSV_KINDS = Object.keys(CSV_COLUMNS) as CsvKind[];

type Data = Record<string, unknown>;
type Person = { sex: string; birthDate?: string };

/** The importer's kind and row for an event it has a layout for; null for the others. */
export function csvRowOf(type: string, data: Data): [CsvKind, string] | null {
  switch (type) {
    case 'beneficiary.registered': {
      const head = data['head'] as Person & { name: string; nik: string };
      const members = (data['members'] as Person[]).map((member) => `${member.sex}:${member.birthDate}`);
      return [
        'beneficiaries',
        row([
          data['kpmId'],
          data['programmeId'],
          data['villageCode'],
          data['hamlet'],
          data['rt'],
          data['rw'],
          head.name,
          head.nik,
          head.sex,
          head.birthDate,
          members.join('|'),
          data['kkNumber'],
          data['sourceList'],
          (data['otherAid'] as string[]).join('|'),
          data['reason'],
        ]),
      ];
    }
    case 'beneficiary.approved':
      return ['approvals', row([data['kpmId'], data['musdesRef'], data['musdesDate']])];
    case 'payment.paid':
      return [
        'payments',
        row(
          ['kpmId', 'paymentId', 'period', 'amount', 'channel', 'reference', 'paidOn'].map(
            (key) => data[key],
          ),
        ),
      ];
    case 'training.attendance-recorded': {
      const participant = data['participant'] as Person;
      return [
        'attendance',
        row([data['sessionId'], data['kpmId'], participant.sex, participant.birthDate, data['attendedAt']]),
      ];
    }
    default:
      return null;
  }
}

export const csvHeaderOf = (kind: CsvKind): string => CSV_COLUMNS[kind].join(',');

type Cell = string | number | undefined;

const row = (cells: unknown[]): string => (cells as Cell[]).map(cell).join(',');

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
function cell(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
