import { SaksiError } from '@saksi/errors';
import type { KpmStatus } from './kpm.state.js';

const statusName: Record<KpmStatus, { id: string; en: string }> = {
  none: { id: 'belum terdaftar', en: 'not registered' },
  registered: { id: 'terdaftar', en: 'registered' },
  verified: { id: 'terverifikasi', en: 'verified' },
  approved: { id: 'disetujui', en: 'approved' },
  rejected: { id: 'ditolak', en: 'rejected' },
  suspended: { id: 'ditangguhkan', en: 'suspended' },
  exited: { id: 'keluar dari program', en: 'exited' },
  deceased: { id: 'meninggal dunia', en: 'deceased' },
};

const actionName: Record<string, { id: string; en: string }> = {
  verify: { id: 'memverifikasi', en: 'verify' },
  approve: { id: 'menyetujui', en: 'approve' },
  reject: { id: 'menolak', en: 'reject' },
  suspend: { id: 'menangguhkan', en: 'suspend' },
  reinstate: { id: 'memulihkan', en: 'reinstate' },
  exit: { id: 'mengeluarkan', en: 'exit' },
};

/** The errors of the KPM context (beneficiary families and their payments). */
export class KpmError extends SaksiError {
  static notFound(kpmId: string): KpmError {
    return new KpmError(
      'KPM.NOT_FOUND',
      'not-found',
      { id: `KPM ${kpmId} belum terdaftar.`, en: `KPM ${kpmId} is not registered.` },
      { kpmId },
    );
  }

  static alreadyRegistered(kpmId: string): KpmError {
    return new KpmError(
      'KPM.ALREADY_REGISTERED',
      'conflict',
      { id: `KPM ${kpmId} sudah terdaftar.`, en: `KPM ${kpmId} is already registered.` },
      { kpmId },
    );
  }

  static transitionRefused(kpmId: string, action: string, status: KpmStatus): KpmError {
    const verb = actionName[action] ?? { id: action, en: action };
    return new KpmError(
      'KPM.TRANSITION_REFUSED',
      'rule',
      {
        id: `Tidak dapat ${verb.id} KPM ${kpmId} karena statusnya ${statusName[status].id}.`,
        en: `Cannot ${verb.en} KPM ${kpmId}: it is ${statusName[status].en}.`,
      },
      { kpmId, action, status },
    );
  }

  static alreadyInStatus(kpmId: string, status: KpmStatus): KpmError {
    return new KpmError(
      'KPM.ALREADY_DONE',
      'conflict',
      {
        id: `KPM ${kpmId} sudah berstatus ${statusName[status].id}; tidak ada yang diubah.`,
        en: `KPM ${kpmId} is already ${statusName[status].en}; nothing was changed.`,
      },
      { kpmId, status },
    );
  }

  static paymentAlreadyRecorded(
    kpmId: string,
    paymentId: string,
    what: 'due' | 'paid' | 'failed' | 'reversed',
  ): KpmError {
    const id = { due: 'tagihan', paid: 'pembayaran', failed: 'kegagalan', reversed: 'pembatalan' }[what];
    return new KpmError(
      'PAYMENT.ALREADY_RECORDED',
      'conflict',
      {
        id: `Catatan ${id} ${paymentId} untuk KPM ${kpmId} sudah ada.`,
        en: `Payment ${paymentId} of KPM ${kpmId} is already recorded as ${what}.`,
      },
      { kpmId, paymentId, what },
    );
  }

  static paymentNotPaid(kpmId: string, paymentId: string): KpmError {
    return new KpmError(
      'PAYMENT.NOT_PAID',
      'invalid',
      {
        id: `Pembayaran ${paymentId} untuk KPM ${kpmId} belum tercatat dibayar, jadi tidak dapat dibatalkan.`,
        en: `Payment ${paymentId} of KPM ${kpmId} is not recorded as paid, so it cannot be reversed.`,
      },
      { kpmId, paymentId },
    );
  }

  static periodMismatch(kpmId: string, paymentId: string, recorded: string, sent: string): KpmError {
    return new KpmError(
      'PAYMENT.PERIOD_MISMATCH',
      'invalid',
      {
        id: `Pembayaran ${paymentId} tercatat untuk periode ${recorded}, bukan ${sent}.`,
        en: `Payment ${paymentId} is recorded for period ${recorded}, not ${sent}.`,
      },
      { kpmId, paymentId, recorded, sent },
    );
  }
}
