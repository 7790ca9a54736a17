import { runScheduledScans, type SentinelConfig } from '@saksi/anomalies';
import type { PostgresEventStore } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { raiseAlerts } from './alert-appender.js';
import { PostgresFactStore } from './postgres/postgres-fact.store.js';

/**
 * What no event announces (a month that went unpaid, a session without attendance, a participation
 * gap): judged once a day on the facts the sentinel has gathered, and raised in one transaction.
 * `today` is the day being judged (YYYY-MM-DD).
 */
export async function runScheduledScan(
  dataSource: DataSource,
  store: PostgresEventStore,
  today: string,
  config: SentinelConfig,
): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    const facts = new PostgresFactStore(manager);
    const candidates = await runScheduledScans(facts, today, config);
    await facts.flush();
    return raiseAlerts(store, manager, candidates, {
      at: new Date(`${today}T00:00:00+07:00`),
      configVersion: config.version,
    });
  });
}
