import type { SchemaPart } from '@saksi/database';
import { CreateAlertDelivery1795421400000 } from './postgres/migrations/1795421400000-create-alert-delivery.migration.js';

/** Alert subscriptions and the record of deliveries; combine with the event store's part. */
export const DELIVERY_SCHEMA: SchemaPart = { entities: [], migrations: [CreateAlertDelivery1795421400000] };
