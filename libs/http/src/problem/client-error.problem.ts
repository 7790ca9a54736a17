import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { BilingualMessage } from '@saksi/errors';
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem-details.js';
import { PLAIN_SECURITY_HEADERS } from '../security-headers.js';
import { pathOf, problemDocument } from './problem-document.js';
import { httpCode } from './http-exception.problem.js';

const MALFORMED_HTTP: BilingualMessage = {
  id: 'Permintaan ini tidak berbentuk HTTP yang benar (misalnya sebuah kepala permintaan memuat karakter kendali, atau Content-Length dikirim dua kali). Tidak ada yang dicatat.',
  en: 'This request is not well-formed HTTP (for instance a header holds a control character, or Content-Length is sent twice). Nothing was recorded.',
};
const HEADERS_TOO_LARGE: BilingualMessage = {
  id: 'Kepala permintaan (header) terlalu besar. Tidak ada yang dicatat.',
  en: 'The request headers are too large. Nothing was recorded.',
};
const TIMED_OUT: BilingualMessage = {
  id: 'Permintaan terlalu lama dikirim. Tidak ada yang dicatat; coba lagi.',
  en: 'The request took too long to arrive. Nothing was recorded; try again.',
};

/** Node's parser errors, by the status Node itself would answer them with. */
function clientProblem(code: string | undefined): Problem {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: httpCode(431), message: HEADERS_TOO_LARGE };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: httpCode(408), message: TIMED_OUT };
  return { status: 400, code: 'HTTP.MALFORMED_REQUEST', message: MALFORMED_HTTP };
}

interface ClientError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

/**
 * Node answers a request its HTTP parser refuses (a control character in a header, two
 * Content-Lengths, a broken chunk) with a bare `400 Bad Request` before any Nest code runs; this
 * answers it with a problem document instead, as every other refusal is. The headers were not
 * parsed, so the language is Saksi's default (Indonesian) and both texts are in `message`.
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: ClientError, socket: Duplex) => {
    // As Node does: write only if the socket can take it and no response has begun on it.
    const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const problem = clientProblem(error.code);
    const body = JSON.stringify(problemDocument(problem, 'id', requestPath(error.rawPacket)));
    socket.end(
      [
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}`,
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
        'Content-Language: id',
        ...Object.entries(PLAIN_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}

function requestPath(rawPacket: Buffer | undefined): string {
  const target = /^[A-Z]+ (\S+) HTTP\//.exec(rawPacket?.subarray(0, 2048).toString('latin1') ?? '')?.[1];
  return target ? pathOf(target) : '';
}
