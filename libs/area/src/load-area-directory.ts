import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse';
import type { Area } from './area.js';
import { AreaDirectory } from './area-directory.js';

let loading: Promise<AreaDirectory> | undefined;

/**
 * The official lists from `idn-area-data`, loaded once per process: every caller shares the same
 * directory, and a failed load is forgotten so that the next call tries again.
 */
export function loadAreaDirectory(): Promise<AreaDirectory> {
  loading ??= readOfficialLists().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readOfficialLists(): Promise<AreaDirectory> {
  // The package's getters hand back each file fully parsed by papaparse; reading its CSV files
  // ourselves streams the rows and fails loudly if a new version renames a column we rely on.
  const folder = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
  const [provinces, regencies, districts, villages] = await Promise.all([
    readAreas(join(folder, 'provinces.csv'), undefined),
    readAreas(join(folder, 'regencies.csv'), 'province_code'),
    readAreas(join(folder, 'districts.csv'), 'regency_code'),
    readAreas(join(folder, 'villages.csv'), 'district_code'),
  ]);
  return new AreaDirectory({ provinces, regencies, districts, villages });
}

/** Streams one list; provinces have no parent column and get an empty `parentCode`, unused. */
async function readAreas(path: string, parentColumn: string | undefined): Promise<Area[]> {
  const parser = parse({ bom: true });
  const source = createReadStream(path);
  // `pipe` does not forward a read error; without this a missing file would hang the load.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  const areas: Area[] = [];
  let toArea: ((row: readonly string[]) => Area) | undefined;
  // Without the `columns` option csv-parse emits each record as an array of strings.
  for await (const row of parser as AsyncIterable<string[]>) {
    if (toArea) areas.push(toArea(row));
    else toArea = columnsOf(path, row, parentColumn);
  }
  return areas;
}

function columnsOf(
  path: string,
  header: readonly string[],
  parentColumn: string | undefined,
): (row: readonly string[]) => Area {
  const at = (column: string): number => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${path} has no "${column}" column (header: ${header.join(',')}).`);
    return index;
  };
  const code = at('code');
  const name = at('name');
  const parent = parentColumn === undefined ? undefined : at(parentColumn);
  // csv-parse rejects a record whose field count differs from the header's, so the fields exist.
  return (row) => ({
    code: row[code] ?? '',
    name: row[name] ?? '',
    parentCode: parent === undefined ? '' : (row[parent] ?? ''),
  });
}
