import type { StorageSchema } from '@saksi/database';
import { EventLogRow } from './postgres/event-log.entity.js';
import { CreateEventLog1795420800000 } from './postgres/migrations/1795420800000-create-event-log.migration.js';
import { GroupAppend1795900000000 } from './postgres/migrations/1795900000000-group-append.migration.js';
import { SubscriptionCheckpointRow } from './postgres/subscription-checkpoint.entity.js';
import { RUNTIME_ROLE } from '@saksi/database';

/** What the event log adds to a Saksi database. */
export const EVENT_STORE_SCHEMA = {
  entities: [EventLogRow, SubscriptionCheckpointRow],
  migrations: [CreateEventLog1795420800000, GroupAppend1795900000000],
  runtimeRole: RUNTIME_ROLE,
} satisfies StorageSchema;
