import type { SchemaPart } from '@saksi/database';
import { CreateSentinelFacts1795421300000 } from './postgres/migrations/1795421300000-create-sentinel-facts.migration.js';

export const SENTINEL_SCHEMA: SchemaPart = { entities: [], migrations: [CreateSentinelFacts1795421300000] };
