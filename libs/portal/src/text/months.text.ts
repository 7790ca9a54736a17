import type { Bilingual, Lang } from './language.js';

const MONTHS: Bilingual<{ short: string[]; long: string[] }> = {
  id: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    long: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
  },
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
};

/** `2024-03` → "Maret 2024" / "March 2024". */
export function monthName(month: string, lang: Lang): string {
  const [year, number] = month.split('-');
  return `${MONTHS[lang].long[Number(number) - 1] ?? month} ${year}`;
}

/** `2024-03` → "Mar". */
export function monthShort(month: string, lang: Lang): string {
  return MONTHS[lang].short[Number(month.split('-')[1]) - 1] ?? month;
}

/** `2024-03-05` → "5 Maret 2024". */
export function dayName(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[lang].long[Number(month) - 1] ?? month} ${year}`;
}
