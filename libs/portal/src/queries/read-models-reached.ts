import { projectionStatus } from '@saksi/projections';
import type { DataSource } from 'typeorm';

/**
 * Waits (a little) until every read model has applied the log up to `position`, so the page shown
 * after a write already shows it. Gives up quietly after `timeoutMs`: the write is recorded either
 * way, and the page says the read models may lag.
 */
export async function readModelsReached(
  dataSource: DataSource,
  position: number,
  timeoutMs = 3_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statuses = await projectionStatus(dataSource);
    if (statuses.every((status) => status.position >= position)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
