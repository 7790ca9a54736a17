import type { Consumer, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { EventHandler } from './event-handler.port.js';
import { type Applied, applyExactlyOnce } from './exactly-once.applier.js';
import { fromRelayMessage } from './relay-message.reader.js';

export interface KafkaConsumerOptions {
  topic: string;
  /** The consumer group; the handler's name by default. Deployments sharing a broker prefix it. */
  groupId?: string;
  /** Called after a batch's effects commit and before its offsets do (tests plant crashes here). */
  afterApply?: (applied: Applied) => Promise<void>;
  /** false lets a failed instance die (and its partitions move) instead of restarting in place. */
  restartOnFailure?: boolean;
}

/**
 * One instance of a handler's consumer group. Offsets are committed by hand, only after the batch's
 * effects are stored (applyExactlyOnce); instances of one handler share the topic's partitions, and
 * when one dies the group hands its partitions to the others, which resume from the last committed
 * offset: some events come again, and the handled-event ids make that harmless.
 */
export class KafkaEventConsumer {
  private consumer: Consumer | undefined;
  private died: Promise<void> | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly handler: EventHandler,
    private readonly options: KafkaConsumerOptions,
  ) {}

  async start(): Promise<this> {
    const restart = this.options.restartOnFailure ?? true;
    this.consumer = this.kafka.consumer({
      groupId: this.options.groupId ?? this.handler.name,
      ...(restart ? {} : { retry: { retries: 0, restartOnFailure: () => Promise.resolve(false) } }),
    });
    const consumer = this.consumer;
    this.died = new Promise((resolve) => consumer.on(consumer.events.CRASH, () => resolve()));
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async (payload) => {
        const { batch } = payload;
        if (batch.messages.length === 0) return;
        const applied = await applyExactlyOnce(
          this.dataSource,
          this.handler,
          batch.messages.map(fromRelayMessage),
        );
        await this.options.afterApply?.(applied);
        const last = batch.messages[batch.messages.length - 1]!.offset;
        payload.resolveOffset(last);
        await this.consumer!.commitOffsets([
          { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
        ]);
        await payload.heartbeat();
      },
    });
    return this;
  }

  /** Resolves when the instance has died (a failure it was told not to restart from). */
  crashed(): Promise<void> {
    return this.died ?? Promise.reject(new Error('the consumer was never started'));
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
