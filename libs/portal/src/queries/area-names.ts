import type { AreaDirectory } from '@saksi/area';
import { type AreaLevel, areaLevel } from '@saksi/projections';

export interface NamedArea {
  code: string;
  level: AreaLevel;
  name: string;
}

/** An area's official name; the code itself when the directory does not list it. */
export function areaName(directory: AreaDirectory, code: string, nation: string): string {
  switch (areaLevel(code)) {
    case 'nation':
      return nation;
    case 'province':
      return directory.province(code)?.name ?? code;
    case 'regency':
      return directory.regency(code)?.name ?? code;
    case 'district':
      return directory.district(code)?.name ?? code;
    case 'village':
      return directory.village(code)?.name ?? code;
  }
}

/** The areas above `code`, the nation first and `code` itself last: 11.01.01 → '', 11, 11.01, 11.01.01. */
export function areaTrail(directory: AreaDirectory, code: string, nation: string): NamedArea[] {
  const parts = code === '' ? [] : code.split('.');
  const codes = [''];
  for (let length = 1; length <= parts.length; length++) codes.push(parts.slice(0, length).join('.'));
  return codes.map((prefix) => ({
    code: prefix,
    level: areaLevel(prefix),
    name: areaName(directory, prefix, nation),
  }));
}
