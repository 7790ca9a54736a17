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

/** kpm_view's columns from programme_id to other_aid, in order, from a registration. */
export function registrationColumns(data: TreatedRegistration): unknown[] {
  const birthYear = Number(data.head.birthDate?.slice(0, 4));
  return [
    data.programmeId,
    data.villageCode,
    data.hamlet ?? null,
    data.rt ?? null,
    data.rw ?? null,
    data.head.name ?? null,
    data.head.nik ?? null,
    data.head.nikMasked ?? null,
    data.head.sex,
    Number.isInteger(birthYear) ? birthYear : null,
    1 + data.members.length,
    data.sourceList,
    data.otherAid,
  ];
}
