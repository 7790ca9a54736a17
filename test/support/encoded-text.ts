// eslint-disable-next-line no-control-regex -- a terminal's colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** A log line without the colour codes Nest's logger puts around its parts. */
export function withoutColours(line: string): string {
  return line.includes('\u001b') ? line.replace(ANSI, '') : line;
}

/** The text once URL escapes, JSON string escapes, and HTML entities and tags are undone. */
export function decoded(line: string): string {
  let text = line;
  if (/%[0-9a-f]{2}|\+/i.test(text)) text = decodeUrl(text);
  if (text.includes('\\')) text = decodeJsonEscapes(text);
  if (/[&<]/.test(text)) text = decodeHtml(text);
  return text;
}

function decodeUrl(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      // Not UTF-8 (or cut short): byte by byte, which is what a Latin-1 reader would see.
      return escaped.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

const JSON_ESCAPES: Record<string, string> = {
  n: ' ',
  r: ' ',
  t: ' ',
  b: ' ',
  f: ' ',
  '/': '/',
  '"': '"',
  '\\': '\\',
};

function decodeJsonEscapes(text: string): string {
  return text.replace(/\\(u[0-9a-f]{4}|.)/gi, (escaped, code: string) =>
    code.length === 5 ? String.fromCharCode(parseInt(code.slice(1), 16)) : (JSON_ESCAPES[code] ?? escaped),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeHtml(text: string): string {
  // Tags go without a space: <b>Siti</b> Aminah reads as the name, two table cells do not.
  return text.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (!code.startsWith('#')) return ENTITIES[code.toLowerCase()] ?? entity;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return point <= 0x10ffff ? String.fromCodePoint(point) : entity;
  });
}
