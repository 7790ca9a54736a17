/**
 * What the caller believes the stream's version is.
 * - a number: the stream must be at exactly that version (0 = must not exist yet);
 * - 'no-stream': same as 0, spelled out;
 * - 'any': no check, for facts that are recorded whatever else happened.
 */
export type ExpectedVersion = number | 'no-stream' | 'any';

export function expectedVersionMatches(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual === 0;
  return expected === actual;
}
