import type { LogHead } from '@saksi/event-store';
import { wholeNumber } from '@saksi/projections';
import type { Session } from '../security/session.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';
import { type Html, html } from './html.js';
import { PORTAL_CSS_PATH } from './portal.css.js';
import { href, switchLanguage } from './url.js';

export interface Frame {
  lang: Lang;
  title: string;
  /** The request's own URL, for the link to the same page in the other language. */
  url: string;
  /** The log's head, read after the page's figures; every page publishes it. */
  head: LogHead;
  /** How far into the log the page's figures reach, when it shows figures. */
  reach?: number | undefined;
  session?: Session | undefined;
  body: Html;
}

/** The frame of every portal page: skip link, menu, language switch, content, and the log head. */
export function layout(frame: Frame): string {
  const { lang } = frame;
  const t = COMMON[lang];
  const other = lang === 'id' ? 'en' : 'id';
  const session = frame.session;
  const page = html`<html lang="${lang}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${frame.title} · ${t.site}</title>
      <link rel="stylesheet" href="${PORTAL_CSS_PATH}" />
    </head>
    <body>
      <a class="skip" href="#utama">${t.skip}</a>
      <header class="top">
        <a class="brand" href="${href('/', {}, lang)}">${t.site}</a>
        <nav aria-label="${t.nav}">
          <ul>
            <li><a href="${href('/cari', {}, lang)}">${t.search}</a></li>
            <li><a href="${href('/aduan', {}, lang)}">${t.grievance}</a></li>
            ${
              session
                ? html`<li><a href="${href('/pengawasan', {}, lang)}">${t.oversight}</a></li>
                    <li>
                      <form method="post" action="${href('/keluar', {}, lang)}">
                        <input type="hidden" name="_csrf" value="${session.csrf}" /><button type="submit">
                          ${t.logout}
                        </button>
                      </form>
                    </li>`
                : html`<li><a href="${href('/masuk', {}, lang)}">${t.login}</a></li>`
            }
            <li>
              <a href="${switchLanguage(frame.url, lang)}" hreflang="${other}" lang="${other}"
                >${t.switchTo}</a
              >
            </li>
          </ul>
        </nav>
      </header>
      <main id="utama">${frame.body}</main>
      ${logHead(frame)}
    </body>
  </html>`;
  return `<!doctype html>\n${page.markup}\n`;
}

function logHead(frame: Frame): Html {
  const t = COMMON[frame.lang].head;
  const n = (value: number) => wholeNumber(value, frame.lang);
  return html`<footer class="log">
    <h2>${t.heading}</h2>
    ${frame.reach === undefined ? null : html`<p>${t.reach(n(frame.reach))}</p>`}
    <p>${t.head(n(frame.head.position))} <code>${frame.head.hash}</code>.</p>
    <p>${t.verify}</p>
    <pre><code>npx saksi verify --expect ${frame.head.position}:${frame.head.hash}</code></pre>
  </footer>`;
}
