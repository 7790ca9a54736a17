import { areaLevel } from '../figures/area-scope.js';
import { ReadApiError } from './read-api.errors.js';

/** A path's village code, refused with a sentence saying what a village code looks like. */
export function assertVillageCode(code: string): string {
  if (areaLevel(code) !== 'village') throw ReadApiError.notAVillage(code);
  return code;
}
