/** The language of a printed report: Indonesian unless English is asked for. */
export type ReportLanguage = 'id' | 'en';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every interpolated string goes through here, attribute values (URLs) included. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** 1200000 → "1.200.000" in Indonesian, "1,200,000" in English. */
export function wholeNumber(value: number, language: ReportLanguage): string {
  const digits = String(Math.abs(Math.round(value))).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    language === 'id' ? '.' : ',',
  );
  return value < 0 ? `-${digits}` : digits;
}

/** Rupiah as Indonesians write them: Rp1.200.000 (no space, dots between thousands, no decimals). */
export function rupiah(value: number, language: ReportLanguage): string {
  return value < 0 ? `-Rp${wholeNumber(-value, language)}` : `Rp${wholeNumber(value, language)}`;
}

/** A number with at most one decimal, with the language's decimal mark: 1,5 / 1.5. */
export function decimal(value: number, language: ReportLanguage): string {
  const rounded = Math.round(value * 10) / 10;
  const [whole, fraction] = Math.abs(rounded).toFixed(1).split('.') as [string, string];
  const text = `${wholeNumber(Number(whole), language)}${fraction === '0' ? '' : `${language === 'id' ? ',' : '.'}${fraction}`}`;
  return rounded < 0 ? `-${text}` : text;
}

/** A share (0-1) as a percentage: 0.1778 → "17,8%". */
export function percent(share: number, language: ReportLanguage): string {
  return `${decimal(share * 100, language)}%`;
}

/** An instant as the clock on the village office wall shows it (Western Indonesia Time). */
export function wibTime(instant: Date): string {
  return `${new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} WIB`;
}
