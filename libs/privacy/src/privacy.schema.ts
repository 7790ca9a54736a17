import type { SchemaPart } from '@saksi/database';
import { CreatePersonalDataKey1796000000000 } from './postgres/migrations/1796000000000-create-personal-data-key.migration.js';
import { PersonalDataKeyRow } from './postgres/personal-data-key.entity.js';

/** What sealed personal data adds to a Saksi database: the subjects' data keys. */
export const PRIVACY_SCHEMA = {
  entities: [PersonalDataKeyRow],
  migrations: [CreatePersonalDataKey1796000000000],
} satisfies SchemaPart;
