import type { BilingualMessage } from '@saksi/errors';

/** RFC 9457's title: the same for every problem of a kind, so a client may show it as a heading. */
const TITLES: Record<number, BilingualMessage> = {
  400: { id: 'Permintaan tidak sah', en: 'Bad request' },
  401: { id: 'Perlu kunci akses', en: 'Authentication required' },
  403: { id: 'Tidak diizinkan', en: 'Forbidden' },
  404: { id: 'Tidak ditemukan', en: 'Not found' },
  405: { id: 'Cara permintaan tidak didukung', en: 'Method not allowed' },
  406: { id: 'Format jawaban tidak tersedia', en: 'Not acceptable' },
  408: { id: 'Permintaan terlalu lama', en: 'Request timeout' },
  409: { id: 'Bentrok dengan data yang ada', en: 'Conflict' },
  413: { id: 'Permintaan terlalu besar', en: 'Payload too large' },
  415: { id: 'Jenis isi tidak didukung', en: 'Unsupported media type' },
  422: { id: 'Ditolak oleh aturan program', en: 'Refused by a programme rule' },
  429: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  500: { id: 'Kesalahan di server', en: 'Internal server error' },
  503: { id: 'Layanan sedang tidak tersedia', en: 'Service unavailable' },
};

export function problemTitle(status: number): BilingualMessage {
  return (
    TITLES[status] ??
    (status >= 500
      ? { id: 'Kesalahan di server', en: 'Server error' }
      : { id: 'Permintaan tidak dapat diproses', en: 'Request not processed' })
  );
}
