import type { EntityManager } from 'typeorm';
import { rowsOf, type Step } from '../read-models/step.js';
import { inWaves } from './waves.js';

/** Applies a batch's steps wave by wave, each statement once for all its rows in the wave. */
export async function applySteps(steps: readonly Step[], manager: EntityManager): Promise<void> {
  for (const wave of inWaves(steps)) {
    if ('alone' in wave) await wave.alone.alone(manager);
    else for (const [statement, rows] of wave.statements) await manager.query(statement, rowsOf(rows));
  }
}
