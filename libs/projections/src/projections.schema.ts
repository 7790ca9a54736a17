import type { SchemaPart } from '@saksi/database';
import { CreateReadModels1795421100000 } from './postgres/migrations/1795421100000-create-read-models.migration.js';

export const PROJECTIONS_SCHEMA: SchemaPart = { entities: [], migrations: [CreateReadModels1795421100000] };
