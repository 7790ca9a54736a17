import { ProjectionError } from '../projection.errors.js';

/** The whole country, or a province, regency, district or village by its official code. */
export type AreaLevel = 'nation' | 'province' | 'regency' | 'district' | 'village';

const LEVELS: [RegExp, AreaLevel][] = [
  [/^$/, 'nation'],
  [/^\d{2}$/, 'province'],
  [/^\d{2}\.\d{2}$/, 'regency'],
  [/^\d{2}\.\d{2}\.\d{2}$/, 'district'],
  [/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'village'],
];

export function areaLevel(code: string): AreaLevel {
  const level = LEVELS.find(([pattern]) => pattern.test(code));
  if (!level) throw ProjectionError.badArea(code);
  return level[1];
}

/**
 * A SQL condition selecting the rows of an area through the village code's prefix: a roll-up is the
 * same query over a shorter prefix, so it equals the sum of its villages by construction.
 */
export function inArea(column: string, parameter: number): string {
  return `($${parameter} = '' or ${column} = $${parameter} or ${column} like $${parameter} || '.%')`;
}
