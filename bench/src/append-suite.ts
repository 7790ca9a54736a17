import { PostgresCheckpointStore, PostgresEventStore, verifyLog } from '@saksi/event-store';
import type { BenchTarget } from './bench-target.js';
import { csvImport } from './csv-import.workload.js';
import { kafkaPublish } from './kafka-publish.workload.js';
import type { BenchSizes } from './modes.js';
import { batchAppends, type Measurement, readAll, singleAppends } from './workloads.js';

export type AppendKey =
  'single1' | 'single16' | 'batch1' | 'batch8' | 'csv' | 'read' | 'verify' | 'relay' | 'bareKafka';

/** The log's own workloads on one storage; Kafka only on the server, where the cluster has it. */
export async function appendSuite(
  target: BenchTarget,
  sizes: BenchSizes,
  withKafka: boolean,
): Promise<Map<AppendKey, Measurement>> {
  const store = new PostgresEventStore(target.storage.dataSource);
  const figures = new Map<AppendKey, Measurement>();
  await singleAppends(store, 1, 200); // warm-up: connections, plans, JIT
  figures.set('single1', await singleAppends(store, 1, sizes.singleAppends));
  figures.set('single16', await singleAppends(store, 16, sizes.singleAppends));
  figures.set('batch1', await batchAppends(store, sizes.batchSize, sizes.batches));
  figures.set('batch8', await batchAppends(store, sizes.batchSize, sizes.batches, 8));
  figures.set('csv', await csvImport(store, sizes.csvRows));
  figures.set('read', await readAll(store, 5_000));
  if (withKafka) {
    const [relay, bare] = await kafkaPublish(
      store,
      new PostgresCheckpointStore(target.storage.dataSource),
      sizes.relayEvents,
    );
    if (relay) figures.set('relay', relay);
    if (bare) figures.set('bareKafka', bare);
  }
  const started = process.hrtime.bigint();
  const verified = await verifyLog(store);
  if (!verified.ok) throw new Error(`the bench log failed verification: ${verified.message}`);
  figures.set('verify', {
    workload: 'verify the hash chain',
    events: verified.checked,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  });
  return figures;
}
