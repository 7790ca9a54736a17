import { type Html, html } from '../render/html.js';
import { href } from '../render/url.js';
import type { Lang } from '../text/language.js';
import { OVERSIGHT } from '../text/oversight.text.js';

/** `/masuk`: paste an access key. The form carries a signed token like every other POST form. */
export function loginPage(
  lang: Lang,
  token: string,
  next: string,
  problem?: string,
): { title: string; body: Html } {
  const t = OVERSIGHT[lang].login;
  return {
    title: t.heading,
    body: html`<h1>${t.heading}</h1>
      <p>${t.intro}</p>
      ${problem ? html`<p class="problem" role="alert">${problem}</p>` : null}
      <form class="stack" method="post" action="${href('/masuk', {}, lang)}">
        <input type="hidden" name="t" value="${token}" />
        <input type="hidden" name="lanjut" value="${next}" />
        <label for="kunci">${t.key} <span class="hint" id="kunci-hint">${t.keyHint}</span></label>
        <input
          type="password"
          id="kunci"
          name="kunci"
          required
          autocomplete="off"
          spellcheck="false"
          aria-describedby="kunci-hint"
        />
        <button type="submit">${t.button}</button>
      </form>`,
  };
}
