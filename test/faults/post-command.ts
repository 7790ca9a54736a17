import type { Outcome } from './command-outcome.js';

export interface PostOptions {
  idempotencyKey: string;
  bearer?: string;
  timeoutMs: number;
}

/**
 * One POST to the ledger, told apart as a client can: a success answer (the events it recorded), an
 * error answer (its problem code), or no answer (refused connection, cut connection, timeout, or an
 * answer cut off before its end).
 */
export async function postCommand(url: string, body: unknown, options: PostOptions): Promise<Outcome> {
  let response: Response;
  let answer: Record<string, unknown>;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': options.idempotencyKey,
        ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    answer = (await response.json()) as Record<string, unknown>;
  } catch (error) {
    return { kind: 'no-answer', reason: reasonOf(error) };
  }
  if (!response.ok) {
    const code = answer['code'];
    return { kind: 'error', status: response.status, code: typeof code === 'string' ? code : '' };
  }
  const events = (answer['events'] ?? []) as { eventId: string; type: string; position: number }[];
  return {
    kind: 'success',
    status: response.status,
    streamId: String(answer['streamId']),
    events: events.map(({ eventId, type, position }) => ({ eventId, type, position })),
    ...(typeof answer['grievanceId'] === 'string' ? { grievanceId: answer['grievanceId'] } : {}),
  };
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).name ?? String(error);
}
