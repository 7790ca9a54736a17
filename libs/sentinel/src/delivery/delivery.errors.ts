import { type BilingualMessage, type ErrorKind, SaksiError } from '@saksi/errors';

export type DeliveryErrorCode =
  | 'ALERT_SUBSCRIPTION.NOT_FOUND'
  | 'DEAD_LETTER.NOT_FOUND'
  | 'ALERT_DELIVERY.REFUSED'
  | 'ALERT_DELIVERY.ALERT_MISSING';

/** The one error type of alert delivery. */
export class DeliveryError extends SaksiError {
  private constructor(
    override readonly code: DeliveryErrorCode,
    kind: ErrorKind,
    text: BilingualMessage,
    params: Record<string, unknown> = {},
  ) {
    super(code, kind, text, params);
  }

  static subscriptionNotFound(id: string): DeliveryError {
    return new DeliveryError(
      'ALERT_SUBSCRIPTION.NOT_FOUND',
      'not-found',
      { id: `Langganan peringatan ${id} tidak ditemukan.`, en: `Alert subscription ${id} does not exist.` },
      { id },
    );
  }

  static deadLetterNotFound(id: string): DeliveryError {
    return new DeliveryError(
      'DEAD_LETTER.NOT_FOUND',
      'not-found',
      {
        id: `Tidak ada pengiriman gagal dengan id ${id}; mungkin sudah dikirim ulang.`,
        en: `There is no failed delivery with id ${id}; it may have been replayed already.`,
      },
      { id },
    );
  }

  /** A receiver said no (or did not answer): the job is retried, then kept as a dead letter. */
  static refused(channel: string, detail: string): DeliveryError {
    return new DeliveryError(
      'ALERT_DELIVERY.REFUSED',
      'conflict',
      {
        id: `Pengiriman lewat ${channel} gagal: ${detail}`,
        en: `Delivery by ${channel} failed: ${detail}`,
      },
      { channel, detail },
    );
  }

  static alertMissing(alertId: string): DeliveryError {
    return new DeliveryError(
      'ALERT_DELIVERY.ALERT_MISSING',
      'not-found',
      {
        id: `Peringatan ${alertId} tidak ada di log.`,
        en: `Alert ${alertId} is not in the log.`,
      },
      { alertId },
    );
  }
}
