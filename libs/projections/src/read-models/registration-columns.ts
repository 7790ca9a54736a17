/** A registration as consumers receive it: names as initials, the NIK as a token and masked. */
export interface TreatedRegistration {
  kpmId: string;
  programmeId: string;
  villageCode: string;
  hamlet?: string;
  rt?: string;
  rw?: string;
  head: { name?: string; nik?: string; nikMasked?: string; sex: 'F' | 'M'; birthDate?: string };
  members: { sex: 'F' | 'M'; birthDate?: string }[];
  sourceList: string;
  otherAid: string[];
}

/** kpm_view's columns that a registration fills, as jsonb_to_recordset declares them. */
export const REGISTRATION_COLUMNS = `kpm_id text, programme_id text, village_code text, hamlet text,
  rt text, rw text, head_initials text, nik_token text, nik_masked text, head_sex text,
  head_birth_year int, household_size int, source_list text, other_aid text[], registration jsonb`;

/** kpm_view's columns from a registration, the registration itself included, by column name. */
export function registrationColumns(data: TreatedRegistration): Record<string, unknown> {
  const birthYear = Number(data.head.birthDate?.slice(0, 4));
  return {
    kpm_id: data.kpmId,
    programme_id: data.programmeId,
    village_code: data.villageCode,
    hamlet: data.hamlet ?? null,
    rt: data.rt ?? null,
    rw: data.rw ?? null,
    head_initials: data.head.name ?? null,
    nik_token: data.head.nik ?? null,
    nik_masked: data.head.nikMasked ?? null,
    head_sex: data.head.sex,
    head_birth_year: Number.isInteger(birthYear) ? birthYear : null,
    household_size: 1 + data.members.length,
    source_list: data.sourceList,
    other_aid: data.otherAid,
    registration: data,
  };
}
