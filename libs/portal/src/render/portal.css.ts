import { createHash } from 'node:crypto';

/**
 * The portal's one style sheet: system fonts, no images, readable on a small phone and in print.
 * Colours pass WCAG AA against white (the darkest blue is 8.6:1, the grey text 7:1); bars carry
 * their numbers as text so that colour never carries meaning alone.
 */
export const PORTAL_CSS = `
*{box-sizing:border-box}
html{color:#1a1a1a;background:#fff;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;font-size:1rem;line-height:1.5}
a{color:#0b4f8a}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,[tabindex]:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:2}
.top{background:#0b3d66;color:#fff;padding:.5rem 1rem}
.top a,.top button{color:#fff}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none;margin-right:1rem}
.top nav ul{list-style:none;margin:.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.top form{display:inline}
.top button{background:none;border:0;padding:0;margin:0;font:inherit;text-decoration:underline;cursor:pointer}
main{max-width:52rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid #0b3d66}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem;font-size:.9rem}
.crumbs li+li::before{content:"›";margin-right:.25rem;color:#555}
.lead{font-size:1.05rem}
.muted{color:#4d4d4d;font-size:.9rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #c9c9c9;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #1a1a1a}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
figure{margin:.75rem 0}
figcaption{font-size:.9rem;color:#4d4d4d}
svg.chart{width:100%;height:auto;max-width:40rem;display:block}
svg.chart text{font-family:inherit;font-size:13px;fill:#1a1a1a}
.key{display:inline-block;width:.8em;height:.8em;margin-right:.25em;vertical-align:-.05em}
.k1{background:#0b4f8a}.k2{background:#7fb2e0;border:1px solid #0b4f8a}
.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem}
.cards li{border:1px solid #c9c9c9;border-radius:4px;padding:.5rem}
.big{display:block;font-size:1.35rem;font-weight:700;overflow-wrap:anywhere}
form.stack label{display:block;font-weight:600;margin-top:.75rem}
form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
form.inline label{display:flex;flex-direction:column;font-size:.9rem}
input,select,textarea{font:inherit;padding:.4rem;border:1px solid #555;border-radius:3px;max-width:100%}
textarea{width:100%;min-height:8rem}
input[type=text],input[type=password],input[type=search]{width:100%;max-width:28rem}
button,.button{font:inherit;background:#0b4f8a;color:#fff;border:0;border-radius:3px;padding:.5rem 1rem;cursor:pointer;margin-top:.75rem;text-decoration:none;display:inline-block}
.hint{font-weight:400;color:#4d4d4d;font-size:.9rem;display:block}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.notice{border-left:4px solid #0b4f8a;background:#eef4fa;padding:.5rem 1rem;margin:1rem 0}
.problem{border-left:4px solid #a30000;background:#fbeeee;padding:.5rem 1rem;margin:1rem 0}
.code{font-family:ui-monospace,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:1.6rem;letter-spacing:.1em}
code,pre{font-family:ui-monospace,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:.85rem;overflow-wrap:anywhere}
pre{white-space:pre-wrap;background:#f3f3f3;padding:.5rem}
ol.events{list-style:none;padding:0}
ol.events>li{border-top:1px solid #c9c9c9;padding:.5rem 0}
dl.data{display:grid;grid-template-columns:max-content 1fr;gap:0 .75rem;margin:.25rem 0;font-size:.9rem}
dl.data dt{color:#4d4d4d}dl.data dd{margin:0;overflow-wrap:anywhere}
.actions{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))}
.actions form{border:1px solid #c9c9c9;border-radius:4px;padding:.5rem 1rem}
footer.log{max-width:52rem;margin:2rem auto 0;padding:1rem;border-top:2px solid #0b3d66;font-size:.9rem}
@media print{.top,.skip,form,footer.log{display:none}main{max-width:none}a{color:#000}}
`;

/** The style sheet's address changes with its content, so browsers may keep it for a year. */
export const PORTAL_CSS_PATH = `/aset/saksi.${createHash('sha256').update(PORTAL_CSS).digest('hex').slice(0, 12)}.css`;
