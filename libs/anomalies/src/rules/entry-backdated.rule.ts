import { catalogue } from '@saksi/events';
import { raise } from '../alert-candidate.js';
import { daysBetween } from '../calendar.js';
import type { Rule } from '../rule.js';

/**
 * An entry recorded long after it happened may be a payment list written up to match the money after
 * the fact. Stateless: judged on the event alone, for every type in the catalogue but the alerts'
 * own (the sentinel's and inspectors' records, not field data). A historical import raises one alert
 * per event; the inspector dismisses the batch with its reason.
 */
export const entryBackdated: Rule = {
  code: 'ENTRY.BACKDATED',
  severity: 'low',
  explain: {
    id: 'Catatan dimasukkan jauh sesudah kejadiannya: catatan mungkin dibuat belakangan untuk menyesuaikan.',
    en: 'An entry was recorded long after it happened: it may have been written afterwards to fit.',
  },
  watches: catalogue.types().filter((type) => !type.startsWith('alert.')),
  when: 'before',
  evaluate(event, _facts, config) {
    const lateDays = daysBetween(event.occurredAt, event.recordedAt);
    if (lateDays <= config.backdatingLimitDays) return Promise.resolve([]);
    const { villageCode, programmeId } = event.data as { villageCode?: string; programmeId?: string };
    return Promise.resolve([
      raise(entryBackdated, {
        identity: [event.eventId],
        villageCode: villageCode ?? null,
        programmeId: programmeId ?? null,
        subject: `${event.type} in ${event.streamId}`,
        evidence: [event.position],
        details: {
          type: event.type,
          actor: event.actor,
          origin: event.origin,
          occurredAt: event.occurredAt.toISOString(),
          recordedAt: event.recordedAt.toISOString(),
          daysLate: Math.floor(lateDays),
          limitDays: config.backdatingLimitDays,
        },
      }),
    ]);
  },
};
