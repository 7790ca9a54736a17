/** Where a cluster app finds the log on Kafka, and the consumer groups it may use there. */
export interface KafkaSettings {
  brokers: string[];
  topic: string;
  clientId: string;
  /** Consumer groups are `<prefix><consumer>`, so deployments can share a broker. */
  groupPrefix: string;
}

/** KAFKA_BROKERS, SAKSI_EVENTS_TOPIC and SAKSI_CONSUMER_GROUP_PREFIX, with the defaults of one machine. */
export function kafkaSettingsFromEnv(env: NodeJS.ProcessEnv, clientId: string): KafkaSettings {
  return {
    brokers: (env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    topic: env['SAKSI_EVENTS_TOPIC'] ?? 'saksi.events',
    clientId,
    groupPrefix: env['SAKSI_CONSUMER_GROUP_PREFIX'] ?? 'saksi.',
  };
}
