import type { FieldError } from '../problem/problem-details.js';

/** As deep as the log lets event data go (event-store's json-value.ts): deeper can never be recorded. */
export const MAX_INPUT_DEPTH = 32;
/** Enough to show an operator what to fix; a 1 MB body of NUL characters must not echo a 1 MB list. */
const MAX_REPORTED = 20;

const NUL: FieldError['message'] = {
  id: 'Isian ini memuat karakter NUL (\\u0000), yang tidak dapat disimpan. Hapus karakter itu, lalu kirim lagi.',
  en: 'This value holds a NUL character (\\u0000), which cannot be stored. Remove it and send again.',
};
const BROKEN_TEXT: FieldError['message'] = {
  id: 'Isian ini memuat teks Unicode yang rusak (surrogate tanpa pasangan). Ketik ulang teksnya, lalu kirim lagi.',
  en: 'This value holds broken Unicode text (an unpaired surrogate). Type the text again and send it.',
};
const NOT_FINITE: FieldError['message'] = {
  id: 'Angka ini terlalu besar untuk disimpan (di luar jangkauan angka JSON).',
  en: 'This number is too large to be stored (outside the range of JSON numbers).',
};
const TOO_DEEP: FieldError['message'] = {
  id: `Isi permintaan bersarang terlalu dalam (lebih dari ${MAX_INPUT_DEPTH} tingkat).`,
  en: `The request is nested too deeply (more than ${MAX_INPUT_DEPTH} levels).`,
};

/**
 * What no schema can be trusted to refuse and PostgreSQL cannot store: NUL characters (refused by
 * jsonb and text alike), unpaired surrogates (no UTF-8 exists for them; the driver would silently
 * store U+FFFD instead), numbers beyond a double (JSON's 1e309 parses to Infinity, which JSON
 * cannot write back: the canonical JSON behind idempotency throws on it) and nesting deeper than
 * the log allows (recursive code such as that canonical JSON runs out of stack on it). Walks without recursion, since the
 * value may be nested as deep as a 1 MB body allows. Returns one field error per problem found.
 */
export function unstorableInput(value: unknown, root: string): FieldError[] {
  const problems: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) problems.push({ path, ...problem });
      continue;
    }
    if (typeof current === 'number' && !Number.isFinite(current)) {
      problems.push({ path, code: 'NUMBER_NOT_FINITE', message: NOT_FINITE });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({ path, code: 'TOO_DEEP', message: TOO_DEEP });
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      // Dotted like zod's paths (members.0.birthDate), so a client reads both kinds alike.
      const itemPath = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) problems.push({ path: itemPath, ...keyProblem });
      stack.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return problems;
}

function textProblem(text: string): Omit<FieldError, 'path'> | undefined {
  if (text.includes('\u0000')) return { code: 'NUL_CHARACTER', message: NUL };
  if (!text.isWellFormed()) return { code: 'UNPAIRED_SURROGATE', message: BROKEN_TEXT };
  return undefined;
}
