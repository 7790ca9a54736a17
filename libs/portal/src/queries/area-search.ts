import type { AreaDirectory } from '@saksi/area';
import { type AreaLevel } from '@saksi/projections';

export interface FoundArea {
  code: string;
  level: AreaLevel;
  name: string;
  /** The names of the district, regency and province above it, to tell namesakes apart. */
  within: string[];
}

interface Entry extends FoundArea {
  key: string;
}

const LEVELS: AreaLevel[] = ['province', 'regency', 'district', 'village'];

/** Lower case, without diacritics and repeated spaces: "Keudé  Bakongan" finds "KEUDE BAKONGAN". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Name search over the official areas (about 91,000 names), built on first use and kept: a few
 * milliseconds per search, no database. Names that start with the query come first, then the
 * higher levels.
 */
export class AreaSearch {
  private entries: Entry[] | undefined;

  constructor(private readonly directory: AreaDirectory) {}

  search(query: string, limit = 50): FoundArea[] {
    const key = searchKey(query);
    if (key.length < 2) return [];
    const hits = this.index().filter((entry) => entry.key.includes(key));
    const rank = (entry: Entry) =>
      (entry.key.startsWith(key) ? 0 : 10) + LEVELS.indexOf(entry.level) + (entry.key === key ? -1 : 0);
    return hits
      .sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))
      .slice(0, limit)
      .map(({ key: _key, ...area }) => area);
  }

  private index(): Entry[] {
    if (this.entries) return this.entries;
    const entries: Entry[] = [];
    const add = (code: string, level: AreaLevel, name: string, within: string[]) =>
      entries.push({ code, level, name, within, key: searchKey(name) });
    // The directory finds provinces by code only; their codes are two digits.
    for (let number = 11; number <= 99; number++) {
      const province = this.directory.province(String(number));
      if (!province) continue;
      add(province.code, 'province', province.name, []);
      for (const regency of this.directory.regenciesOfProvince(province.code)) {
        add(regency.code, 'regency', regency.name, [province.name]);
        for (const district of this.directory.districtsOfRegency(regency.code)) {
          add(district.code, 'district', district.name, [regency.name, province.name]);
          for (const village of this.directory.villagesOfDistrict(district.code))
            add(village.code, 'village', village.name, [district.name, regency.name, province.name]);
        }
      }
    }
    this.entries = entries;
    return entries;
  }
}
