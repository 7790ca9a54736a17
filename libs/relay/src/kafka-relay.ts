import type { Pseudonymise } from '@saksi/events';
import {
  type CatchUpSubscription,
  type CheckpointStore,
  type LogReader,
  startDurableSubscription,
} from '@saksi/event-store';
import type { Producer } from 'kafkajs';
import { toRelayMessage } from './cloud-event.mapper.js';

export interface RelayOptions {
  topic: string;
  /** The CloudEvents `source` of this deployment, e.g. /saksi/aceh-selatan. */
  source: string;
  /** The checkpoint's name: one per topic a log is relayed to. */
  name?: string;
  batchSize?: number;
  idleWaitMs?: number;
  onError?: (error: unknown) => void;
  /** Called with the number of events the broker acknowledged (for metrics). */
  onPublished?: (count: number) => void;
}

/**
 * Publishes the committed log to Kafka in log order. The position is saved only after the broker
 * has acknowledged a batch (acks from all in-sync replicas, idempotent producer, one request in
 * flight), so a crash at any point re-sends the last batch rather than skipping it: consumers see
 * every event at least once and drop duplicates by event id.
 */
export class KafkaRelay {
  private subscription: CatchUpSubscription | undefined;

  constructor(
    private readonly reader: LogReader,
    private readonly checkpoints: CheckpointStore,
    private readonly producer: Producer,
    private readonly pseudonymise: Pseudonymise,
    private readonly options: RelayOptions,
  ) {}

  get position(): number {
    return this.subscription?.position ?? 0;
  }

  async start(): Promise<this> {
    await this.producer.connect();
    this.subscription = await startDurableSubscription(
      this.options.name ?? `kafka-relay:${this.options.topic}`,
      this.reader,
      this.checkpoints,
      async (events) => {
        await this.producer.send({
          topic: this.options.topic,
          acks: -1,
          messages: events.map((event) => toRelayMessage(event, this.options.source, this.pseudonymise)),
        });
        this.options.onPublished?.(events.length);
      },
      {
        batchSize: this.options.batchSize ?? 500,
        idleWaitMs: this.options.idleWaitMs ?? 200,
        ...(this.options.onError ? { onError: this.options.onError } : {}),
      },
    );
    return this;
  }

  async waitFor(position: number, timeoutMs?: number): Promise<void> {
    await this.subscription?.waitFor(position, timeoutMs);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.producer.disconnect();
  }
}
