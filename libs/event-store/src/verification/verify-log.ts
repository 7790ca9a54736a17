import type { LogHead } from '../event.js';
import type { LogReader } from '../event-store.port.js';
import { ChainVerifier, type VerificationResult } from './chain-verifier.js';

export interface VerifyOptions {
  anchors?: LogHead[];
  batchSize?: number;
}

/**
 * Reads the whole log forward as stored (sealed personal data left sealed: the chain covers that
 * form, so an erasure never breaks it) and recomputes its hash chain; see ChainVerifier.
 */
export async function verifyLog(reader: LogReader, options: VerifyOptions = {}): Promise<VerificationResult> {
  const verifier = new ChainVerifier(options.anchors);
  const limit = options.batchSize ?? 5000;
  let after = 0;
  for (;;) {
    const events = await reader.readAll({ after, limit, asStored: true });
    verifier.feed(events);
    if (verifier.failed || events.length < limit) break;
    after = events[events.length - 1]!.position;
  }
  return verifier.finish();
}
