import { storageConfigFromEnv } from '@saksi/database';
import { PROJECTIONS, ProjectionError, projectionNamed, rebuildProjection } from '@saksi/projections';
import { hmacPseudonymiser, pseudonymKey } from '@saksi/relay';
import { openLedgerStorage } from './ledger-storage.js';

/**
 * Rebuilds read models from position zero. The live copy keeps serving until the rebuilt one has
 * caught up and is swapped in (one transaction); on the embedded database Saksi must be stopped
 * first, since only one process may open it (or use POST /api/v1/projections/<name>/replay).
 */
export async function runReplay(name: string): Promise<number> {
  const projections = name === 'all' ? [...PROJECTIONS] : [projectionNamed(name)];
  if (projections.some((projection) => !projection)) {
    console.error(
      ProjectionError.unknownProjection(
        name,
        PROJECTIONS.map((p) => p.name),
      ).message,
    );
    return 2;
  }
  const config = storageConfigFromEnv();
  // Rebuilt from the log's personal data opened (initials and tokens as the relay makes them).
  const storage = await openLedgerStorage('saksi-replay');
  try {
    const pseudonymise = hmacPseudonymiser(
      pseudonymKey(process.env, config.mode === 'embedded' ? config.dataDir : undefined),
    );
    for (const projection of projections) {
      const report = await rebuildProjection(storage.dataSource, projection!, pseudonymise);
      const rows = Object.entries(report.rows)
        .map(([table, count]) => `${table} ${count}`)
        .join(', ');
      console.log(
        `${report.projection}: ${report.events} events to position ${report.position} in ${report.millis} ms (${rows})`,
      );
    }
    return 0;
  } finally {
    await storage.close();
  }
}
