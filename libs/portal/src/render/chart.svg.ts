import { type Html, html } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader should read it: `Rp1.200.000`, `45`. */
  text: string;
}

interface ChartText {
  /** Unique on the page: the ids of <title> and <desc> derive from it. */
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two, for readers who cannot see it. */
  description: string;
}

const WIDTH = 400;
const ROW = 40;
const BAR_SPACE = 300;

const svgOpen = (chart: ChartText, height: number): Html =>
  html`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-labelledby="${chart.id}-t ${chart.id}-d"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${chart.id}-t">${chart.title}</title>
    <desc id="${chart.id}-d">${chart.description}</desc>
  </svg>`;

/** Horizontal bars, one per line with its label above it and its value beside it: readable at 360 px. */
export function barChart(chart: ChartText & { bars: Bar[] }): Html {
  const max = Math.max(1, ...chart.bars.map((bar) => bar.value));
  const height = chart.bars.length * ROW + 4;
  return html`${svgOpen(chart, height)}${chart.bars.map((bar, index) => {
    const y = index * ROW;
    const width = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * BAR_SPACE)) : 0;
    return html`<text x="0" y="${y + 14}">${bar.label}</text
      ><rect x="0" y="${y + 20}" width="${width}" height="14" fill="#0b4f8a" /><text
        x="${width + 6}"
        y="${y + 32}"
        >${bar.text}</text
      >`;
  })}</svg>`;
}

export interface ColumnGroup {
  /** Short, under the columns: `Jan`, `Q2`. */
  label: string;
  values: number[];
}

const SERIES_FILL = ['#0b4f8a', '#7fb2e0'];

/**
 * Columns side by side per group (money due and paid per month), the first series dark and the
 * second light with a dark outline; the legend and the numbers are in the HTML around it.
 */
export function columnChart(
  chart: ChartText & { groups: ColumnGroup[]; maxText: (max: number) => string },
): Html {
  const height = 200;
  const top = 22;
  const bottom = 176;
  const left = 4;
  const max = Math.max(1, ...chart.groups.flatMap((group) => group.values));
  const slot = (WIDTH - left) / Math.max(1, chart.groups.length);
  const series = Math.max(1, ...chart.groups.map((group) => group.values.length));
  const barWidth = Math.max(2, Math.floor((slot - 6) / series));
  return html`${svgOpen(chart, height)}<text x="${left}" y="14">${chart.maxText(max)}</text><line x1="${left}" y1="${top}" x2="${WIDTH}" y2="${top}" stroke="#c9c9c9" stroke-dasharray="4 3"/><line x1="${left}" y1="${bottom}" x2="${WIDTH}" y2="${bottom}" stroke="#1a1a1a"/>${chart.groups.map(
    (group, groupIndex) => {
      const x0 = left + groupIndex * slot + 3;
      return html`${group.values.map((value, index) => {
          const barHeight = value > 0 ? Math.max(1, Math.round((value / max) * (bottom - top))) : 0;
          return html`<rect
            x="${x0 + index * barWidth}"
            y="${bottom - barHeight}"
            width="${barWidth - 1}"
            height="${barHeight}"
            fill="${SERIES_FILL[index % 2]}"
            stroke="#0b4f8a"
            stroke-width="${index % 2 ? 1 : 0}"
          />`;
        })}<text x="${x0 + (slot - 6) / 2}" y="${bottom + 16}" text-anchor="middle">${group.label}</text>`;
    },
  )}</svg>`;
}
