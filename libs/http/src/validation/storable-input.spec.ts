import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { RequestInvalid } from './request-invalid.error.js';
import { MAX_INPUT_DEPTH, unstorableInput } from './storable-input.js';
import { ZodValidationPipe } from './zod-validation.pipe.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { a: value };
  return value;
};

describe('storable input', () => {
  it('accepts ordinary text, hostile as it may look', () => {
    const body = { name: "Robert'); DROP TABLE kpm;--", note: '<script>‮‎​</script> 😀', n: -0 };
    expect(unstorableInput(body, '')).toEqual([]);
  });

  it('names each NUL character and unpaired surrogate by its dotted path, keys included', () => {
    const body = { head: { name: 'Siti\u0000' }, members: [{ note: 'a\ud800' }], ['k\u0000']: 1 };
    expect(unstorableInput(body, '').map(({ path, code }) => [path, code])).toEqual(
      expect.arrayContaining([
        ['head.name', 'NUL_CHARACTER'],
        ['members.0.note', 'UNPAIRED_SURROGATE'],
        ['k\u0000', 'NUL_CHARACTER'],
      ]),
    );
  });

  it('refuses a number JSON cannot write back, which 1e309 parses to', () => {
    expect(unstorableInput(JSON.parse('{"fields":{"hamlet":1e309,"rt":-1e309}}'), '')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'fields.hamlet', code: 'NUMBER_NOT_FINITE' }),
        expect.objectContaining({ path: 'fields.rt', code: 'NUMBER_NOT_FINITE' }),
      ]),
    );
  });

  it('names a path parameter by its name', () => {
    expect(unstorableInput('a\udfff', 'kpmId')).toEqual([
      expect.objectContaining({ path: 'kpmId', code: 'UNPAIRED_SURROGATE' }),
    ]);
  });

  it('takes the deepest nesting the log can store and refuses one level more', () => {
    expect(unstorableInput(nested(MAX_INPUT_DEPTH), '')).toEqual([]);
    expect(unstorableInput(nested(MAX_INPUT_DEPTH + 1), '')).toEqual([
      expect.objectContaining({ code: 'TOO_DEEP' }),
    ]);
  });

  it('walks a value nested far deeper than the call stack without overflowing', () => {
    expect(unstorableInput(nested(500_000), '')).toHaveLength(1);
  });

  it('reports at most twenty problems however many there are', () => {
    expect(unstorableInput(Array(10_000).fill('\u0000'), '')).toHaveLength(20);
  });
});

describe('the validation pipe', () => {
  const pipe = new ZodValidationPipe();
  const schema = z.object({ fields: z.record(z.string(), z.unknown()) });

  it('refuses unstorable text before a schema that would let it through', async () => {
    const refusal = pipe.transform({ fields: { name: 'x\u0000' } }, { type: 'body', schema });
    await expect(refusal).rejects.toBeInstanceOf(RequestInvalid);
    await expect(refusal).rejects.toMatchObject({
      errors: [expect.objectContaining({ path: 'fields.name', code: 'NUL_CHARACTER' })],
    });
  });

  it('leaves custom decorators such as the Idempotency-Key alone', async () => {
    await expect(pipe.transform('a\u0000', { type: 'custom' })).resolves.toBe('a\u0000');
  });
});
