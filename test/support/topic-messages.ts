import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { waitUntil } from '@saksi/testing';

/** A message as it crossed the topic, every byte of it as text. */
export interface TopicMessage {
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * Every message on the topic, from the beginning of every partition up to its end as the broker
 * reports it now, read by a consumer group of its own (so no deployment's offsets move).
 */
export async function readWholeTopic(kafka: Kafka, topic: string): Promise<TopicMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map(
    (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, BigInt(high)]),
  );
  await admin.disconnect();
  const messages: TopicMessage[] = [];
  const reached = new Map([...ends.keys()].map((partition) => [partition, 0n]));
  const consumer = kafka.consumer({ groupId: `${topic}-scan-${randomBytes(3).toString('hex')}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ partition, message }) => {
        messages.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
        });
        reached.set(partition, BigInt(message.offset) + 1n);
        return Promise.resolve();
      },
    });
    await waitUntil(
      () => [...ends].every(([partition, end]) => reached.get(partition)! >= end),
      `every partition of ${topic} read to its end`,
    );
  } finally {
    await consumer.disconnect();
  }
  return messages;
}
