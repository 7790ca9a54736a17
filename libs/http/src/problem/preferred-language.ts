import type { BilingualMessage } from '@saksi/errors';

export type Language = keyof BilingualMessage;

/**
 * Indonesian unless the client's Accept-Language ranks English above it. Only the two languages
 * Saksi speaks are considered; `*` and the others are ignored.
 */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  let best: { language: Language; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...parameters] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'id' && primary !== 'en') continue;
    const qParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    // On equal weights the one listed first wins, as RFC 9110 leaves it to the order.
    if (!best || q > best.q) {
      best = { language: primary, q };
    }
  }
  return best?.language ?? 'id';
}
