/**
 * Print first: A4, black on white (a village office prints in black and white), no colour carrying
 * meaning, tables that do not split across pages, and system fonts only (no external assets).
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt;
  line-height: 1.35; max-width: 178mm; margin: 8mm auto; padding: 0 4mm; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #000;
  break-after: avoid; page-break-after: avoid; }
p { margin: 4pt 0 8pt; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0 10pt; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 3pt; }
th, td { border: 0.75pt solid #000; padding: 3pt 6pt; vertical-align: top; }
thead th { border-bottom: 1.5pt solid #000; text-align: left; }
thead th + th { text-align: right; }
th[scope="row"] { text-align: left; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
a { color: #000; text-decoration: underline; text-decoration-style: dotted; }
footer { margin-top: 18pt; padding-top: 4pt; border-top: 1.5pt solid #000; font-size: 9.5pt; break-inside: avoid; }
code, pre { font-family: "Liberation Mono", "DejaVu Sans Mono", "Courier New", monospace; font-size: 9pt; }
code { overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; border: 0.75pt solid #000; padding: 4pt 6pt; margin: 4pt 0 8pt; }
@media print { body { margin: 0; padding: 0; max-width: none; } a { text-decoration: none; } }
`;
