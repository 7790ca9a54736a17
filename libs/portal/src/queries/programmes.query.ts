import type { DataSource } from 'typeorm';

export interface ProgrammeChoice {
  programmeId: string;
  name: string;
  year: number;
  kind: string;
  /** The BLT-DD share of Dana Desa the year's rules allow, when they say. */
  shareMin: number | null;
  shareMax: number | null;
}

/** Every programme, the newest year first: what a page's programme selector offers. */
export async function listProgrammes(dataSource: DataSource): Promise<ProgrammeChoice[]> {
  const rows = await dataSource.query<
    { programme_id: string; name: string; year: number; kind: string; rules: Record<string, unknown> }[]
  >('select programme_id, name, year, kind, rules from programme_view order by year desc, programme_id');
  return rows.map((row) => ({
    programmeId: row.programme_id,
    name: row.name,
    year: Number(row.year),
    kind: row.kind,
    shareMin: typeof row.rules['allocationShareMin'] === 'number' ? row.rules['allocationShareMin'] : null,
    shareMax: typeof row.rules['allocationShareMax'] === 'number' ? row.rules['allocationShareMax'] : null,
  }));
}

/** The programme a page asked for, or the newest; undefined for one that does not exist. */
export function chooseProgramme(
  programmes: readonly ProgrammeChoice[],
  requested: string | undefined,
): ProgrammeChoice | undefined {
  return requested === undefined
    ? programmes[0]
    : programmes.find((programme) => programme.programmeId === requested);
}
