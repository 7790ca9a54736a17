import type { AloneStep, RowStep, Step } from '../read-models/step.js';

/** One round of a batch: an alone step, or statements each with its rows (in log order). */
export type Wave = { alone: AloneStep } | { statements: Map<string, RowStep['row'][]> };

/**
 * Orders a batch's steps into waves that leave the same rows as applying them one by one. Two steps
 * conflict when one writes a row the other reads or writes; a step goes into the wave after the last
 * earlier step it conflicts with, so every conflicting pair keeps its log order, and the steps of one
 * wave touch different rows and may run in any order, or all at once in one statement. An alone
 * step may touch any row, so it is a wave of its own between everything before and after it.
 */
export function inWaves(steps: readonly Step[]): Wave[] {
  const waves: Wave[] = [];
  const lastWrite = new Map<string, number>();
  const lastTouch = new Map<string, number>();
  let floor = 0;
  for (const step of steps) {
    if ('alone' in step) {
      waves.push({ alone: step });
      floor = waves.length;
      continue;
    }
    let index = floor;
    for (const key of step.writes) index = Math.max(index, (lastTouch.get(key) ?? -1) + 1);
    for (const key of step.reads ?? []) index = Math.max(index, (lastWrite.get(key) ?? -1) + 1);
    for (const key of step.writes) {
      lastWrite.set(key, index);
      lastTouch.set(key, index);
    }
    for (const key of step.reads ?? []) lastTouch.set(key, Math.max(lastTouch.get(key) ?? -1, index));
    if (index === waves.length) waves.push({ statements: new Map() });
    const statements = (waves[index] as { statements: Map<string, RowStep['row'][]> }).statements;
    const rows = statements.get(step.statement);
    if (rows) rows.push(step.row);
    else statements.set(step.statement, [step.row]);
  }
  return waves;
}
