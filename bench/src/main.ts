import 'reflect-metadata';
import { cpus } from 'node:os';
import { PostgresCheckpointStore, PostgresEventStore, verifyLog } from '@saksi/event-store';
import { type BenchTarget, embeddedTarget, postgresTarget } from './bench-target.js';
import { clusterAlertLatency, embeddedAlertLatency } from './alert-latency.workload.js';
import { printAnomalyQuality } from './anomaly-quality.workload.js';
import { csvImport } from './csv-import.workload.js';
import { kafkaPublish } from './kafka-publish.workload.js';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import {
  clusterCommandLatency,
  embeddedCommandLatency,
  type LatencyFigure,
} from './command-latency.workload.js';
import { projectionWorkloads } from './projection.workload.js';
import { batchAppends, type Measurement, readAll, singleAppends } from './workloads.js';

/**
 * `npm run bench`: prints figures, asserts nothing. Sizes can be scaled with BENCH_SCALE (1 = the
 * default: 5,000 single appends per writer count and 100,000 events in batches per backend).
 */
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const SINGLE = Math.round(5_000 * scale);
const BATCHES = Math.round(1_000 * scale);
const IMPORT_ROWS = Math.round(5_000 * scale);
const PUBLISH_EVENTS = Math.round(100_000 * scale);
const DEMO_VILLAGES = Math.round(60 * scale);

async function benchmark(
  open: () => Promise<BenchTarget>,
  withKafka = false,
): Promise<{ label: string; rows: Measurement[] }> {
  const target = await open();
  try {
    const store = new PostgresEventStore(target.storage.dataSource);
    await singleAppends(store, 1, 200); // warm-up: connections, plans, JIT
    const rows = [
      await singleAppends(store, 1, SINGLE),
      await singleAppends(store, 8, SINGLE),
      await batchAppends(store, 100, BATCHES),
      await readAll(store, 5_000),
      await csvImport(store, IMPORT_ROWS),
    ];
    // Kafka belongs to the cluster topology, so it is measured on the PostgreSQL server only.
    if (withKafka)
      rows.push(
        ...(await kafkaPublish(
          store,
          new PostgresCheckpointStore(target.storage.dataSource),
          PUBLISH_EVENTS,
        )),
      );
    const verified = await timedVerify(store);
    rows.push(verified);
    return { label: target.label, rows };
  } finally {
    await target.dispose();
  }
}

async function timedVerify(store: PostgresEventStore): Promise<Measurement> {
  const started = process.hrtime.bigint();
  const result = await verifyLog(store);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!result.ok) throw new Error(`the bench log failed verification: ${result.message}`);
  return { workload: 'verify the hash chain (saksi verify)', events: result.checked, seconds };
}

function print(results: { label: string; rows: Measurement[] }[]): void {
  const header = ['storage', 'workload', 'events', 'seconds', 'per second'];
  const lines = results.flatMap(({ label, rows }) =>
    rows.map((row) => [
      label,
      row.workload,
      row.events.toLocaleString('en'),
      row.seconds.toFixed(2),
      Math.round(row.events / row.seconds).toLocaleString('en'),
    ]),
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join(' | ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const line of lines) console.log(format(line));
}

async function readModels(open: () => Promise<BenchTarget>) {
  const target = await open();
  try {
    const { rows, rebuildSecondsPerMillion } = await projectionWorkloads(target.storage, DEMO_VILLAGES);
    return { label: target.label, rows, rebuildSecondsPerMillion };
  } finally {
    await target.dispose();
  }
}

async function main(): Promise<void> {
  console.log(`Saksi event log benchmark: node ${process.version}, ${cpus().length} cores, scale ${scale}`);
  const results = [await benchmark(() => postgresTarget(16), true), await benchmark(embeddedTarget)];
  const projections = [
    await readModels(() => postgresTarget(16, LEDGER_SCHEMA)),
    await readModels(() => embeddedTarget(LEDGER_SCHEMA)),
  ];
  const latencyTarget = await postgresTarget(16, LEDGER_SCHEMA);
  const latencies: LatencyFigure[] = [];
  try {
    latencies.push(await clusterCommandLatency(latencyTarget.url!));
  } finally {
    await latencyTarget.dispose().catch(() => undefined);
  }
  latencies.push(await embeddedCommandLatency());
  const alertTarget = await postgresTarget(16, LEDGER_SCHEMA);
  try {
    latencies.push(await clusterAlertLatency(alertTarget.url!));
  } finally {
    await alertTarget.dispose().catch(() => undefined);
  }
  latencies.push(await embeddedAlertLatency());
  console.log('');
  print([...results, ...projections]);
  console.log('');
  for (const { label, rebuildSecondsPerMillion } of projections)
    console.log(
      `${label}: rebuilding every read model takes ${rebuildSecondsPerMillion.toFixed(0)} s per million events`,
    );
  console.log('');
  for (const figure of latencies)
    console.log(
      `${figure.label}: p50 ${figure.p50.toFixed(1)} ms, p99 ${figure.p99.toFixed(1)} ms over ${figure.count} commands`,
    );
  await printAnomalyQuality(scale);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
