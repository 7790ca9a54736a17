const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'february', 'feb'],
    ['maret', 'march', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'agu', 'aug'],
    ['september', 'sep'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['desember', 'december', 'des', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);
const MONTH = Object.keys(MONTHS).join('|');

type Parts = (match: RegExpExecArray) => [year: string, month: string, day: string];

/** ISO (also inside a timestamp), day-month-year with - / or ., and months written out (id, en). */
const FORMS: readonly [RegExp, Parts][] = [
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => [m[1]!, m[2]!, m[3]!]],
  // Not inside a village code: 11.01.01.2001 holds no date.
  [/(?<![\d.])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g, (m) => [m[3]!, m[2]!, m[1]!]],
  [
    new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${MONTH})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    (m) => [m[3]!, monthNumber(m[2]!), m[1]!],
  ],
  [
    new RegExp(`(?<!\\p{L})(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'giu'),
    (m) => [m[3]!, monthNumber(m[1]!), m[2]!],
  ],
];

export interface WrittenDate {
  /** YYYY-MM-DD, whatever form it was written in. */
  iso: string;
  start: number;
  end: number;
}

/** Every date written in the text, in any form a page, a CSV file or a log line uses. */
export function datesIn(text: string): WrittenDate[] {
  return FORMS.flatMap(([pattern, parts]) =>
    [...text.matchAll(pattern)].map((match) => {
      const [year, month, day] = parts(match);
      return {
        iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
        start: match.index,
        end: match.index + match[0].length,
      };
    }),
  );
}

function monthNumber(name: string): string {
  return String(MONTHS[name.toLowerCase()] ?? 0);
}
