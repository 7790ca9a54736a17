import { type ErrorKind, SaksiError } from '@saksi/errors';

/**
 * The portal's refusals. Each carries the HTTP status of the friendly page it is answered with
 * (see portal-error.filter.ts); 429 has no ErrorKind of its own, hence the explicit status.
 */
export class PortalError extends SaksiError {
  private constructor(
    code: string,
    kind: ErrorKind,
    readonly status: number,
    text: { id: string; en: string },
  ) {
    super(code, kind, text);
  }

  static loginRequired(): PortalError {
    return new PortalError('PORTAL.LOGIN_REQUIRED', 'unauthenticated', 401, {
      id: 'Halaman ini untuk forum pengawas dan inspektorat. Masuk dulu dengan kunci akses Anda.',
      en: 'This page is for oversight forums and inspectors. Log in with your access key first.',
    });
  }

  static keyRefused(): PortalError {
    return new PortalError('PORTAL.KEY_REFUSED', 'unauthenticated', 401, {
      id: 'Kunci akses itu tidak dikenal atau sudah dicabut. Salin kunci selengkapnya, mulai dari "saksi_".',
      en: 'That access key is not known or has been revoked. Copy the whole key, starting with "saksi_".',
    });
  }

  static roleForbidden(): PortalError {
    return new PortalError('PORTAL.ROLE_FORBIDDEN', 'forbidden', 403, {
      id: 'Kunci akses Anda tidak membuka halaman ini. Peringatan hanya untuk inspektorat; operator desa memakai API.',
      en: 'Your access key does not open this page. Alerts are for inspectors; village operators use the API.',
    });
  }

  static csrfRefused(): PortalError {
    return new PortalError('PORTAL.FORM_REFUSED', 'forbidden', 403, {
      id: 'Formulir ini tidak dikirim dari halaman Saksi yang Anda buka, atau sudah terlalu lama terbuka. Muat ulang halamannya dan coba lagi.',
      en: 'This form was not sent from the Saksi page you opened, or it has been open too long. Reload the page and try again.',
    });
  }

  static formTooFast(): PortalError {
    return new PortalError('PORTAL.FORM_TOO_FAST', 'invalid', 400, {
      id: 'Formulir terkirim terlalu cepat, seperti dikirim oleh program otomatis. Tunggu beberapa detik, lalu kirim lagi.',
      en: 'The form was sent too quickly, as an automated program would. Wait a few seconds, then send it again.',
    });
  }

  static formExpired(): PortalError {
    return new PortalError('PORTAL.FORM_EXPIRED', 'invalid', 400, {
      id: 'Formulir ini sudah terbuka lebih dari satu jam. Tulisan Anda masih ada di bawah; kirim lagi sekarang.',
      en: 'This form has been open for more than an hour. Your text is still below; send it again now.',
    });
  }

  static formInvalid(): PortalError {
    return new PortalError('PORTAL.FORM_INVALID', 'invalid', 400, {
      id: 'Formulir ini tidak dapat diterima. Buka halaman pengaduan lagi dan isi formulirnya dari sana.',
      en: 'This form cannot be accepted. Open the grievance page again and fill in the form from there.',
    });
  }

  static rateLimited(minutes: number): PortalError {
    return new PortalError('PORTAL.RATE_LIMITED', 'invalid', 429, {
      id: `Terlalu banyak pengaduan dari sambungan Anda dalam ${minutes} menit terakhir. Coba lagi nanti; pengaduan yang sudah terkirim tetap tercatat.`,
      en: `Too many grievances from your connection in the last ${minutes} minutes. Try again later; those already sent are recorded.`,
    });
  }

  static notFound(): PortalError {
    return new PortalError('PORTAL.NOT_FOUND', 'not-found', 404, {
      id: 'Halaman yang Anda cari tidak ada.',
      en: 'The page you are looking for does not exist.',
    });
  }

  static ledgerUnreachable(): PortalError {
    return new PortalError('PORTAL.LEDGER_UNREACHABLE', 'conflict', 503, {
      id: 'Catatan Saksi sedang tidak dapat dihubungi, jadi tidak ada yang dicatat. Coba lagi sebentar lagi.',
      en: 'The Saksi ledger cannot be reached right now, so nothing was recorded. Try again in a moment.',
    });
  }
}
