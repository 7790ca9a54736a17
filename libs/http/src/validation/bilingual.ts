import type { BilingualMessage } from '@saksi/errors';

/**
 * Parameters for a zod refinement that speaks both languages:
 * `z.string().refine(isVillageCode, bilingual({ id: 'Kode desa tidak dikenal.', en: 'Unknown village code.' }))`.
 * zod keeps the English text as the message; the Indonesian rides in `params`.
 */
export function bilingual(text: BilingualMessage): { message: string; params: { messageId: string } } {
  return { message: text.en, params: { messageId: text.id } };
}
