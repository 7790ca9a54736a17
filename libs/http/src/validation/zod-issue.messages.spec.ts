import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { bilingual } from './bilingual.js';
import { RequestInvalid } from './request-invalid.error.js';

async function errorsOf(schema: z.ZodType, input: unknown) {
  const result = await schema['~standard'].validate(input);
  if (!result.issues) throw new Error('expected the input to be refused');
  return RequestInvalid.fromIssues(result.issues, input).errors;
}

const payment = z.strictObject({
  data: z.object({
    amount: z.number().int().min(1),
    period: z.iso.date(),
    channel: z.enum(['cash', 'bank']),
    note: z.string().max(5).optional(),
  }),
});

describe('zod issues as field errors', () => {
  it('names the dotted path and keeps zod’s issue code', async () => {
    const errors = await errorsOf(payment, { data: { amount: 0, period: '2024-01-01', channel: 'cash' } });
    expect(errors).toEqual([
      {
        path: 'data.amount',
        code: 'too_small',
        message: { id: 'Paling kecil 1.', en: 'Must be at least 1.' },
      },
    ]);
  });

  it('tells a missing field from a field of the wrong type', async () => {
    const errors = await errorsOf(payment, { data: { amount: '5', period: '2024-01-01' } });
    expect(errors).toEqual([
      {
        path: 'data.amount',
        code: 'invalid_type',
        message: { id: 'Harus berupa angka.', en: 'Must be a number.' },
      },
      {
        path: 'data.channel',
        code: 'invalid_value',
        message: { id: 'Wajib diisi.', en: 'This is required.' },
      },
    ]);
  });

  it('speaks of formats, choices, lengths and unknown fields in plain words', async () => {
    const errors = await errorsOf(payment, {
      data: { amount: 5, period: '1 Januari', channel: 'gold', note: 'too long' },
      extra: true,
    });
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error]));
    expect(byPath['data.period']).toMatchObject({ code: 'invalid_format' });
    expect(byPath['data.period']?.message.id).toContain('2024-03-01');
    expect(byPath['data.channel']?.message).toEqual({
      id: 'Pilih salah satu: "cash", "bank".',
      en: 'Choose one of: "cash", "bank".',
    });
    expect(byPath['data.note']?.message).toEqual({
      id: 'Paling banyak 5 karakter.',
      en: 'Must have at most 5 characters.',
    });
    expect(byPath['']).toMatchObject({ code: 'unrecognized_keys' });
    expect(byPath['']?.message.id).toContain('extra');
  });

  it('writes large numbers the way each language does', async () => {
    const [error] = await errorsOf(z.number().max(300_000), 900_000);
    expect(error?.message).toEqual({ id: 'Paling besar 300.000.', en: 'Must be at most 300,000.' });
  });

  it('never repeats the value that was sent', async () => {
    const nik = '3201014501900001';
    const errors = await errorsOf(z.object({ nik: z.string().regex(/^\d{15}$/) }), { nik });
    expect(JSON.stringify(errors)).not.toContain(nik);
  });

  it('uses the Indonesian a refinement carries, and zod’s English text when it carries none', async () => {
    const village = z
      .string()
      .refine(() => false, bilingual({ id: 'Kode desa tidak dikenal.', en: 'Unknown village.' }));
    expect((await errorsOf(village, 'x'))[0]?.message).toEqual({
      id: 'Kode desa tidak dikenal.',
      en: 'Unknown village.',
    });
    const plain = z.string().refine(() => false, 'Must be a known village');
    expect((await errorsOf(plain, 'x'))[0]?.message).toEqual({
      id: 'Must be a known village',
      en: 'Must be a known village',
    });
    const bare = z.string().refine(() => false);
    expect((await errorsOf(bare, 'x'))[0]).toMatchObject({
      code: 'custom',
      message: { id: 'Isian ini belum benar.' },
    });
  });

  it('falls back to zod’s English message in both languages for the rarer issues', async () => {
    const [error] = await errorsOf(z.union([z.string(), z.number()]), true);
    expect(error?.code).toBe('invalid_union');
    expect(error?.message.id).toBe(error?.message.en);
    expect(error?.message.en.length).toBeGreaterThan(0);
  });

  it('sums several problems up in one sentence and one alone in its own words', () => {
    const one = RequestInvalid.withErrors([
      { path: 'amount', code: 'too_small', message: { id: 'Paling kecil 1.', en: 'Must be at least 1.' } },
    ]);
    expect(one.text.id).toBe('Isian "amount" belum benar: Paling kecil 1. Perbaiki, lalu kirim lagi.');
    expect(one.code).toBe('REQUEST.INVALID');
    expect(one.kind).toBe('invalid');
    const two = RequestInvalid.withErrors([...one.errors, ...one.errors]);
    expect(two.text.en).toContain('2 values');
  });
});
