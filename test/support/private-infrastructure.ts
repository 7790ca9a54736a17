import type { ClusterInfrastructure } from './saksi-cluster.js';
import { PrivateKafka } from './private-kafka.js';
import { PrivatePostgres } from './private-postgres.js';
import { PrivateRedis } from './private-redis.js';

/** PostgreSQL, Kafka and Redis of one test's own, which it may crash and start again at will. */
export interface PrivateInfrastructure {
  postgres: PrivatePostgres;
  kafka: PrivateKafka;
  redis: PrivateRedis;
  /** As SaksiCluster takes it. */
  endpoints: ClusterInfrastructure;
  destroy(): Promise<void>;
}

export async function startPrivateInfrastructure(): Promise<PrivateInfrastructure> {
  const started: { destroy(): Promise<void> }[] = [];
  const destroy = async () => {
    for (const server of started.reverse()) await server.destroy().catch(() => undefined);
  };
  try {
    const postgres = await PrivatePostgres.start();
    started.push(postgres);
    const redis = await PrivateRedis.start();
    started.push(redis);
    const kafka = await PrivateKafka.start();
    started.push(kafka);
    return {
      postgres,
      kafka,
      redis,
      endpoints: { postgres: postgres.serverUrl, kafkaBrokers: kafka.brokers, redisUrl: redis.url },
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
