import { decimal, percent, rupiah, toCsv, wholeNumber } from '@saksi/projections';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';
import { type Html, html } from './html.js';

export type CellKind = 'count' | 'rupiah' | 'share' | 'days' | 'text';

export interface Cell {
  value: number | string | null;
  /** The figure's provenance, or the page of the area a row stands for. */
  href?: string | undefined;
  /** When one cell of a column is another kind of number (a share among amounts). */
  kind?: CellKind;
}

export interface Column {
  /** Stable, for the CSV header: `kpm.active`, `payments.paid`. */
  key: string;
  label: string;
  kind: CellKind;
}

export interface Row {
  key: string;
  label: string;
  href?: string | undefined;
  cells: Cell[];
}

/**
 * Numbers as a page shows them and as its CSV gives them: one model for both, so the table beside
 * a chart and the file a journalist downloads cannot disagree.
 */
export interface DataTable {
  /** Names the CSV (`?csv=<id>`). */
  id: string;
  caption: string;
  rowHeader: string;
  columns: Column[];
  rows: Row[];
}

const DASH = '—';

export function formatCell(value: number | string | null, kind: CellKind, lang: Lang): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'count':
      return wholeNumber(value, lang);
    case 'rupiah':
      return rupiah(value, lang);
    case 'share':
      return percent(value, lang);
    case 'days':
      return `${decimal(value, lang)} ${COMMON[lang].days}`;
    case 'text':
      return String(value);
  }
}

export function tableHtml(table: DataTable, lang: Lang, csvHref?: string): Html {
  const numeric = (kind: CellKind) => kind !== 'text';
  // The region's name differs from its section's heading, or two landmarks would share one name.
  return html`<div
      class="scroll"
      role="region"
      aria-label="${COMMON[lang].tableOf(table.caption)}"
      tabindex="0"
    >
      <table id="tabel-${table.id}">
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${table.rowHeader}</th>
            ${table.columns.map(
              (column) =>
                html`<th scope="col" ${numeric(column.kind) ? html` class="n"` : null}>${column.label}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.href ? html`<a href="${row.href}">${row.label}</a>` : row.label}</th>
                ${row.cells.map((cell, index) => {
                  const kind = cell.kind ?? table.columns[index]?.kind ?? 'text';
                  const text = formatCell(cell.value, kind, lang);
                  const content =
                    cell.href && cell.value !== null ? html`<a href="${cell.href}">${text}</a>` : text;
                  return html`<td${numeric(kind) ? html` class="n"` : null}>${content}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${csvHref ? html`<p class="muted"><a href="${csvHref}" download>${COMMON[lang].csv}</a></p>` : null}`;
}

/** The table's numbers unformatted, with stable keys and the labels of the page's language. */
export function tableCsv(table: DataTable): string {
  const columns = ['item', 'label', ...table.columns.map((column) => column.key)];
  return toCsv(
    columns,
    table.rows.map((row) => ({
      item: row.key,
      label: row.label,
      ...Object.fromEntries(
        table.columns.map((column, index) => [column.key, row.cells[index]?.value ?? null]),
      ),
    })),
  );
}
