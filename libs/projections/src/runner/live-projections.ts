import { KafkaEventConsumer } from '@saksi/consumers';
import type { Pseudonymise } from '@saksi/events';
import type { LogReader } from '@saksi/event-store';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { Projection } from '../projection.js';
import { PROJECTIONS } from '../projections.js';
import { SharedLogFeed } from './shared-log-feed.js';

export interface LiveProjections {
  stop(): Promise<void>;
}

/** The embedded default: the read models follow the log in this process, reading it once for all. */
export async function followLogInProcess(
  reader: LogReader,
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  projections: readonly Projection[] = PROJECTIONS,
): Promise<LiveProjections & { waitFor(position: number, timeoutMs?: number): Promise<void> }> {
  const feed = await new SharedLogFeed(reader, dataSource, projections, pseudonymise).start();
  return {
    waitFor: (position, timeoutMs) => feed.waitFor(position, timeoutMs),
    stop: () => feed.stop(),
  };
}

/** The cluster: each read model is a Kafka consumer group; more projector instances share partitions. */
export async function followKafka(
  kafka: Kafka,
  dataSource: DataSource,
  topic: string,
  onApplied?: (projection: string, handled: number) => void,
  projections: readonly Projection[] = PROJECTIONS,
  groupPrefix = 'saksi.',
): Promise<LiveProjections> {
  const consumers = await Promise.all(
    projections.map((projection) =>
      new KafkaEventConsumer(kafka, dataSource, projection, {
        topic,
        groupId: `${groupPrefix}${projection.name}`,
        afterApply: (applied) => {
          onApplied?.(projection.name, applied.handled);
          return Promise.resolve();
        },
      }).start(),
    ),
  );
  return {
    stop: async () => {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
    },
  };
}
