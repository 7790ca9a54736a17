import type { Area, AreaCounts, AreaLists, ProvinceArea } from './area.js';
import { AREA_CODE_PATTERNS, type AreaLevel } from './area-code.js';
import { InconsistentAreaData } from './area.errors.js';

const NONE: readonly Area[] = [];

/**
 * The official administrative areas, indexed for lookups by code and for walking down the
 * hierarchy. Built from plain lists so that tests can use a handful of areas and production the
 * full official data (see `loadAreaDirectory`).
 */
export class AreaDirectory {
  private readonly provinces = new Map<string, ProvinceArea>();
  private readonly regencies = new Map<string, Area>();
  private readonly districts = new Map<string, Area>();
  private readonly villages = new Map<string, Area>();
  // Codes of different levels differ in length, so one map serves every level's children.
  private readonly children = new Map<string, Area[]>();

  /** @throws InconsistentAreaData when a code is malformed, listed twice or not under its parent. */
  constructor(lists: AreaLists) {
    for (const { code, name } of lists.provinces) {
      checkCode('province', code, this.provinces);
      this.provinces.set(code, { code, name, parentCode: undefined });
    }
    this.index('regency', lists.regencies, this.regencies, this.provinces);
    this.index('district', lists.districts, this.districts, this.regencies);
    this.index('village', lists.villages, this.villages, this.districts);
  }

  province(code: string): ProvinceArea | undefined {
    return this.provinces.get(code);
  }

  regency(code: string): Area | undefined {
    return this.regencies.get(code);
  }

  district(code: string): Area | undefined {
    return this.districts.get(code);
  }

  village(code: string): Area | undefined {
    return this.villages.get(code);
  }

  districtExists(code: string): boolean {
    return this.districts.has(code);
  }

  villageExists(code: string): boolean {
    return this.villages.has(code);
  }

  /** In the order the lists give them (the official ones are sorted by code); empty for an unknown code. */
  regenciesOfProvince(code: string): readonly Area[] {
    return this.provinces.has(code) ? this.childrenOf(code) : NONE;
  }

  districtsOfRegency(code: string): readonly Area[] {
    return this.regencies.has(code) ? this.childrenOf(code) : NONE;
  }

  villagesOfDistrict(code: string): readonly Area[] {
    return this.districts.has(code) ? this.childrenOf(code) : NONE;
  }

  villagesOfRegency(code: string): readonly Area[] {
    return this.districtsOfRegency(code).flatMap((district) => this.childrenOf(district.code));
  }

  counts(): AreaCounts {
    return {
      provinces: this.provinces.size,
      regencies: this.regencies.size,
      districts: this.districts.size,
      villages: this.villages.size,
    };
  }

  private childrenOf(code: string): readonly Area[] {
    return this.children.get(code) ?? NONE;
  }

  private index(
    level: AreaLevel,
    areas: readonly Area[],
    into: Map<string, Area>,
    parents: ReadonlyMap<string, { readonly code: string }>,
  ): void {
    for (const { code, name, parentCode } of areas) {
      checkCode(level, code, into);
      const parent = parents.get(parentCode);
      // A NIK's first six digits are read as a district code, which is only sound if every code
      // really extends its parent's.
      if (!parent || !code.startsWith(`${parentCode}.`)) {
        throw InconsistentAreaData.orphan(level, code, parentCode);
      }
      // The parent's own string is shared, so 83,000 villages do not each hold a copy of it.
      const area: Area = { code, name, parentCode: parent.code };
      into.set(code, area);
      const siblings = this.children.get(parent.code);
      if (siblings) siblings.push(area);
      else this.children.set(parent.code, [area]);
    }
  }
}

function checkCode(level: AreaLevel, code: string, seen: ReadonlyMap<string, unknown>): void {
  if (!AREA_CODE_PATTERNS[level].test(code)) throw InconsistentAreaData.malformedCode(level, code);
  if (seen.has(code)) throw InconsistentAreaData.duplicate(level, code);
}
