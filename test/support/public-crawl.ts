import { fetchPublic, linksOf, type PublicResponse } from './public-responses.js';

export interface CrawlOptions {
  /** Where the crawl starts (the portal's `/`, a grievance receipt...). */
  start: string[];
  /** The deployment's public origins: the portal, and the read API its pages link to for CSV and reports. */
  origins: string[];
  /**
   * Pages of one kind to read at most (Infinity: every page). A village page, a figure's events and
   * a table's CSV are kinds; the next period or village of the same kind is rendered by the same code.
   */
  perKind: number;
}

export interface CrawlResult {
  responses: PublicResponse[];
  /** Distinct kinds of page seen, and links left unread because their kind had its share. */
  kinds: number;
  leftUnread: number;
}

/** Query parameters whose value picks another template or table, not another row. */
const KIND_PARAMETERS = ['angka', 'figure', 'csv', 'format', 'lang'];

/** Follows every link of the deployment's public origins as a citizen would, breadth first. */
export async function crawlPublicPages(options: CrawlOptions): Promise<CrawlResult> {
  const queued = new Set<string>();
  const queue: string[] = [];
  const perKind = new Map<string, number>();
  let leftUnread = 0;
  const enqueue = (url: URL) => {
    url.hash = '';
    if (!options.origins.includes(url.origin) || queued.has(url.href)) return;
    queued.add(url.href);
    const kind = kindOf(url);
    const count = perKind.get(kind) ?? 0;
    perKind.set(kind, count + 1);
    if (count < options.perKind) queue.push(url.href);
    else leftUnread++;
  };
  for (const start of options.start) enqueue(new URL(start));
  const responses: PublicResponse[] = [];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const response = await fetchPublic(next);
    responses.push(response);
    for (const link of linksOf(response)) enqueue(link);
  }
  return { responses, kinds: perKind.size, leftUnread };
}

/** The page's template: its path with area codes and tracking codes as their level, and its kind parameters. */
function kindOf(url: URL): string {
  const path = url.pathname
    .replace(/\d{2}\.\d{2}\.\d{2}\.\d{4}/g, '<village>')
    .replace(/\d{2}(?:\.\d{2}){0,2}/g, (code) => `<area${code.length}>`)
    .replace(/\/aduan\/[A-Z0-9-]+$/, '/aduan/<code>');
  const parameters = [...new Set(url.searchParams.keys())]
    .sort()
    .map((name) => (KIND_PARAMETERS.includes(name) ? `${name}=${url.searchParams.get(name)}` : name));
  return `${url.origin}${path}?${parameters.join('&')}`;
}
