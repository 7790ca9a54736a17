import type { Lang } from '../text/language.js';

export type QueryValues = Record<string, string | number | undefined | null>;

/**
 * A portal link: the path, its query in a stable order, and `lang=en` when the reader chose English
 * (Indonesian is the default, so its links stay short and cache once).
 */
export function href(path: string, query: QueryValues, lang: Lang): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  if (lang === 'en') search.set('lang', 'en');
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The same page in the other language: every parameter kept, `lang` switched. */
export function switchLanguage(originalUrl: string, lang: Lang): string {
  const url = new URL(originalUrl, 'http://portal.invalid');
  if (lang === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', 'en');
  const search = url.searchParams.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
