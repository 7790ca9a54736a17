import { HttpException } from '@nestjs/common';
import type { BilingualMessage } from '@saksi/errors';
import type { Problem } from '../problem/problem-details.js';

/**
 * A client went over one of the edge's limits: 429 (with Retry-After) or 413. An HttpException, so
 * Nest and every filter treat it as an HTTP answer; toProblem() answers it with its own code and
 * sentence rather than the status's generic one, since "wait 40 seconds" helps more than "wait".
 */
export class LimitExceeded extends HttpException {
  private constructor(readonly problem: Problem) {
    super(problem.message.en, problem.status);
  }

  /** Seconds to wait, for the Retry-After header; undefined for a body too large. */
  get retryAfterSeconds(): number | undefined {
    const value = this.problem.headers?.['Retry-After'];
    return value === undefined ? undefined : Number(value);
  }

  static publicRequests(retryAfterMs: number): LimitExceeded {
    const wait = waitOf(retryAfterMs);
    return LimitExceeded.tooMany('RATE_LIMIT.PUBLIC', wait.seconds, {
      id: `Terlalu banyak permintaan dari sambungan Anda dalam waktu singkat. Coba lagi dalam ${wait.id}.`,
      en: `Too many requests from your connection in a short time. Try again in ${wait.en}.`,
    });
  }

  static failedKeys(retryAfterMs: number): LimitExceeded {
    const wait = waitOf(retryAfterMs);
    return LimitExceeded.tooMany('RATE_LIMIT.FAILED_KEYS', wait.seconds, {
      id: `Terlalu banyak kunci akses yang salah dari sambungan Anda. Periksa kunci Anda (mulai dari "saksi_"), lalu coba lagi dalam ${wait.id}.`,
      en: `Too many wrong access keys from your connection. Check your key (it starts with "saksi_"), then try again in ${wait.en}.`,
    });
  }

  static uploadTooLarge(limitBytes: number): LimitExceeded {
    const megabytes = Math.floor(limitBytes / (1024 * 1024));
    return new LimitExceeded({
      status: 413,
      code: 'HTTP.UPLOAD_TOO_LARGE',
      message: {
        id: `Berkas terlalu besar (paling besar ${megabytes} MB). Tidak ada yang dicatat; bagi berkas menjadi beberapa bagian lalu kirim satu per satu.`,
        en: `The file is too large (${megabytes} MB at most). Nothing was recorded; split it into several files and send them one by one.`,
      },
      params: { limitBytes },
    });
  }

  private static tooMany(code: string, seconds: number, message: BilingualMessage): LimitExceeded {
    return new LimitExceeded({
      status: 429,
      code,
      message,
      params: { retryAfterSeconds: seconds },
      headers: { 'Retry-After': String(seconds) },
    });
  }
}

/** A wait in whole seconds, said in seconds up to two minutes and in minutes beyond. */
function waitOf(ms: number): { seconds: number; id: string; en: string } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120)
    return { seconds, id: `${seconds} detik`, en: seconds === 1 ? '1 second' : `${seconds} seconds` };
  const minutes = Math.ceil(seconds / 60);
  return { seconds, id: `${minutes} menit`, en: `${minutes} minutes` };
}

/**
 * Says when to come back on the response itself: the portal answers its pages with its own filter,
 * which writes no problem headers.
 */
export function setRetryAfter(
  response: { setHeader(name: string, value: string): unknown },
  error: LimitExceeded,
): void {
  if (error.retryAfterSeconds !== undefined)
    response.setHeader('Retry-After', String(error.retryAfterSeconds));
}
