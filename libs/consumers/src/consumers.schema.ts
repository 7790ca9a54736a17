import type { SchemaPart } from '@saksi/database';
import { ConsumerHandledEventRow } from './postgres/consumer-handled-event.entity.js';
import { ConsumerPositionRow } from './postgres/consumer-position.entity.js';
import { CreateConsumerTables1795421000000 } from './postgres/migrations/1795421000000-create-consumer-tables.migration.js';

export const CONSUMERS_SCHEMA: SchemaPart = {
  entities: [ConsumerHandledEventRow, ConsumerPositionRow],
  migrations: [CreateConsumerTables1795421000000],
};
