import { ACCESS_SCHEMA } from '@saksi/access';
import { CONSUMERS_SCHEMA } from '@saksi/consumers';
import { combineSchemas } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { PRIVACY_SCHEMA } from '@saksi/privacy';
import { PROJECTIONS_SCHEMA } from '@saksi/projections';
import { DELIVERY_SCHEMA, SENTINEL_SCHEMA } from '@saksi/sentinel';

/**
 * Every table of Saksi: the log, the data keys its personal data is sealed under, access keys,
 * consumer checkpoints, the read models, the sentinel's facts and alert delivery. Every process migrates the shared database to this one schema, so processes of
 * one release never disagree about which migrations exist.
 */
export const LEDGER_SCHEMA = combineSchemas([
  EVENT_STORE_SCHEMA,
  PRIVACY_SCHEMA,
  ACCESS_SCHEMA,
  CONSUMERS_SCHEMA,
  PROJECTIONS_SCHEMA,
  SENTINEL_SCHEMA,
  DELIVERY_SCHEMA,
]);
