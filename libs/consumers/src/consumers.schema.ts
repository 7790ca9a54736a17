import type { SchemaPart } from '@saksi/database';
import { CreateConsumerTables1795421000000 } from './postgres/migrations/1795421000000-create-consumer-tables.migration.js';

export const CONSUMERS_SCHEMA: SchemaPart = { entities: [], migrations: [CreateConsumerTables1795421000000] };
