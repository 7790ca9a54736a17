import type { SchemaPart } from '@saksi/database';
import { AccessKeyRow } from './postgres/access-key.entity.js';
import { CreateAccessKey1795420900000 } from './postgres/migrations/1795420900000-create-access-key.migration.js';

/** What access control adds to a Saksi database; combine it with the event store's part. */
export const ACCESS_SCHEMA = {
  entities: [AccessKeyRow],
  migrations: [CreateAccessKey1795420900000],
} satisfies SchemaPart;
