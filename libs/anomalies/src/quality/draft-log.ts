import { createHash } from 'node:crypto';
import { catalogue, type Pseudonymise, type SaksiEventType, withoutPersonalData } from '@saksi/events';
import type { SentinelEvent } from '../sentinel-event.js';

/** An event as an operator would submit it (personal data in clear), before the log numbers it. */
export interface Draft {
  eventId: string;
  streamId: string;
  type: SaksiEventType;
  /** Valid against the catalogue's current schema; plants may still change it before finalising. */
  data: Record<string, unknown>;
  occurredAt: number;
  recordedAt: number;
  actor: string;
  origin: string;
  /** Creation order: breaks ties between events recorded in the same millisecond. */
  seq: number;
}

export type DraftInput = Omit<Draft, 'eventId' | 'seq' | 'origin'> & { origin?: string };

/** The raw event beside the treated one the sentinel receives, for checks against the catalogue. */
export interface RawEvent {
  type: string;
  data: unknown;
}

/**
 * The log being drafted. Event ids are fixed when a draft is made, so a plant can name the alert it
 * expects (many alert keys hold an event id) before positions exist.
 */
export class DraftLog {
  private readonly drafts = new Set<Draft>();
  private seq = 0;
  private readonly idOf: (seq: number) => string;

  /** Event ids: `<idPrefix>-0000-4000-8000-<seq>`, or whatever `idOf` derives from the creation order. */
  constructor(idPrefixOrIdOf: string | ((seq: number) => string)) {
    this.idOf =
      typeof idPrefixOrIdOf === 'string'
        ? (seq) => `${idPrefixOrIdOf}-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`
        : idPrefixOrIdOf;
  }

  add(input: DraftInput): Draft {
    const seq = ++this.seq;
    const eventId = this.idOf(seq);
    const draft: Draft = { origin: 'saksi-api', ...input, eventId, seq };
    this.drafts.add(draft);
    return draft;
  }

  remove(draft: Draft): void {
    this.drafts.delete(draft);
  }

  all(): Draft[] {
    return [...this.drafts];
  }

  /**
   * The drafts in log order: each stream in its own order with recording instants that only grow,
   * streams interleaved by when they were recorded.
   */
  ordered(): Draft[] {
    const streams = new Map<string, Draft[]>();
    for (const draft of this.drafts) {
      const stream = streams.get(draft.streamId);
      if (stream) stream.push(draft);
      else streams.set(draft.streamId, [draft]);
    }
    for (const stream of streams.values()) {
      stream.sort(byRecording);
      // A stream's events are accepted one after another: never two at the same instant, never back.
      for (let i = 1; i < stream.length; i++)
        stream[i]!.recordedAt = Math.max(stream[i]!.recordedAt, stream[i - 1]!.recordedAt + 1_000);
    }
    return [...this.drafts].sort(byRecording);
  }

  /** The log as the sentinel receives it: in log order, positions 1..n, personal data treated. */
  finalise(pseudonymise: Pseudonymise): { events: SentinelEvent[]; raw: RawEvent[] } {
    const ordered = this.ordered();
    const events: SentinelEvent[] = [];
    const raw: RawEvent[] = [];
    let hash = 'genesis';
    ordered.forEach((draft, index) => {
      const event = { type: draft.type, data: draft.data };
      hash = createHash('sha256').update(hash).update(draft.eventId).digest('hex');
      raw.push(event);
      events.push({
        eventId: draft.eventId,
        position: index + 1,
        streamId: draft.streamId,
        type: draft.type,
        schemaVersion: catalogue.currentVersion(draft.type),
        data: withoutPersonalData(event, pseudonymise),
        occurredAt: new Date(draft.occurredAt),
        recordedAt: new Date(draft.recordedAt),
        actor: draft.actor,
        origin: draft.origin,
        hash,
      });
    });
    return { events, raw };
  }
}

const byRecording = (a: Draft, b: Draft) => a.recordedAt - b.recordedAt || a.seq - b.seq;
