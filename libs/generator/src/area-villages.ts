import { AREA_CODE_PATTERNS, type Area, type AreaDirectory } from '@saksi/area';

/** A district and the villages of it that are generated, in code order. */
export interface DistrictVillages {
  district: Area;
  villages: Area[];
}

/** The nation: every province code the official lists hold (two digits, 11 to 99). */
const NATION = new Set(['ID', 'NASIONAL', '']);

/** A desa's code ends in 2xxx; kelurahan (1xxx) get no Village Fund and so no BLT-DD. */
export const isDesa = (village: Area): boolean => village.code.charAt(9) === '2';

/** The area's name and level, or an error naming what is wrong with the code. */
export function describeArea(
  areas: AreaDirectory,
  code: string,
): { code: string; name: string; level: string } {
  if (NATION.has(code.toUpperCase())) return { code: 'ID', name: 'Indonesia', level: 'nation' };
  const found =
    (AREA_CODE_PATTERNS.province.test(code) && { area: areas.province(code), level: 'province' }) ||
    (AREA_CODE_PATTERNS.regency.test(code) && { area: areas.regency(code), level: 'regency' }) ||
    (AREA_CODE_PATTERNS.district.test(code) && { area: areas.district(code), level: 'district' }) ||
    (AREA_CODE_PATTERNS.village.test(code) && { area: areas.village(code), level: 'village' });
  if (!found)
    throw new Error(`${code} is not an area code (36, 36.01, 36.01.01 or 36.01.01.2001; ID: the nation)`);
  if (!found.area) throw new Error(`${found.level} ${code} is not in the official list of areas`);
  return { code: found.area.code, name: found.area.name, level: found.level };
}

/**
 * The desa of an area, district by district in code order, at most `limit` of them. Only codes
 * are walked, so even the nation's 75,000 villages cost a few megabytes.
 */
export function* districtsOfArea(
  areas: AreaDirectory,
  code: string,
  limit: number | null,
): Generator<DistrictVillages> {
  const { level, code: areaCode } = describeArea(areas, code);
  let left = limit ?? Number.POSITIVE_INFINITY;
  for (const district of districtsAt(areas, level, areaCode)) {
    if (left <= 0) return;
    const desa = areas.villagesOfDistrict(district.code).filter(isDesa);
    const villages = (level === 'village' ? desa.filter((v) => v.code === areaCode) : desa).slice(0, left);
    if (level === 'village' && villages.length === 0)
      throw new Error(`${areaCode} is a kelurahan: BLT-DD is paid from the Village Fund of desa only`);
    if (villages.length === 0) continue;
    left -= villages.length;
    yield { district, villages };
  }
}

function* districtsAt(areas: AreaDirectory, level: string, code: string): Generator<Area> {
  const regencies = (province: string) => areas.regenciesOfProvince(province);
  switch (level) {
    case 'nation':
      for (let province = 11; province <= 99; province++)
        for (const regency of regencies(String(province))) yield* areas.districtsOfRegency(regency.code);
      return;
    case 'province':
      for (const regency of regencies(code)) yield* areas.districtsOfRegency(regency.code);
      return;
    case 'regency':
      yield* areas.districtsOfRegency(code);
      return;
    case 'district':
      yield areas.district(code)!;
      return;
    default:
      yield areas.district(areas.village(code)!.parentCode)!;
  }
}
