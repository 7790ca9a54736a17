import { flatten, type TimelineEntry, wholeNumber, wibTime } from '@saksi/projections';
import { EVENT_TYPES } from '../text/event-types.text.js';
import { EVENTS } from '../text/events.text.js';
import type { Lang } from '../text/language.js';
import { type Html, html } from './html.js';
import { publicNotice } from './public-notice.js';

/** A value of an event's data as text: lists joined, nested objects as JSON. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}

/**
 * Events as the provenance, timeline and alert pages list them: position, what happened, when,
 * by whom, the hash that chains it, and its data as the audience may see it (the caller chose the
 * audience when it read them: public or forum).
 */
export function eventList(entries: readonly TimelineEntry[], lang: Lang, audience: 'public' | 'forum'): Html {
  const t = EVENTS[lang];
  if (entries.length === 0) return html`<p>${t.none}</p>`;
  return html`<ol class="events">
    ${entries.map((entry) => {
      const shown = audience === 'public' ? publicNotice(entry.data) : entry.data;
      const data = shown !== null && typeof shown === 'object' ? flatten(shown) : {};
      return html`<li id="e${entry.position}">
        <h3>#${wholeNumber(entry.position, lang)} · ${EVENT_TYPES[lang][entry.type] ?? entry.type}</h3>
        <dl class="data">
          <dt>${t.recorded}</dt>
          <dd>${wibTime(new Date(entry.recordedAt))}</dd>
          <dt>${t.occurred}</dt>
          <dd>${wibTime(new Date(entry.occurredAt))}</dd>
          <dt>${t.stream}</dt>
          <dd>${entry.streamId}</dd>
          <dt>${t.actor}</dt>
          <dd>${entry.actor} · ${entry.source}</dd>
          <dt>${t.hash}</dt>
          <dd><code>${entry.hash}</code></dd>
          ${Object.entries(data).map(
            ([key, value]) =>
              html`<dt>${key}</dt>
                <dd>${valueText(value)}</dd>`,
          )}
        </dl>
      </li>`;
    })}
  </ol>`;
}
