import type { BilingualMessage } from '@saksi/errors';
import type { FieldError } from '../problem/problem-details.js';
import { issuePath, type SchemaIssue } from './schema-issue.js';

type Details = Record<string, unknown>;

const TYPE_NAMES: Record<string, BilingualMessage> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  bigint: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak (true atau false)', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  tuple: { id: 'daftar', en: 'a list' },
  object: { id: 'objek', en: 'an object' },
  record: { id: 'objek', en: 'an object' },
  date: { id: 'tanggal', en: 'a date' },
  null: { id: 'kosong (null)', en: 'null' },
};

const FORMAT_NAMES: Record<string, BilingualMessage> = {
  email: { id: 'alamat email', en: 'an email address' },
  url: { id: 'alamat web (URL)', en: 'a web address (URL)' },
  uuid: { id: 'UUID', en: 'a UUID' },
  guid: { id: 'UUID', en: 'a UUID' },
  datetime: {
    id: 'tanggal dan jam ISO 8601, misalnya 2024-03-01T08:00:00Z',
    en: 'an ISO 8601 date and time, e.g. 2024-03-01T08:00:00Z',
  },
  date: { id: 'tanggal TTTT-BB-HH, misalnya 2024-03-01', en: 'a date YYYY-MM-DD, e.g. 2024-03-01' },
  time: { id: 'jam JJ:MM:DD, misalnya 08:30:00', en: 'a time HH:MM:SS, e.g. 08:30:00' },
  duration: { id: 'lama waktu ISO 8601', en: 'an ISO 8601 duration' },
};

const NOT_VALID: BilingualMessage = { id: 'Isian ini belum benar.', en: 'This value is not valid.' };
/** zod's default text for a refinement without a message of its own. */
const ZOD_DEFAULT_MESSAGE = 'Invalid input';

/**
 * One issue as a field error with a plain sentence in both languages. The sentence never repeats
 * the value that was sent (it may be personal data). `input` is the whole validated value: zod
 * reports a missing field as a wrong type, and only the input tells the two apart.
 */
export function fieldError(issue: SchemaIssue, input?: unknown): FieldError {
  const path = issuePath(issue);
  return {
    path: path.map(String).join('.'),
    code: issue.code ?? 'invalid',
    message: issueMessage(issue, isMissing(input, path)),
  };
}

/** zod reports an absent field as whatever its schema expected: a type, a choice, a union. */
const MISSING_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

export function issueMessage(issue: SchemaIssue, missing = false): BilingualMessage {
  const details = issue as unknown as Details;
  if (missing && issue.code !== undefined && MISSING_CODES.has(issue.code)) {
    return { id: 'Wajib diisi.', en: 'This is required.' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(details);
    case 'too_small':
      return bound(details, 'minimum') ?? both(issue.message);
    case 'too_big':
      return bound(details, 'maximum') ?? both(issue.message);
    case 'invalid_format':
      return invalidFormat(details);
    case 'invalid_value':
      return invalidValue(details['values']);
    case 'unrecognized_keys': {
      const keys = (details['keys'] as unknown[] | undefined)?.map(String).join(', ') ?? '';
      return {
        id: `Isian ini tidak dikenal: ${keys}. Hapus atau periksa ejaannya.`,
        en: `Unknown field(s): ${keys}. Remove them or check the spelling.`,
      };
    }
    case 'not_multiple_of':
      return {
        id: `Harus kelipatan ${number(details['divisor'], 'id')}.`,
        en: `Must be a multiple of ${number(details['divisor'], 'en')}.`,
      };
    case 'custom':
      return custom(issue.message, details['params']);
    default:
      return both(issue.message);
  }
}

function invalidType(details: Details): BilingualMessage {
  const expected = String(details['expected']);
  const name = TYPE_NAMES[expected];
  return name
    ? { id: `Harus berupa ${name.id}.`, en: `Must be ${name.en}.` }
    : { id: `Jenis isian salah: seharusnya ${expected}.`, en: `Wrong type: expected ${expected}.` };
}

/** too_small / too_big, by what is being measured (`origin`). */
function bound(details: Details, side: 'minimum' | 'maximum'): BilingualMessage | undefined {
  const limit = details[side];
  if (typeof limit !== 'number' && typeof limit !== 'bigint') return undefined;
  const exact = details['exact'] === true;
  const inclusive = details['inclusive'] !== false;
  const min = side === 'minimum';
  const n = { id: number(limit, 'id'), en: number(limit, 'en') };
  switch (details['origin']) {
    case 'string':
      if (min && Number(limit) === 1 && !exact) return { id: 'Wajib diisi.', en: 'This must not be empty.' };
      return counted(n, { id: 'karakter', en: 'characters' }, exact, min);
    case 'array':
    case 'set':
      if (min && Number(limit) === 1 && !exact)
        return { id: 'Daftar ini tidak boleh kosong.', en: 'This list must not be empty.' };
      return counted(n, { id: 'butir', en: 'items' }, exact, min);
    case 'file':
      return counted(n, { id: 'bita', en: 'bytes' }, exact, min);
    case 'number':
    case 'int':
    case 'bigint':
      if (min)
        return inclusive
          ? { id: `Paling kecil ${n.id}.`, en: `Must be at least ${n.en}.` }
          : { id: `Harus lebih dari ${n.id}.`, en: `Must be more than ${n.en}.` };
      return inclusive
        ? { id: `Paling besar ${n.id}.`, en: `Must be at most ${n.en}.` }
        : { id: `Harus kurang dari ${n.id}.`, en: `Must be less than ${n.en}.` };
    case 'date': {
      const day = new Date(Number(limit)).toISOString();
      return min
        ? { id: `Tidak boleh sebelum ${day}.`, en: `Must not be before ${day}.` }
        : { id: `Tidak boleh sesudah ${day}.`, en: `Must not be after ${day}.` };
    }
    default:
      return undefined;
  }
}

function counted(
  n: BilingualMessage,
  unit: BilingualMessage,
  exact: boolean,
  min: boolean,
): BilingualMessage {
  if (exact) return { id: `Harus tepat ${n.id} ${unit.id}.`, en: `Must be exactly ${n.en} ${unit.en}.` };
  return min
    ? { id: `Paling sedikit ${n.id} ${unit.id}.`, en: `Must have at least ${n.en} ${unit.en}.` }
    : { id: `Paling banyak ${n.id} ${unit.id}.`, en: `Must have at most ${n.en} ${unit.en}.` };
}

function invalidFormat(details: Details): BilingualMessage {
  const format = String(details['format']);
  switch (format) {
    case 'starts_with':
      return quoted('Harus diawali dengan', 'Must start with', details['prefix']);
    case 'ends_with':
      return quoted('Harus diakhiri dengan', 'Must end with', details['suffix']);
    case 'includes':
      return quoted('Harus memuat', 'Must contain', details['includes']);
    case 'regex':
      return { id: 'Bentuk isian ini tidak sesuai.', en: 'This value does not have the required form.' };
    default: {
      const name = FORMAT_NAMES[format] ?? { id: format, en: format };
      return { id: `Harus berupa ${name.id}.`, en: `Must be ${name.en}.` };
    }
  }
}

function invalidValue(values: unknown): BilingualMessage {
  const list = Array.isArray(values) ? values.map((value) => JSON.stringify(value) ?? String(value)) : [];
  if (list.length === 1) return { id: `Harus bernilai ${list[0]}.`, en: `Must be ${list[0]}.` };
  return { id: `Pilih salah satu: ${list.join(', ')}.`, en: `Choose one of: ${list.join(', ')}.` };
}

/** A refinement may carry its Indonesian text in `params.messageId` (see `bilingual()`). */
function custom(message: string, params: unknown): BilingualMessage {
  const id = (params as { messageId?: unknown } | undefined)?.messageId;
  if (typeof id === 'string') return { id, en: message };
  return message === ZOD_DEFAULT_MESSAGE ? NOT_VALID : both(message);
}

function quoted(id: string, en: string, value: unknown): BilingualMessage {
  return { id: `${id} "${String(value)}".`, en: `${en} "${String(value)}".` };
}

function both(message: string): BilingualMessage {
  return { id: message, en: message };
}

function number(value: unknown, language: keyof BilingualMessage): string {
  if (typeof value !== 'number' && typeof value !== 'bigint') return String(value);
  return value.toLocaleString(language === 'id' ? 'id-ID' : 'en-US');
}

/** Whether the value at `path` is absent from the input (as opposed to present with a wrong type). */
function isMissing(input: unknown, path: PropertyKey[]): boolean {
  if (path.length === 0) return input === undefined;
  let current: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1) as PropertyKey;
  return (
    current !== null &&
    typeof current === 'object' &&
    (!Object.hasOwn(current, last) || (current as Record<PropertyKey, unknown>)[last] === undefined)
  );
}
