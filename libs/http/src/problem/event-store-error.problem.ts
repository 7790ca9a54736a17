import type { EventStoreError } from '@saksi/event-store';
import type { Problem } from './problem-details.js';

/**
 * The log's errors speak English to developers; here they get a sentence for the operator. Only
 * the details that carry no recorded data are passed on.
 */
export function eventStoreErrorProblem(error: EventStoreError): Problem {
  switch (error.code) {
    case 'STREAM.VERSION_CONFLICT':
      return {
        status: 409,
        code: error.code,
        message: {
          id: 'Orang lain sudah mencatat perubahan pada data yang sama sebelum Anda. Muat ulang datanya, periksa, lalu kirim lagi.',
          en: 'Someone else recorded a change to the same record before you. Reload it, check it, and send again.',
        },
        params: pick(error.details, ['streamId', 'expectedVersion', 'actualVersion']),
      };
    case 'EVENT.ID_REUSED':
      return {
        status: 409,
        code: error.code,
        message: {
          id: 'Kunci Idempotency-Key ini sudah dipakai untuk permintaan lain yang isinya berbeda. Gunakan kunci baru untuk permintaan baru; kirim ulang isi yang sama persis hanya bila mengulang permintaan lama.',
          en: 'This Idempotency-Key was already used for a different request. Use a new key for a new request; resend exactly the same content only when retrying the old one.',
        },
      };
    case 'EVENT.INVALID':
      return {
        status: 400,
        code: error.code,
        message: {
          id: 'Data yang akan dicatat tidak lengkap atau tidak berbentuk benar, jadi tidak dicatat.',
          en: `The data to be recorded is incomplete or malformed, so nothing was recorded: ${error.message}`,
        },
      };
    case 'LOG.UNAVAILABLE':
      return {
        status: 503,
        code: error.code,
        message: {
          id: 'Catatan Saksi sedang tidak dapat dibuka. Tidak ada yang dicatat; coba lagi beberapa saat lagi.',
          en: 'The Saksi log cannot be reached right now. Nothing was recorded; try again in a moment.',
        },
      };
    default: {
      const _never: never = error.code;
      throw new Error(`unmapped event store error ${String(_never)}`);
    }
  }
}

function pick(details: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in details).map((key) => [key, details[key]]));
}
