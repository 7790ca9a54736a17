import { type Pseudonymise, withoutPersonalData } from '@saksi/events';

/** Which tier sees an event: the public, or an oversight forum (see domain.md, "Personal data"). */
export type Audience = 'public' | 'forum';

/** Tokens and masked numbers help a forum spot duplicates; the public sees neither. */
const FORUM_ONLY: Record<string, string[][]> = {
  'beneficiary.registered': [['head', 'nik'], ['head', 'nikMasked'], ['kkNumber']],
};

/**
 * Free text and circumstances the public does not see: why a family left, was suspended or not
 * paid, when someone died (UU 14/2008 exempts a person's health and family history), and what a
 * citizen wrote into a grievance or was answered.
 */
const PUBLIC_OMITS: [string, string[]][] = [
  ['beneficiary.', ['reason', 'note', 'dateOfDeath', 'evidenceRef']],
  ['payment.', ['reason']],
  ['grievance.', ['text', 'answer']],
  // Why a family's data was erased (a court order, the family's own request) is not the public's.
  ['personal-data.', ['reason']],
];

/**
 * An event's data as an audience may see it: personal fields treated as on Kafka (initials, birth
 * year, NIK token and masked NIK, nothing of a family's reasons or a citizen's contact), and for the
 * public also without the tokens, the masked NIK and the free text of PUBLIC_OMITS.
 */
export function eventDataFor(
  audience: Audience,
  event: { type: string; data: unknown },
  pseudonymise: Pseudonymise,
): unknown {
  const treated = withoutPersonalData(event, pseudonymise) as Record<string, unknown>;
  if (audience === 'forum') return treated;
  const type =
    event.type === 'event.corrected'
      ? String((event.data as { correctsType: string }).correctsType)
      : event.type;
  const target = event.type === 'event.corrected' ? (treated['fields'] as Record<string, unknown>) : treated;
  for (const path of FORUM_ONLY[type] ?? []) remove(target, path);
  for (const field of PUBLIC_OMITS.find(([prefix]) => type.startsWith(prefix))?.[1] ?? [])
    delete target[field];
  return treated;
}

function remove(target: Record<string, unknown> | undefined, path: string[]): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (!target || !(head in target)) return;
  if (rest.length === 0) delete target[head];
  else remove(target[head] as Record<string, unknown>, rest);
}
