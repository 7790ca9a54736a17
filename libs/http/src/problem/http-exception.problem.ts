import { STATUS_CODES } from 'node:http';
import type { HttpException } from '@nestjs/common';
import type { BilingualMessage } from '@saksi/errors';
import { BodyNotUtf8 } from '../validation/utf8-body.js';
import type { Problem } from './problem-details.js';

/**
 * Nest's own exceptions: an unknown route, a body the parser refused, a platform limit. Their
 * messages are not shown (a body parser's may quote the body); each status gets a sentence here.
 */
const MESSAGES: Record<number, BilingualMessage> = {
  400: {
    id: 'Permintaan ini tidak dapat dibaca oleh Saksi.',
    en: 'Saksi could not read this request.',
  },
  401: { id: 'Perlu kunci akses yang sah.', en: 'A valid access key is needed.' },
  403: { id: 'Anda tidak diizinkan melakukan ini.', en: 'You may not do this.' },
  404: {
    id: 'Alamat ini tidak ada di Saksi. Periksa kembali alamat yang dituju.',
    en: 'There is no such address in Saksi. Check the address you used.',
  },
  405: {
    id: 'Alamat ini tidak menerima cara permintaan ini.',
    en: 'This address does not accept this method.',
  },
  406: {
    id: 'Saksi tidak dapat menjawab dalam format yang diminta.',
    en: 'Saksi cannot answer in the requested format.',
  },
  408: {
    id: 'Permintaan terlalu lama dikirim. Coba lagi.',
    en: 'The request took too long to arrive. Try again.',
  },
  413: {
    id: 'Isi permintaan terlalu besar (paling besar 1 MB). Kirim data dalam beberapa bagian yang lebih kecil.',
    en: 'The request body is too large (1 MB at most). Send the data in several smaller parts.',
  },
  415: {
    id: 'Jenis isi permintaan tidak didukung. Kirim data sebagai JSON (Content-Type: application/json).',
    en: 'Unsupported content type. Send the data as JSON (Content-Type: application/json).',
  },
  429: {
    id: 'Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.',
    en: 'Too many requests in a short time. Wait a moment, then try again.',
  },
};

const MALFORMED_JSON: BilingualMessage = {
  id: 'Isi permintaan bukan JSON yang benar, jadi tidak dapat dibaca. Periksa tanda kutip, koma dan kurung.',
  en: 'The request body is not valid JSON, so it could not be read. Check its quotes, commas and brackets.',
};

const NOT_UTF8: BilingualMessage = {
  id: 'Isi permintaan bukan teks UTF-8, jadi tidak dapat dibaca tanpa merusak hurufnya. Simpan atau kirim datanya sebagai UTF-8.',
  en: 'The request body is not UTF-8 text, so it cannot be read without garbling its letters. Save or send the data as UTF-8.',
};

const MALFORMED_URL: BilingualMessage = {
  id: 'Alamat permintaan mengandung kode persen (%) yang salah.',
  en: 'The request address contains a malformed percent (%) escape.',
};

export function httpExceptionProblem(exception: HttpException): Problem {
  const status = exception.getStatus();
  const cause = exception.cause;
  // platform-express turns body-parser's SyntaxError (400) into a BadRequestException with it as cause.
  if (status === 400 && cause instanceof SyntaxError) {
    return { status, code: 'HTTP.MALFORMED_JSON', message: MALFORMED_JSON };
  }
  if (status === 400 && cause instanceof BodyNotUtf8) {
    return { status, code: 'HTTP.NOT_UTF8', message: NOT_UTF8 };
  }
  if (status === 400 && cause instanceof URIError) {
    return { status, code: 'HTTP.MALFORMED_URL', message: MALFORMED_URL };
  }
  return { status, code: httpCode(status), message: MESSAGES[status] ?? fallbackMessage(status) };
}

/** `HTTP.NOT_FOUND`, `HTTP.PAYLOAD_TOO_LARGE`, ... from the status's reason phrase. */
export function httpCode(status: number): string {
  const phrase = STATUS_CODES[status] ?? `STATUS ${status}`;
  return `HTTP.${phrase
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

function fallbackMessage(status: number): BilingualMessage {
  return status >= 500
    ? {
        id: `Terjadi kesalahan di server (HTTP ${status}). Coba lagi nanti.`,
        en: `Something went wrong on the server (HTTP ${status}). Try again later.`,
      }
    : {
        id: `Permintaan ini tidak dapat diproses (HTTP ${status}).`,
        en: `This request could not be processed (HTTP ${status}).`,
      };
}
