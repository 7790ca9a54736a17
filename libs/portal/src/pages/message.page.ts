import { type Html, html } from '../render/html.js';

/** A refusal or a notice as a page of its own: a heading, what happened, and where to go next. */
export function messagePage(
  heading: string,
  message: string,
  link?: { href: string; text: string },
): { title: string; body: Html } {
  return {
    title: heading,
    body: html`<h1>${heading}</h1>
      <p class="problem" role="alert">${message}</p>
      ${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : null}`,
  };
}
