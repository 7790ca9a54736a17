import autocannon from 'autocannon';

export interface PageLatency {
  label: string;
  /** Milliseconds. */
  p50: number;
  /** Milliseconds. */
  p99: number;
  requests: number;
  /** Failed connections, timeouts and answers other than 2xx. */
  errors: number;
  perSecond: number;
}

const READERS = 100;

/**
 * Every one of the bench's readers comes from 127.0.0.1, so the public limit per client address
 * (600 requests a minute by default, SAKSI_PUBLIC_RATE_LIMIT) would answer most of them 429 and
 * measure nothing. The apps the bench starts get a limit no run reaches, so the limiter still runs
 * (and costs what it costs) but never refuses.
 */
export const PUBLIC_READERS_ENV = { SAKSI_PUBLIC_RATE_LIMIT: '100000000' };
/**
 * autocannon's 10 s default would turn a slow page into no figure at all; a reader on a phone waits
 * longer than that. Requests still unanswered after this count as errors.
 */
const TIMEOUT_SECONDS = 60;

/**
 * The public pages under 100 readers at once, each reading the pages in turn as fast as it gets
 * answers: the load of a village's pages shared on a WhatsApp group. No assertions, only figures.
 */
export async function pageLatency(baseUrl: string, paths: string[], seconds: number): Promise<PageLatency> {
  const result = await autocannon({
    url: baseUrl,
    connections: READERS,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    label: `public pages, ${READERS} concurrent readers over ${paths.length} pages`,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    perSecond: result.requests.total / result.duration,
  };
}

/**
 * Public page paths of a running portal that has data: the home page, one drill-down from it to a
 * village (province, regency, district), the village, its recipients and a figure's provenance. The
 * links are followed as a reader would, so every page is one the portal itself offers.
 */
export async function discoverPublicPages(baseUrl: string): Promise<string[]> {
  const paths = ['/'];
  let page = await fetchPage(baseUrl, '/');
  let depth = 0;
  // A nation's home page starts at depth 0; one opening on a regency also links its province.
  for (;;) {
    const child = areaLinks(page)
      .filter((link) => link.depth > depth)
      .sort((a, b) => a.depth - b.depth)[0];
    if (!child) break;
    paths.push(child.path);
    page = await fetchPage(baseUrl, child.path);
    depth = child.depth;
    if (child.village) break;
  }
  const village = paths.at(-1)!;
  if (!village.startsWith('/desa/')) throw new Error(`no village with data is linked from ${baseUrl}`);
  const links = hrefs(page);
  const recipients = links.find((link) => /^\/desa\/[\d.]+\/penerima/.test(link));
  const provenance =
    links.find((link) => link.startsWith('/asal-usul') && link.includes('angka=payments.paid')) ??
    links.find((link) => link.startsWith('/asal-usul'));
  for (const path of [recipients, provenance]) if (path) paths.push(path);
  return paths;
}

interface AreaLink {
  path: string;
  /** 1 for a province, up to 4 for a village. */
  depth: number;
  village: boolean;
}

function areaLinks(page: string): AreaLink[] {
  return hrefs(page).flatMap((path) => {
    const match = /^\/(wilayah|desa)\/([\d.]+)(?:\?|$)/.exec(path);
    if (!match) return [];
    return [{ path, depth: match[2]!.split('.').length, village: match[1] === 'desa' }];
  });
}

function hrefs(page: string): string[] {
  return [...page.matchAll(/href="([^"]+)"/g)].map((match) => unescapeAttribute(match[1]!));
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

async function fetchPage(baseUrl: string, path: string): Promise<string> {
  const response = await fetch(new URL(path, baseUrl));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}
