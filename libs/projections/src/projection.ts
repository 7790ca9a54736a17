import type { EventHandler } from '@saksi/consumers';

/**
 * A read model fed by the log. Its rows and its checkpoint are written in one transaction (the
 * consumers' exactly-once applier), and `tables` lists what it owns, so a rebuild or an "as of"
 * query can build a private copy of exactly those tables with the same handler.
 */
export interface Projection extends EventHandler {
  readonly tables: readonly string[];
}
