import { escapeHtml } from '@saksi/projections';

/** Markup that is already safe: made only by the `html` tag below, never from a bare string. */
export class Html {
  private constructor(readonly markup: string) {}

  /** For markup this code wrote itself (an SVG path, a constant): never for text from a request or the log. */
  static trusted(markup: string): Html {
    return new Html(markup);
  }

  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

/**
 * Every page is written with this tag: each interpolated value is escaped (escapeHtml, the read
 * side's one helper) unless it is markup the tag itself produced, so forgetting to escape is not
 * possible. `null`, `undefined` and `false` render nothing, which keeps conditionals short.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = unindent(strings[0] ?? '');
  values.forEach((value, index) => {
    markup += render(value) + unindent(strings[index + 1] ?? '');
  });
  return Html.trusted(markup);
}

/**
 * Prettier indents the markup of these templates like code; the reader's phone need not download
 * the indentation. Only the template's own text loses it, never an interpolated value, and a line
 * break stays a line break, so what a browser renders is unchanged (Prettier leaves the inside of
 * <pre> and <textarea> unindented).
 */
function unindent(text: string): string {
  return text.replace(/\n[ \t]+/g, '\n');
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}
