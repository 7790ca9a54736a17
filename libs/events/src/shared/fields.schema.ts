import { z } from 'zod';

/** Official dotted code of a desa/kelurahan (idn-area-data): province.regency.district.village. */
export const villageCode = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'a village code such as 11.01.01.2001');

/** Rupiah are whole numbers; money is never a float. */
export const rupiah = z.int().positive().max(1_000_000_000_000);

/** A calendar date, YYYY-MM-DD, as people write it on forms. */
export const calendarDate = z.iso.date();

/** An instant with its offset, as ISO 8601. */
export const instant = z.iso.datetime({ offset: true });

/** A payment period: one month, YYYY-MM. */
export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2024-07');

export const sex = z.enum(['F', 'M']);

/** Identifiers chosen by the caller (or generated): letters, digits, dash, underscore, dot. */
export const entityId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, '1-64 letters, digits, . _ -');

/** The 16-digit NIK; its finer checks (district, birth date, sex) happen at the edge with @saksi/area. */
export const nik = z.string().regex(/^\d{16}$/, '16 digits');

/**
 * PostgreSQL stores no NUL character, in jsonb or text; a CSV cell can carry one where a JSON body
 * cannot (the HTTP edge refuses it first). The Indonesian rides in params, as @saksi/http's
 * bilingual() puts it.
 */
const withoutNul = {
  message: 'Must not contain a NUL character (\\u0000).',
  params: { messageId: 'Tidak boleh memuat karakter NUL (\\u0000).' },
};
const storable = (value: string) => !value.includes('\u0000');

export const shortText = z.string().trim().min(1).max(200).refine(storable, withoutNul);
export const longText = z.string().trim().min(1).max(4000).refine(storable, withoutNul);
