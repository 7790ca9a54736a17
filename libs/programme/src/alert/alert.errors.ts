import { SaksiError } from '@saksi/errors';

export class AlertError extends SaksiError {
  static notFound(alertId: string): AlertError {
    return new AlertError(
      'ALERT.NOT_FOUND',
      'not-found',
      { id: `Peringatan ${alertId} tidak ditemukan.`, en: `Alert ${alertId} does not exist.` },
      { alertId },
    );
  }

  static closed(alertId: string, status: string): AlertError {
    return new AlertError(
      'ALERT.CLOSED',
      'conflict',
      {
        id: `Peringatan ${alertId} sudah ditutup (${status}); tidak ada lagi yang bisa diubah.`,
        en: `Alert ${alertId} is already closed (${status}); nothing more can be done to it.`,
      },
      { alertId, status },
    );
  }

  static alreadyAcknowledged(alertId: string): AlertError {
    return new AlertError(
      'ALERT.ALREADY_ACKNOWLEDGED',
      'conflict',
      { id: `Peringatan ${alertId} sudah diterima.`, en: `Alert ${alertId} is already acknowledged.` },
      { alertId },
    );
  }

  static escalationNotHigher(alertId: string, level: number, current: number): AlertError {
    return new AlertError(
      'ALERT.ESCALATION_NOT_HIGHER',
      'rule',
      {
        id: `Peringatan ${alertId} sudah di tingkat ${current}; eskalasi harus ke tingkat yang lebih tinggi.`,
        en: `Alert ${alertId} is already at level ${current}; an escalation must go to a higher level.`,
      },
      { alertId, level, current },
    );
  }
}
