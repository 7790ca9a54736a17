import { fetchPublic, type PublicResponse } from './public-responses.js';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>>;
}

export interface ReadRoute {
  apiUrl: string;
  path: string;
  parameters: OpenApiParameter[];
}

/** Every GET route an app's OpenAPI document (/api/docs-json) describes, bar the document itself. */
export async function readRoutesOf(apiUrl: string): Promise<ReadRoute[]> {
  const document = (await (await fetch(`${apiUrl}/api/docs-json`)).json()) as OpenApiDocument;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    operations['get'] ? [{ apiUrl, path, parameters: operations['get'].parameters ?? [] }] : [],
  );
}

export interface RouteAnswers {
  route: string;
  requests: number;
  /** Requests answered 2xx: the route is public. */
  answered: number;
}

/**
 * Calls each route as a citizen, with every combination of the sample values of its parameters
 * (an optional parameter without samples is left out; a required one without samples fails the
 * test, so a new route cannot go unread), following `next` pages to the end.
 */
export async function readAsCitizen(
  routes: readonly ReadRoute[],
  samples: Readonly<Record<string, readonly string[]>>,
): Promise<{ responses: PublicResponse[]; routes: RouteAnswers[] }> {
  const responses: PublicResponse[] = [];
  const answers: RouteAnswers[] = [];
  for (const route of routes) {
    const used = route.parameters.filter((parameter) => parameter.in !== 'header' && samples[parameter.name]);
    const missing = route.parameters.filter((parameter) => parameter.required && !samples[parameter.name]);
    if (missing.length > 0)
      throw new Error(
        `No sample value for ${missing.map(({ name }) => name).join(', ')} of GET ${route.path}`,
      );
    const tally = { route: `GET ${route.path}`, requests: 0, answered: 0 };
    for (const values of combinations(used.map(({ name }) => samples[name]!))) {
      let path = route.path;
      const query = new URLSearchParams();
      for (const [index, parameter] of used.entries()) {
        if (parameter.in === 'path')
          path = path.replace(`{${parameter.name}}`, encodeURIComponent(values[index]!));
        else if (values[index] !== '') query.set(parameter.name, values[index]!);
      }
      const paged = route.parameters.some(({ name }) => name === 'after');
      let after: string | undefined;
      do {
        if (after !== undefined) query.set('after', after);
        const response = await fetchPublic(
          `${route.apiUrl}${path}${query.size ? `?${query.toString()}` : ''}`,
        );
        responses.push(response);
        tally.requests++;
        if (response.status < 300) tally.answered++;
        const next = paged ? nextPage(response) : undefined;
        after = next === after ? undefined : next; // a cursor that does not move would loop forever
      } while (after !== undefined);
    }
    answers.push(tally);
  }
  return { responses, routes: answers };
}

/** The cursor of the next page: `next` in JSON, X-Next-After beside a CSV. */
function nextPage(response: PublicResponse): string | undefined {
  if (response.status >= 300) return undefined;
  if (!response.contentType.includes('json')) return response.headers['x-next-after'];
  const { next } = JSON.parse(response.body) as { next?: unknown };
  return typeof next === 'string' || typeof next === 'number' ? String(next) : undefined;
}

function combinations(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>(
    (partial, list) => partial.flatMap((prefix) => list.map((value) => [...prefix, value])),
    [[]],
  );
}
