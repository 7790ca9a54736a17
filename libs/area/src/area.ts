/**
 * One entry of the official lists: a regency or city (kabupaten/kota), a district (kecamatan) or a
 * village (desa/kelurahan). Codes keep the official dotted form (`11.01.01.2001`) because that is
 * how operators, the source lists and other government systems write them.
 */
export interface Area {
  readonly code: string;
  readonly name: string;
  /** The code of the area one level up: a village's district, a district's regency, and so on. */
  readonly parentCode: string;
}

/** A province heads the hierarchy, so it is the one area without a parent. */
export interface ProvinceArea {
  readonly code: string;
  readonly name: string;
  readonly parentCode: undefined;
}

/** What a directory is built from: the four official lists, each in any order. */
export interface AreaLists {
  readonly provinces: readonly Pick<ProvinceArea, 'code' | 'name'>[];
  readonly regencies: readonly Area[];
  readonly districts: readonly Area[];
  readonly villages: readonly Area[];
}

export interface AreaCounts {
  readonly provinces: number;
  readonly regencies: number;
  readonly districts: number;
  readonly villages: number;
}
