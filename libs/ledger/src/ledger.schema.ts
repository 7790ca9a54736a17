import { ACCESS_SCHEMA } from '@saksi/access';
import { combineSchemas } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';

/** The tables a ledger needs: the log and the access keys. */
export const LEDGER_SCHEMA = combineSchemas([EVENT_STORE_SCHEMA, ACCESS_SCHEMA]);
