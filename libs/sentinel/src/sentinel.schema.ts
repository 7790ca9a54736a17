import type { SchemaPart } from '@saksi/database';
import { CreateSentinelFacts1795421300000 } from './postgres/migrations/1795421300000-create-sentinel-facts.migration.js';
import { LockedFactRead1795900100000 } from './postgres/migrations/1795900100000-locked-fact-read.migration.js';
import { SentinelFactRow } from './postgres/sentinel-fact.entity.js';

export const SENTINEL_SCHEMA: SchemaPart = {
  entities: [SentinelFactRow],
  migrations: [CreateSentinelFacts1795421300000, LockedFactRead1795900100000],
};
