import type { EventStore, NewEvent } from '@saksi/event-store';

export interface Measurement {
  workload: string;
  events: number;
  seconds: number;
}

let sequence = 0;

/** A payment-shaped event of realistic size (about 300 bytes of data and metadata). */
function paymentEvent(): NewEvent {
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

async function timed(workload: string, events: number, work: () => Promise<void>): Promise<Measurement> {
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { workload, events, seconds };
}

export function singleAppends(store: EventStore, writers: number, total: number): Promise<Measurement> {
  const perWriter = Math.ceil(total / writers);
  return timed(
    `single-event appends, ${writers} writer${writers > 1 ? 's' : ''}`,
    perWriter * writers,
    async () => {
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          for (let i = 0; i < perWriter; i++)
            await store.append(`kpm-${writer}-${i % 500}`, [paymentEvent()], 'any');
        }),
      );
    },
  );
}

export function batchAppends(store: EventStore, batchSize: number, batches: number): Promise<Measurement> {
  return timed(`appends in batches of ${batchSize}`, batchSize * batches, async () => {
    for (let i = 0; i < batches; i++) {
      await store.append(`import-${i}`, Array.from({ length: batchSize }, paymentEvent), 'no-stream');
    }
  });
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
