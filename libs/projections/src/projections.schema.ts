import type { SchemaPart } from '@saksi/database';
import { CreateReadModels1795421100000 } from './postgres/migrations/1795421100000-create-read-models.migration.js';
import { CreateAlertView1795421200000 } from './postgres/migrations/1795421200000-create-alert-view.migration.js';

export const PROJECTIONS_SCHEMA: SchemaPart = {
  entities: [],
  migrations: [CreateReadModels1795421100000, CreateAlertView1795421200000],
};
