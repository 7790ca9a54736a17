import { isStaffRole, type StaffRole } from './actor.js';
import { AccessKeyRequestInvalid } from './access.errors.js';

/** The official code of a village (desa/kelurahan): province.regency.district.village. */
export const VILLAGE_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const MAX_TEXT = 200;

export interface IssueAccessKey {
  role: StaffRole;
  /** Only for operators, who need at least one; the app checks that each village exists. */
  villages?: string[];
  /** What the key is for ("operator Desa Sukamaju", "BPD Sukamaju"); no personal data is needed. */
  label: string;
  /** Who issued it: an actor id, or "cli". */
  createdBy: string;
}

export type ValidIssueAccessKey = Required<IssueAccessKey>;

/** Checks at run time too: the CLI and HTTP callers hand over whatever they were given. */
export function validateIssueAccessKey(request: IssueAccessKey): ValidIssueAccessKey {
  const { role } = request as { role: unknown };
  if (!isStaffRole(role)) {
    throw AccessKeyRequestInvalid.because(
      {
        id: `Peran "${String(role)}" tidak dikenal. Pilih operator, forum, inspector atau admin.`,
        en: `Unknown role "${String(role)}". Choose operator, forum, inspector or admin.`,
      },
      { field: 'role' },
    );
  }
  const label = text(request.label, 'label', { id: 'Keterangan kunci', en: 'The key label' });
  const createdBy = text(request.createdBy, 'createdBy', { id: 'Pemberi kunci', en: 'The issuer' });
  const villages = [...new Set(request.villages ?? [])].sort();
  if (role !== 'operator' && villages.length > 0) {
    throw AccessKeyRequestInvalid.because(
      {
        id: 'Hanya kunci operator yang terikat pada desa. Kosongkan daftar desa untuk peran ini.',
        en: 'Only operator keys are tied to villages. Leave the village list empty for this role.',
      },
      { field: 'villages', role },
    );
  }
  if (role === 'operator' && villages.length === 0) {
    throw AccessKeyRequestInvalid.because(
      {
        id: 'Kunci operator memerlukan paling sedikit satu kode desa.',
        en: 'An operator key needs at least one village code.',
      },
      { field: 'villages', role },
    );
  }
  const malformed = villages.filter((code) => typeof code !== 'string' || !VILLAGE_CODE_PATTERN.test(code));
  if (malformed.length > 0) {
    throw AccessKeyRequestInvalid.because(
      {
        id: `Kode desa harus berbentuk 11.01.01.2001 (dua angka, titik, dua angka, titik, dua angka, titik, empat angka): ${malformed.join(', ')}.`,
        en: `A village code looks like 11.01.01.2001 (2.2.2.4 digits): ${malformed.join(', ')}.`,
      },
      { field: 'villages', villageCodes: malformed },
    );
  }
  return { role, villages, label, createdBy };
}

function text(value: unknown, field: string, name: { id: string; en: string }): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT) {
    throw AccessKeyRequestInvalid.because(
      {
        id: `${name.id} wajib diisi, paling banyak ${MAX_TEXT} huruf.`,
        en: `${name.en} is required, at most ${MAX_TEXT} characters.`,
      },
      { field },
    );
  }
  return trimmed;
}
