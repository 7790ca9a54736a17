/**
 * Events per transaction when a read model follows or replays the log. A batch costs a few set-based
 * statements whatever its size (see apply-steps.ts), so larger batches spread that cost thinner; past
 * a few thousand the gain is small and the transaction, which a rebuild's swap waits for, gets long.
 */
export const PROJECTION_BATCH = 5_000;
