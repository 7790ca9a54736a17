import { Kafka, logLevel } from 'kafkajs';
import type pg from 'pg';
import type { SaksiCluster } from '../support/saksi-cluster.js';

interface ConsumerHealth {
  name: string;
  lagEvents: number;
}

/** Who is behind the log's head, and by how much: empty when every consumer has caught up. */
export async function consumersBehind(
  cluster: SaksiCluster,
  kafkaBrokers: string,
  db: pg.Client,
): Promise<string[]> {
  const behind: string[] = [];
  const ledger = await health<{ log: { headPosition: number } }>(cluster.url('ledger'));
  const relay = await health<{ headPosition: number; relayedPosition: number }>(cluster.url('relay'));
  if (relay.relayedPosition < ledger.log.headPosition)
    behind.push(`relay at ${relay.relayedPosition} of ${ledger.log.headPosition}`);
  const projector = await health<{ projections: ConsumerHealth[] }>(cluster.url('projector'));
  const sentinel = await health<{ consumers: ConsumerHealth[] }>(cluster.url('sentinel'));
  const consumers = [...projector.projections, ...sentinel.consumers];
  for (const consumer of consumers)
    if (consumer.lagEvents > 0) behind.push(`${consumer.name} /health lag ${consumer.lagEvents}`);
  // Positions arrive out of order across partitions, so /health's lag (from the highest position
  // handled) can read 0 with an event still missing: each consumer's handled set must be the log.
  for (const { name } of consumers) {
    const { rows } = await db.query<{ missing: string }>(
      `select count(*) as missing from event_log e where not exists (
         select 1 from consumer_handled_event h where h.consumer = $1 and h.event_id = e.event_id)`,
      [name],
    );
    if (Number(rows[0]!.missing) > 0) behind.push(`${name} has not handled ${rows[0]!.missing} events`);
  }
  for (const [group, lag] of await groupLags(kafkaBrokers, cluster, consumers))
    if (lag !== 0) behind.push(`consumer group ${group} lags ${lag} messages`);
  return behind;
}

/** Each consumer's group: messages on the topic after its committed offsets. */
async function groupLags(
  brokers: string,
  cluster: SaksiCluster,
  consumers: readonly ConsumerHealth[],
): Promise<Map<string, number>> {
  const admin = new Kafka({
    clientId: 'saksi-faults',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(cluster.topic);
    const lags = new Map<string, number>();
    for (const { name } of consumers) {
      const groupId = `${cluster.groupPrefix}${name}`;
      const [committed] = await admin.fetchOffsets({ groupId, topics: [cluster.topic] });
      let lag = 0;
      for (const end of ends) {
        const offset = committed?.partitions.find((partition) => partition.partition === end.partition);
        const at = offset && offset.offset !== '-1' ? Number(offset.offset) : Number(end.low);
        lag += Number(end.high) - at;
      }
      lags.set(groupId, lag);
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}

async function health<T>(url: string): Promise<T> {
  const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url}/health answered ${response.status}`);
  return (await response.json()) as T;
}
