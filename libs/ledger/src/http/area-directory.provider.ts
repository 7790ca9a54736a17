/** The ledger's callers import the token from here too; the directory itself is AreaModule's. */
export { AREA_DIRECTORY } from '@saksi/area';
