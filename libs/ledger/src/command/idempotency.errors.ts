import { SaksiError } from '@saksi/errors';

export class IdempotencyError extends SaksiError {
  static keyReused(key: string): IdempotencyError {
    return new IdempotencyError(
      'IDEMPOTENCY.KEY_REUSED',
      'conflict',
      {
        id: `Kunci Idempotency-Key "${key}" sudah dipakai untuk permintaan lain. Gunakan kunci baru untuk permintaan baru.`,
        en: `Idempotency-Key "${key}" was already used for a different request. Use a new key for a new request.`,
      },
      { key },
    );
  }
}
