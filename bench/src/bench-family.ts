/**
 * The index-th bench family of a programme, in village 11.01.01.2001: a woman whose NIK and birth
 * date agree (the NIK's day is the day + 40), distinct for the first 3 million indexes.
 */
export function benchFamily(index: number, programmeId: string): Record<string, unknown> {
  const serial = (index % 9999) + 1;
  const day = Math.floor(index / 9999) % 28;
  const year = 1960 + (Math.floor(index / (9999 * 28)) % 40);
  const birthDate = `${year}-07-${String(day + 1).padStart(2, '0')}`;
  return {
    kpmId: `bench-${index}`,
    programmeId,
    villageCode: '11.01.01.2001',
    head: {
      name: 'Warga Bench',
      nik: `110101${day + 41}07${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`,
      sex: 'F',
      birthDate,
    },
    members: [],
    sourceList: 'P3KE',
    otherAid: [],
  };
}
