import { describe, expect, it } from '@jest/globals';
import { Html, html } from './html.js';
import { publicNotice } from './public-notice.js';

describe('the html tag', () => {
  it('escapes every interpolated value, attributes included', () => {
    const name = `"><script>alert('x')</script>&`;
    expect(html`<a title="${name}">${name}</a>`.toString()).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  it('keeps markup it made itself, joins lists and leaves out what is absent', () => {
    const items = ['<b>', 'c'].map((item) => html`<li>${item}</li>`);
    const list = html`<ul>
        ${items}
      </ul>
      ${null}${undefined}${false}${0}`;
    // The template's indentation is dropped, its line breaks kept.
    expect(list.toString()).toBe('<ul>\n<li>&lt;b&gt;</li><li>c</li>\n</ul>\n0');
    expect(html`${Html.trusted('<br>')}`.toString()).toBe('<br>');
  });
});

describe('public notice', () => {
  it('leaves out reasons, dates of death and free text, keeping figures and decisions', () => {
    expect(
      publicNotice({
        kpmId: 'a2',
        reason: 'Pindah domisili',
        amount: 300_000,
        nested: [{ note: 'x', period: '2024-01' }],
        dateOfDeath: '2024-05-01',
      }),
    ).toEqual({ kpmId: 'a2', amount: 300_000, nested: [{ period: '2024-01' }] });
  });
});
