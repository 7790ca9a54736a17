import { type IncomingHttpHeaders, request as httpRequest } from 'node:http';

/** What a matrix request sends: the path with its query, and at most one kind of body. */
export interface SampleRequest {
  path: string;
  json?: unknown;
  /** A portal form, sent urlencoded as a browser sends it. */
  form?: Record<string, string>;
  csv?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON, when it was JSON (a problem document included). */
  json?: unknown;
}

export interface Credentials {
  bearer?: string;
  cookie?: string;
}

/**
 * One request, redirects not followed (a redirect to the login is itself the answer). `from` picks
 * the client's own address on the loopback network (127.0.0.2, ...), so a test can be several
 * clients at once: the limits count per address.
 */
export async function send(
  baseUrl: string,
  method: string,
  request: SampleRequest,
  credentials: Credentials = {},
  from?: string,
): Promise<Answer> {
  const headers: Record<string, string> = { ...request.headers };
  if (credentials.bearer) headers['authorization'] = `Bearer ${credentials.bearer}`;
  if (credentials.cookie) headers['cookie'] = credentials.cookie;
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    // A browser says where its form came from; the portal refuses posts from other sites.
    headers['sec-fetch-site'] ??= 'same-origin';
    body = new URLSearchParams(request.form).toString();
  } else if (request.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = request.csv;
  }
  const url = new URL(request.path, baseUrl);
  const { status, received, text } = await new Promise<{
    status: number;
    received: IncomingHttpHeaders;
    text: string;
  }>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        ...(from ? { localAddress: from } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            received: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
  const answerHeaders = new Headers();
  for (const [name, value] of Object.entries(received))
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      answerHeaders.append(name, one);
  const type = answerHeaders.get('content-type') ?? '';
  return {
    status,
    headers: answerHeaders,
    text,
    ...(/json/.test(type) && text ? { json: JSON.parse(text) as unknown } : {}),
  };
}

/** The answer's body as a record, for reading fields of a JSON answer. */
export function fields(answer: Answer): Record<string, unknown> {
  return (answer.json ?? {}) as Record<string, unknown>;
}
