/** A response as an anonymous citizen received it: no key, no cookie. */
export interface PublicResponse {
  url: string;
  status: number;
  contentType: string;
  location: string | null;
  headers: Record<string, string>;
  body: string;
  /** What a scanner reads: every header, then the body. */
  text: string;
}

export async function fetchPublic(url: string): Promise<PublicResponse> {
  return publicResponse(url, await fetch(url, { redirect: 'manual' }));
}

export async function publicResponse(url: string, response: Response): Promise<PublicResponse> {
  const body = await response.text();
  const headers = Object.fromEntries(response.headers);
  return {
    url,
    status: response.status,
    contentType: headers['content-type'] ?? '',
    location: headers['location'] ?? null,
    headers,
    body,
    text: `${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n')}\n\n${body}`,
  };
}

/** The addresses a response leads to: links and sources in HTML, URLs in JSON, a redirect. */
export function linksOf(response: PublicResponse): URL[] {
  const found: string[] = response.location ? [response.location] : [];
  if (response.contentType.includes('html'))
    for (const [, link] of response.body.matchAll(/\s(?:href|src|action)="([^"]*)"/g))
      found.push(link!.replace(/&amp;/g, '&'));
  else if (response.contentType.includes('json'))
    for (const [, link] of response.body.matchAll(/"((?:https?:\/\/|\/)[^"\s]*)"/g)) found.push(link!);
  return found.flatMap((link) => {
    try {
      return [new URL(link, response.url)];
    } catch {
      return [];
    }
  });
}
