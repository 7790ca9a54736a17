/**
 * Free text of a family's or a citizen's circumstances: why a family was rejected, suspended or
 * left, why a payment failed or was taken back, a date of death, a grievance and its answer, an
 * inspector's note. The public information law (UU 14/2008) exempts a person's financial condition,
 * health and family history, so the public pages leave these out even where the event data the read
 * side treats as public still holds them; figures, dates, amounts and decisions stay.
 */
const WITHHELD = new Set(['reason', 'dateOfDeath', 'text', 'answer', 'contact', 'note', 'resolution']);

export function publicNotice(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(publicNotice);
  if (data === null || typeof data !== 'object') return data;
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>)
      .filter(([key]) => !WITHHELD.has(key))
      .map(([key, value]) => [key, publicNotice(value)]),
  );
}
