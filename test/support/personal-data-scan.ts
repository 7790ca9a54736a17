import { maskNik } from '@saksi/events';
import { decoded, withoutColours } from './encoded-text.js';
import { datesIn } from './written-dates.js';

/** What a seeded person's data can be found as. */
export type PersonalKind = 'nik' | 'kk-number' | 'name' | 'contact' | 'birth-date';

export interface PersonalValue {
  kind: PersonalKind;
  value: string;
}

/** Where a personal value was found. The value itself is only ever shown masked. */
export interface Finding {
  source: string;
  /** 1-based line of the text (a Kafka message or a response body counts its own lines). */
  line: number;
  /** 1-based, in the line as scanned (terminal colour codes removed, or decoded for `encoded`). */
  column: number;
  kind: PersonalKind;
  /** `clear` as written; `encoded` only once URL, JSON or HTML escapes are undone. */
  form: 'clear' | 'encoded';
  masked: string;
  /** The few characters around it, with every NIK-like number and seeded name masked too. */
  context: string;
  /** The value as seeded, to count whom a scan found. Not enumerable, so no assertion prints it. */
  readonly value: string;
}

/** Separators people type inside long numbers: 3201 0159 0795 0035, 3201-0159-..., 32.01.01.590795.0035. */
const DIGIT_RUN = /\d(?:[\s._/\u00a0-]{0,3}\d)*/g;
/**
 * Finds seeded people's data written in clear anywhere in a text: NIK and KK numbers (also with
 * separators, URL-encoded, JSON-escaped or as HTML entities), full names (any case and spacing;
 * initials are what may be shown), contacts and full birth dates. What may legitimately leave the
 * log (a masked NIK, initials, a birth year, HMAC tokens) is not flagged.
 */
export class PersonalDataScanner {
  private readonly numbers = new Map<string, PersonalValue>();
  private readonly numberLengths: number[];
  /** Phone numbers, which are shorter: only as a whole number, never inside a longer one. */
  private readonly phones = new Map<string, PersonalValue>();
  private readonly longestPhone: number;
  private readonly words: RegExp | undefined;
  private readonly wordValues = new Map<string, PersonalValue>();
  private readonly dates = new Map<string, PersonalValue>();

  constructor(values: Iterable<PersonalValue>) {
    const words: string[] = [];
    for (const entry of values) {
      const digits = entry.value.replace(/\D/g, '');
      if (entry.kind === 'nik' || entry.kind === 'kk-number') this.numbers.set(digits, entry);
      else if (entry.kind === 'birth-date') this.dates.set(entry.value, entry);
      else if (entry.kind === 'contact' && isPhone(entry.value)) {
        this.phones.set(digits, entry);
        // The same number as +62 812..., the way it is dialled from abroad.
        if (digits.startsWith('0')) this.phones.set(`62${digits.slice(1)}`, entry);
      } else {
        this.wordValues.set(normalise(entry.value), entry);
        words.push(
          entry.value
            .trim()
            .split(/\s+/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+'),
        );
      }
    }
    this.numberLengths = [...new Set([...this.numbers.keys()].map((digits) => digits.length))];
    this.longestPhone = Math.max(0, ...[...this.phones.keys()].map((digits) => digits.length));
    // Longest first, so "Siti Aminah Lestari" is not reported as "Siti Aminah".
    words.sort((a, b) => b.length - a.length);
    this.words = words.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;
  }

  /** Every personal value in `text`, each line read as written and once more decoded. */
  scan(source: string, text: string): Finding[] {
    const findings: Finding[] = [];
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
      const clear = withoutColours(raw);
      const inClear = this.scanLine(clear);
      for (const hit of inClear) findings.push(this.finding(source, index + 1, clear, hit, 'clear'));
      const plain = decoded(clear);
      if (plain === clear) continue;
      const seen = new Set(inClear.map((hit) => hit.entry));
      for (const hit of this.scanLine(plain))
        if (!seen.has(hit.entry)) findings.push(this.finding(source, index + 1, plain, hit, 'encoded'));
    }
    return findings;
  }

  /** The text with each personal value masked (a line where one is only encoded is withheld whole). */
  redact(text: string): string {
    return text
      .split('\n')
      .map((raw) => {
        let line = withoutColours(raw);
        const hits = this.scanLine(line).sort((a, b) => b.start - a.start);
        if (this.scanLine(decoded(line)).length > hits.length) return '[line withheld]';
        let before = Infinity;
        for (const { entry, start, end } of hits) {
          if (end > before) continue; // overlaps one already masked
          line = `${line.slice(0, start)}[${entry.kind} ${maskValue(entry)}]${line.slice(end)}`;
          before = start;
        }
        return line;
      })
      .join('\n');
  }

  private scanLine(line: string): Hit[] {
    const hits: Hit[] = [];
    if (this.numbers.size + this.phones.size > 0)
      for (const run of line.matchAll(DIGIT_RUN)) hits.push(...this.numbersIn(run[0], run.index));
    if (this.dates.size > 0)
      for (const { iso, start, end } of datesIn(line)) {
        const entry = this.dates.get(iso);
        if (entry) hits.push({ entry, start, end });
      }
    if (this.words)
      for (const match of line.matchAll(this.words)) {
        const entry = this.wordValues.get(normalise(match[0]));
        if (entry) hits.push({ entry, start: match.index, end: match.index + match[0].length });
      }
    return hits;
  }

  private numbersIn(run: string, offset: number): Hit[] {
    const digits: string[] = [];
    const at: number[] = [];
    for (const [index, character] of [...run].entries())
      if (character >= '0' && character <= '9') {
        digits.push(character);
        at.push(offset + index);
      }
    const all = digits.join('');
    const hits: Hit[] = [];
    for (const length of this.numberLengths)
      for (let start = 0; start + length <= all.length; start++) {
        const entry = this.numbers.get(all.slice(start, start + length));
        if (entry) hits.push({ entry, start: at[start]!, end: at[start + length - 1]! + 1 });
      }
    if (this.phones.size > 0) {
      // A phone number counts only between separators: 0812-0000-0000 is one, 20240812000000001 is not.
      const bounds = [
        ...at.flatMap((position, index) => (index > 0 && at[index - 1]! + 1 < position ? [index] : [])),
        at.length,
      ];
      for (const [index, start] of [0, ...bounds.slice(0, -1)].entries())
        for (const end of bounds.slice(index)) {
          if (end - start > this.longestPhone) break;
          const entry = this.phones.get(all.slice(start, end));
          if (entry) hits.push({ entry, start: at[start]!, end: at[end - 1]! + 1 });
        }
    }
    return hits;
  }

  private finding(source: string, line: number, text: string, hit: Hit, form: Finding['form']): Finding {
    const masked = maskValue(hit.entry);
    const before = this.sanitise(text.slice(Math.max(0, hit.start - 24), hit.start));
    const after = this.sanitise(text.slice(hit.end, hit.end + 24));
    const finding = {
      source,
      line,
      column: hit.start + 1,
      kind: hit.entry.kind,
      form,
      masked,
      context: `${before}[${hit.entry.kind} ${masked}]${after}`,
    };
    return Object.defineProperty(finding, 'value', { value: hit.entry.value, enumerable: false }) as Finding;
  }

  /** A context fragment may hold another person's data: digits, e-mail addresses and seeded names go too. */
  private sanitise(fragment: string): string {
    const names = this.words ? fragment.replace(this.words, (name) => initials(name)) : fragment;
    return names
      .replace(/\S+@\S+/g, '…@…')
      .replace(/\d/g, '#')
      .replace(/\s+/g, ' ');
  }
}

interface Hit {
  entry: PersonalValue;
  start: number;
  end: number;
}

/** Shown instead of the value: the forms Saksi itself may show (masked NIK, initials, birth year). */
export function maskValue({ kind, value }: PersonalValue): string {
  switch (kind) {
    case 'nik':
    case 'kk-number':
      return maskNik(value.replace(/\D/g, ''));
    case 'name':
      return initials(value);
    case 'birth-date':
      return `${value.slice(0, 4)}-**-**`;
    case 'contact':
      return [...value]
        .map((character, index) =>
          index < 2 || index >= value.length - 2 || !/[\p{L}\p{N}]/u.test(character) ? character : '*',
        )
        .join('');
  }
}

/** One line per finding, every value masked: the test's own output is a log too. */
export function describeFindings(findings: readonly Finding[], limit = 20): string {
  const lines = findings
    .slice(0, limit)
    .map(
      (finding) =>
        `${finding.source}:${finding.line}:${finding.column} ${finding.kind} ${finding.masked} (${finding.form}): …${finding.context}…`,
    );
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join('\n');
}

function isPhone(contact: string): boolean {
  return /^\+?[\d\s().-]{8,}$/.test(contact.trim());
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join(' ');
}
