import type { EventStore, NewEvent } from '@saksi/event-store';

export interface Measurement {
  workload: string;
  events: number;
  seconds: number;
}

/**
 * How a workload writes, so Saksi and its peers run the same loops on the same payloads: `any`
 * appends whatever the stream holds, `new` creates the stream (an import).
 */
export type Append = (streamId: string, events: NewEvent[], stream: 'any' | 'new') => Promise<unknown>;

let sequence = 0;
// Unique across calls, so a second batched run on the same store never meets a stream it created.
let imports = 0;

/** A payment-shaped event of realistic size (about 300 bytes of data and metadata). */
export function paymentEvent(): NewEvent {
  sequence++;
  return {
    type: 'payment.paid',
    schemaVersion: 1,
    data: {
      kpmId: `kpm-${sequence % 50_000}`,
      villageCode: '33.74.12.1005',
      period: '2024-07',
      amount: 300_000,
      channel: 'post-office',
      reference: `PO-${sequence}`,
    },
    metadata: { actor: `operator-${sequence % 40}`, source: 'bench', correlationId: `bench-${sequence}` },
    occurredAt: new Date('2024-07-10T02:00:00Z'),
  };
}

export async function timed(
  workload: string,
  events: number,
  work: () => Promise<void>,
): Promise<Measurement> {
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { workload, events, seconds };
}

const ofWriters = (writers: number) => (writers > 1 ? `, ${writers} writers` : '');

/** Each writer appends one event at a time, concurrently with the others, to its own 500 streams. */
export function singleAppendsWith(append: Append, writers: number, total: number): Promise<Measurement> {
  const perWriter = Math.ceil(total / writers);
  return timed(`single-event appends, ${writers} writer${writers > 1 ? 's' : ''}`, perWriter * writers, () =>
    everyWriter(writers, async (writer) => {
      for (let i = 0; i < perWriter; i++) await append(`kpm-${writer}-${i % 500}`, [paymentEvent()], 'any');
    }),
  );
}

/** Each batch is a new stream, as an import of one register file is. */
export function batchAppendsWith(
  append: Append,
  batchSize: number,
  batches: number,
  writers = 1,
): Promise<Measurement> {
  const perWriter = Math.ceil(batches / writers);
  return timed(
    `appends in batches of ${batchSize}${ofWriters(writers)}`,
    batchSize * perWriter * writers,
    () =>
      everyWriter(writers, async () => {
        for (let i = 0; i < perWriter; i++)
          await append(`import-${++imports}`, Array.from({ length: batchSize }, paymentEvent), 'new');
      }),
  );
}

export function singleAppends(store: EventStore, writers: number, total: number): Promise<Measurement> {
  return singleAppendsWith(saksiAppend(store), writers, total);
}

export function batchAppends(
  store: EventStore,
  batchSize: number,
  batches: number,
  writers = 1,
): Promise<Measurement> {
  return batchAppendsWith(saksiAppend(store), batchSize, batches, writers);
}

export async function readAll(store: EventStore, batchSize: number): Promise<Measurement> {
  let count = 0;
  const measurement = await timed('read the whole log forward', 0, async () => {
    let after = 0;
    for (;;) {
      const events = await store.readAll({ after, limit: batchSize });
      if (events.length === 0) break;
      count += events.length;
      after = events[events.length - 1]!.position;
    }
  });
  return { ...measurement, events: count };
}

function saksiAppend(store: EventStore): Append {
  return (streamId, events, stream) => store.append(streamId, events, stream === 'new' ? 'no-stream' : 'any');
}

async function everyWriter(writers: number, work: (writer: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: writers }, (_, writer) => work(writer)));
}
