import { bilingual } from '@saksi/http';
import { z } from 'zod';

/** '' (the nation), a province (11), regency (11.01), district (11.01.01) or village (11.01.01.2001). */
export const REGION_PATTERN = /^(\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)?$/;

export const newSubscription = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    region: z
      .string()
      .trim()
      .regex(
        REGION_PATTERN,
        bilingual({
          id: 'Tulis kode wilayah: kosong untuk seluruh negeri, 11, 11.01, 11.01.01 atau 11.01.01.2001.',
          en: 'Write an area code: empty for the whole nation, 11, 11.01, 11.01.01 or 11.01.01.2001.',
        }),
      ),
    email: z.email().max(320).optional(),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    webhookSecret: z
      .string()
      .min(
        32,
        bilingual({
          id: 'Rahasia webhook paling sedikit 32 karakter.',
          en: 'A webhook secret has at least 32 characters.',
        }),
      )
      .max(200)
      .optional(),
  })
  .refine(
    (body) => body.email !== undefined || body.webhookUrl !== undefined,
    bilingual({
      id: 'Isi alamat e-mail, alamat webhook, atau keduanya.',
      en: 'Give an e-mail address, a webhook URL, or both.',
    }),
  )
  .refine(
    (body) => (body.webhookUrl === undefined) === (body.webhookSecret === undefined),
    bilingual({
      id: 'Webhook memerlukan rahasia untuk menandatangani kiriman, dan rahasia hanya berguna dengan webhook.',
      en: 'A webhook needs a secret to sign its calls, and a secret is only used with a webhook.',
    }),
  );

export type NewSubscription = z.infer<typeof newSubscription>;
