import 'reflect-metadata';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { EmbeddedProcess } from './apps/embedded-process.js';
import { ProcessCluster } from './apps/process-cluster.js';
import { type AppendKey, appendSuite } from './append-suite.js';
import { type AppsFigures, appsSuite } from './apps-suite.js';
import { printAnomalyQuality } from './anomaly-quality.workload.js';
import { bareDatabase, type BenchTarget, embeddedTarget, postgresTarget } from './bench-target.js';
import { chunkedCopyLimit, copyLimit } from './copy-limit.workload.js';
import { describeMachine } from './machine.js';
import { benchSizes } from './modes.js';
import { emmettWorkloads } from './peers/emmett.workload.js';
import { projectionWorkloads } from './projection.workload.js';
import { count, millis, perSecond, ratio, type ReportRow, renderTable, writeBenchmarks } from './report.js';
import type { Measurement } from './workloads.js';

/**
 * `npm run bench` (full, writes BENCHMARKS.md) or `npm run bench -- --quick` (CI: the same table on
 * smaller sizes, printed only). Figures only: nothing here asserts a speed.
 */
const sizes = benchSizes(process.argv.slice(2));

async function onTarget<T>(open: () => Promise<BenchTarget>, work: (target: BenchTarget) => Promise<T>) {
  const target = await open();
  try {
    return await work(target);
  } finally {
    await target.dispose();
  }
}

async function onBareDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await bareDatabase();
  try {
    return await work(database.url);
  } finally {
    await database.drop();
  }
}

function appendRows(
  server: Map<AppendKey, Measurement>,
  embedded: Map<AppendKey, Measurement>,
  emmett: Measurement[],
  copy: Measurement,
  chunkedCopy: Measurement,
): ReportRow[] {
  const [emmett1, , emmett16, emmettBatch1, emmettBatch8, emmettRead] = emmett;
  const row = (key: AppendKey, workload: string, unit = 'events/s'): ReportRow => ({
    group: 'log',
    workload,
    unit,
    server: count(perSecond(server.get(key))),
    embedded: count(perSecond(embedded.get(key))),
  });
  const against = (
    base: ReportRow,
    key: AppendKey,
    label: string,
    reference: Measurement | undefined,
    target?: number,
  ): ReportRow => ({
    ...base,
    reference: `${label} ${count(perSecond(reference)) ?? '–'}`,
    ...ratio(perSecond(server.get(key)), perSecond(reference), target),
  });
  const batch = `appends in batches of ${sizes.batchSize}`;
  return [
    against(row('single1', 'single-event appends, 1 writer'), 'single1', 'Emmett', emmett1),
    against(row('single16', 'single-event appends, 16 writers'), 'single16', 'Emmett', emmett16, 5),
    against(row('batch1', `${batch}, 1 writer`), 'batch1', 'Emmett', emmettBatch1),
    against(row('batch1', `${batch}, 1 writer`), 'batch1', 'COPY, one statement', copy, 0.7),
    against(
      row('batch1', `${batch}, 1 writer`),
      'batch1',
      `COPY, ${sizes.batchSize} rows a commit`,
      chunkedCopy,
    ),
    against(row('batch8', `${batch}, 8 writers`), 'batch8', 'Emmett', emmettBatch8),
    row('csv', 'CSV import through the command path', 'rows/s'),
    against(row('read', 'read the whole log forward'), 'read', 'Emmett', emmettRead, 1.5),
    row('verify', 'verify the hash chain (saksi verify)'),
    against(row('relay', 'relay the log to Kafka'), 'relay', 'bare kafkajs', server.get('bareKafka')),
  ];
}

function projectionRows(
  server: Measurement[],
  embedded: Measurement[],
  rebuild: number[],
  appended: Measurement[],
): ReportRow[] {
  const bulk: ReportRow = {
    group: 'log',
    workload: appended[0]!.workload,
    unit: 'events/s',
    server: count(perSecond(appended[0])),
    embedded: count(perSecond(appended[1])),
  };
  const rows = server.map((measurement, index) => ({
    group: 'read models',
    workload: measurement.workload,
    unit: 'events/s',
    server: count(perSecond(measurement)),
    embedded: count(perSecond(embedded[index])),
    ...(/alone|each/.test(measurement.workload)
      ? { target: `≥ 20,000 ${(perSecond(measurement) ?? 0) >= 20_000 ? 'met' : 'NOT met'}` }
      : {}),
  }));
  rows.push({
    group: 'read models',
    workload: `rebuild time per million events (log of ${count(appended[0]!.events)} events)`,
    unit: 's',
    server: count(rebuild[0]),
    embedded: count(rebuild[1]),
  });
  return [bulk, ...rows];
}

function failures(load: AppsFigures['load']): string {
  const first = load.failures[0];
  return `${load.failed} of ${load.sent}${first ? ` (mostly ${first.replace(/\|/g, '/')})` : ''}`;
}

function appsRows(cluster: AppsFigures, embedded: AppsFigures): ReportRow[] {
  const load = `${sizes.steadyRate} commands/s for ${sizes.steadySeconds} s`;
  const latency = (pick: (figures: AppsFigures) => { p50: number; p99: number; count: number }) =>
    [cluster, embedded].map((figures) => {
      const { p50, p99, count: n } = pick(figures);
      return n > 0 ? millis(p50, p99) : 'none arrived';
    });
  const [clusterRead, embeddedRead] = latency((f) => f.load.readModel);
  const [clusterAccepted, embeddedAccepted] = latency((f) => f.load.accepted);
  const [clusterAlert, embeddedAlert] = latency((f) => f.load.notification);
  const [clusterPages, embeddedPages] = latency((f) => ({ ...f.pages, count: f.pages.requests }));
  const meetsSecond = cluster.load.readModel.count > 0 && cluster.load.readModel.p99 < 1000;
  const rows: ReportRow[] = [
    {
      group: 'latency',
      workload: `command → answer (accepted), ${load}`,
      unit: 'ms p50 / p99',
      server: clusterAccepted,
      embedded: embeddedAccepted,
    },
    {
      group: 'latency',
      workload: `command → read model, ${load}`,
      unit: 'ms p50 / p99',
      server: clusterRead,
      embedded: embeddedRead,
      target: `p99 < 1,000 ms ${meetsSecond ? 'met' : 'NOT met'} (cluster)`,
    },
    {
      group: 'latency',
      workload: `field event → inspector webhook, 1 in 50 of that load`,
      unit: 'ms p50 / p99',
      server: clusterAlert,
      embedded: embeddedAlert,
    },
    {
      group: 'latency',
      workload: 'commands refused or without effect within 60 s',
      unit: 'commands',
      server: failures(cluster.load),
      embedded: failures(embedded.load),
    },
    {
      group: 'latency',
      workload: `${cluster.pages.label}, ${sizes.pageSeconds} s`,
      unit: 'ms p50 / p99',
      server: `${clusterPages} (${count(cluster.pages.perSecond)} pages/s, ${cluster.pages.errors} errors)`,
      embedded: `${embeddedPages} (${count(embedded.pages.perSecond)} pages/s, ${embedded.pages.errors} errors)`,
    },
  ];
  if (cluster.sustained && embedded.sustained) {
    const steady = `${sizes.sustainedRate} commands/s for ${sizes.steadySeconds} s`;
    const figure = (f: { p50: number; p99: number; count: number }) =>
      f.count > 0 ? millis(f.p50, f.p99) : 'none arrived';
    rows.push(
      {
        group: 'latency',
        workload: `command → read model, ${steady}`,
        unit: 'ms p50 / p99',
        server: figure(cluster.sustained.readModel),
        embedded: figure(embedded.sustained.readModel),
      },
      {
        group: 'latency',
        workload: `field event → inspector webhook, 1 in 50 of ${steady}`,
        unit: 'ms p50 / p99',
        server: figure(cluster.sustained.notification),
        embedded: figure(embedded.sustained.notification),
      },
    );
  }
  const megabytes = (bytes: number | undefined) =>
    bytes === undefined ? '–' : `${Math.round(bytes / 2 ** 20)}`;
  for (const { name, bytes } of cluster.memory)
    rows.push({ group: 'memory', workload: `peak RSS, ${name}`, unit: 'MB', server: megabytes(bytes) });
  for (const { name, bytes } of embedded.memory)
    rows.push({ group: 'memory', workload: `peak RSS, ${name}`, unit: 'MB', embedded: megabytes(bytes) });
  return rows;
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const startedAt = new Date();
  console.log(`Saksi benchmark, ${sizes.mode} mode: ${machine}`);
  const server = await onTarget(
    () => postgresTarget(16),
    (target) => appendSuite(target, sizes, true),
  );
  const embedded = await onTarget(
    () => embeddedTarget(),
    (target) => appendSuite(target, sizes, false),
  );
  const emmett = await onBareDatabase((url) =>
    emmettWorkloads(url, { single: sizes.singleAppends, batches: sizes.batches, batchSize: sizes.batchSize }),
  );
  const copyRows = sizes.batches * sizes.batchSize;
  const copy = await onBareDatabase((url) => copyLimit(url, copyRows));
  const chunkedCopy = await onBareDatabase((url) => chunkedCopyLimit(url, copyRows, sizes.batchSize));
  const serverProjections = await onTarget(
    () => postgresTarget(16, LEDGER_SCHEMA),
    (target) => projectionWorkloads(target.storage, sizes.projectionVillages),
  );
  const embeddedProjections = await onTarget(
    () => embeddedTarget(LEDGER_SCHEMA),
    (target) => projectionWorkloads(target.storage, sizes.projectionVillages),
  );
  const cluster = await appsSuite(() => ProcessCluster.start(), sizes);
  const embeddedApp = await appsSuite(() => EmbeddedProcess.start(), sizes);

  const table = renderTable([
    ...appendRows(server, embedded, emmett, copy, chunkedCopy),
    ...projectionRows(
      serverProjections.rows,
      embeddedProjections.rows,
      [serverProjections.rebuildSecondsPerMillion, embeddedProjections.rebuildSecondsPerMillion],
      [serverProjections.appended, embeddedProjections.appended],
    ),
    ...appsRows(cluster, embeddedApp),
  ]);
  const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(1);
  const generated = [
    `Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${minutes} minutes with \`npm run bench${sizes.mode === 'quick' ? ' -- --quick' : ''}\` (${sizes.mode} mode) on ${machine}.`,
    '',
    table,
  ].join('\n');
  console.log(`\n${generated}\n`);
  if (sizes.mode === 'full') writeBenchmarks('BENCHMARKS.md', generated);
  await printAnomalyQuality(sizes.anomalyScale);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
