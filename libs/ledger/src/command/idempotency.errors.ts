import { SaksiError } from '@saksi/errors';

export class IdempotencyError extends SaksiError {
  static citizenKeyNotUuid(): IdempotencyError {
    return new IdempotencyError('IDEMPOTENCY.KEY_NOT_UUID', 'invalid', {
      id: 'Tanpa kunci akses, Idempotency-Key harus berupa UUID acak, agar tidak tertukar dengan warga lain.',
      en: "Without an access key, the Idempotency-Key must be a random UUID, so it cannot collide with another citizen's.",
    });
  }

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
