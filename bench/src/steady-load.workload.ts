import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { bltDdRules } from '@saksi/programme';
import type { RunningSaksi } from './apps/running-saksi.js';
import { benchFamily } from './bench-family.js';
import { percentiles } from './latency.js';

export interface SteadyLoadFigures {
  label: string;
  commandsPerSecond: number;
  sent: number;
  /** Sent command → the ledger's answer (accepted and in the log). */
  accepted: { p50: number; p99: number; count: number };
  /** Sent command → its row committed in the beneficiaries read model. */
  readModel: { p50: number; p99: number; count: number };
  /** Payment to an unapproved family → the inspector's webhook names it. */
  notification: { p50: number; p99: number; count: number };
  failed: number;
  /** Why commands failed, most frequent first: an HTTP answer's status and code, or no effect in time. */
  failures: string[];
}

/** One in this many commands is a payment the sentinel must report. */
const PAYMENT_EVERY = 50;

/**
 * A steady stream of registrations at `rate` per second for `seconds`, mixed with payments to
 * families nobody approved, through a running Saksi's HTTP API, as village offices would send them.
 */
export async function steadyLoad(
  saksi: RunningSaksi,
  rate: number,
  seconds: number,
  inspector: Inspector,
  /** Where this run's family numbers start, apart from an earlier run's on the same Saksi. */
  offset = 0,
): Promise<SteadyLoadFigures> {
  const programmeId = `blt-${offset}`;
  const family = (index: number) => benchFamily(offset + index, programmeId);
  await saksi.post('ledger', '/programmes', {
    programmeId,
    kind: 'BLT-DD',
    name: 'BLT',
    year: new Date().getFullYear(),
    rules: bltDdRules(2024),
  });
  const total = Math.round(rate * seconds);
  const payments = Math.ceil(total / PAYMENT_EVERY);
  // The families that will be paid exist before the clock starts.
  for (let index = 0; index < payments; index++) await saksi.post('ledger', '/beneficiaries', family(index));

  const readModel = await saksi.watchReadModel();
  const today = new Date().toISOString().slice(0, 10);
  let failed = 0;
  const reasons = new Map<string, number>();
  const acceptLatencies: number[] = [];
  const readLatencies: Promise<number | undefined>[] = [];
  const notifyLatencies: Promise<number | undefined>[] = [];
  const start = performance.now();
  for (let index = 0; index < total; index++) {
    const wait = start + (index * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    const isPayment = index % PAYMENT_EVERY === 0;
    const request = isPayment
      ? saksi.post('ledger', `/beneficiaries/bench-${offset + index / PAYMENT_EVERY}/payments`, {
          period: today.slice(0, 7),
          amount: 300_000,
          channel: 'cash',
          reference: `KW-${index}`,
          paidOn: today,
        })
      : saksi.post('ledger', '/beneficiaries', family(payments + index));
    const latency = request
      .then((position) => {
        acceptLatencies.push(performance.now() - sent);
        return position;
      })
      .then((position) => withDeadline(isPayment ? inspector.arrival(position) : readModel.arrival(position)))
      .then(() => performance.now() - sent)
      .catch((error: unknown) => {
        failed++;
        const reason = reasonOf(error);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        return undefined;
      });
    (isPayment ? notifyLatencies : readLatencies).push(latency);
  }
  const done = (list: Promise<number | undefined>[]) =>
    Promise.all(list).then((values) => values.filter((value): value is number => value !== undefined));
  const [reads, notifications] = await Promise.all([done(readLatencies), done(notifyLatencies)]);
  readModel.stop();
  return {
    label: saksi.label,
    commandsPerSecond: rate,
    sent: total,
    accepted: percentiles(acceptLatencies),
    readModel: percentiles(reads),
    notification: percentiles(notifications),
    failed,
    failures: [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, times]) => `${times}× ${reason}`),
  };
}

/** An HTTP refusal by status and problem code, else the error's own words. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const refused = /: (\d{3}) .*?"code":"([^"]+)"/.exec(message);
  return refused ? `HTTP ${refused[1]} ${refused[2]}` : message.slice(0, 60);
}

/** An effect that has not shown after a minute counts as failed rather than hanging the bench. */
function withDeadline(effect: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no effect within 60 s')), 60_000);
  });
  return Promise.race([effect, deadline]).finally(() => clearTimeout(timer));
}

export interface Inspector {
  arrival(position: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The inspector's end, subscribed to region 11.01's alerts: each webhook call names its evidence,
 * so a payment's position resolves its waiter.
 */
export async function subscribedInspector(saksi: RunningSaksi): Promise<Inspector> {
  const arrived = new Set<number>();
  const waiting = new Map<number, () => void>();
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      for (const position of (JSON.parse(body) as { evidence: number[] }).evidence) {
        arrived.add(position);
        waiting.get(position)?.();
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await saksi.post('sentinel', '/alert-subscriptions', {
    name: 'Inspektorat',
    region: '11.01',
    webhookUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    webhookSecret: randomBytes(24).toString('hex'),
  });
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    arrival: (position) =>
      arrived.has(position) ? Promise.resolve() : new Promise((resolve) => waiting.set(position, resolve)),
  };
}
