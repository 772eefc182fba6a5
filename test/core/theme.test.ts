import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import './test-element.js';

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const inner = (el: Element, sel = 'p') => getComputedStyle(el.shadowRoot!.querySelector(sel)!);
const transition = (el: Element) => inner(el, 'button').transitionDuration;
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 25, 30)';

describe('theme tokens', () => {
  const media = (features: { name: string; value: string }[]) => executeServerCommand('cg-media-features', features);
  afterEach(() => media([]));

  it('follows the host page’s color-scheme, light unless it says otherwise, whatever the system setting', async () => {
    const wrap = await fixture(html`<div>
      <cg-test-counter state-key="t1"></cg-test-counter>
      <div style="color-scheme: dark"><cg-test-counter state-key="t2"></cg-test-counter></div>
      <div style="color-scheme: light dark"><cg-test-counter state-key="t3"></cg-test-counter></div>
    </div>`);
    const [plain, hostDark, hostBoth] = wrap.querySelectorAll('cg-test-counter');
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      expect(bg(plain), `no color-scheme, system ${scheme}`).to.equal(WHITE);
      expect(bg(hostDark), `host dark, system ${scheme}`).to.equal(DARK);
      expect(bg(hostBoth), `host "light dark", system ${scheme}`).to.equal(scheme === 'dark' ? DARK : WHITE);
    }
    // The widget's own parts (the text inside) follow too, not only its background.
    expect(inner(hostDark).color).to.equal('rgb(233, 237, 241)');
  });

  it('lets theme override the host: light and dark set it, auto follows the reader’s system', async () => {
    const wrap = await fixture(html`<div>
      <div style="color-scheme: dark"><cg-test-counter state-key="t4" theme="light"></cg-test-counter></div>
      <cg-test-counter state-key="t5" theme="dark"></cg-test-counter>
      <cg-test-counter state-key="t6" theme="auto"></cg-test-counter>
    </div>`);
    const [light, dark, auto] = wrap.querySelectorAll('cg-test-counter');
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg(light)).to.equal(WHITE);
    expect(bg(dark)).to.equal(DARK);
    expect(bg(auto)).to.equal(DARK);
    await emulateMedia({ colorScheme: 'light' });
    expect(bg(dark)).to.equal(DARK);
    expect(bg(auto)).to.equal(WHITE);
  });

  it('lets a host page set a token, for one theme or both with light-dark()', async () => {
    const el = await fixture(html`<cg-test-counter state-key="t7" style="--cg-color-bg: rgb(1, 2, 3)"></cg-test-counter>`);
    expect(bg(el)).to.equal('rgb(1, 2, 3)');
    const both = await fixture(
      html`<div style="color-scheme: dark"><cg-test-counter state-key="t8" style="--cg-color-bg: light-dark(rgb(1, 1, 1), rgb(2, 2, 2))"></cg-test-counter></div>`,
    );
    expect(bg(both.firstElementChild!)).to.equal('rgb(2, 2, 2)');
  });

  it('hands colours to the system under forced colors, in light and dark', async () => {
    const wrap = await fixture(html`<div>
      <cg-test-counter state-key="t9" style="--cg-color-bg: rgb(1, 2, 3)"></cg-test-counter>
      <cg-test-counter state-key="t10" theme="dark"></cg-test-counter>
    </div>`);
    const [custom, dark] = wrap.querySelectorAll('cg-test-counter');
    // Chrome forces the host's own background anyway; the tokens are what the widgets' parts use.
    const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();
    await media([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
    expect(token(custom, '--_bg')).to.equal('Canvas');
    expect(token(custom, '--_accent')).to.equal('Highlight');
    await media([
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ]);
    expect(token(dark, '--_bg')).to.equal('Canvas');
    expect(token(custom, '--_fg')).to.equal('CanvasText');
  });

  it('stops transitions when the reader prefers reduced motion', async () => {
    const el = await fixture(html`<cg-test-counter state-key="t11"></cg-test-counter>`);
    expect(transition(el)).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(transition(el)).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});

describe('the font', () => {
  const family = (el: Element) => inner(el).fontFamily;

  it('is the system font stack where the page sets none, not the browser’s default serif', async () => {
    const el = await fixture(html`<cg-test-counter state-key="f1"></cg-test-counter>`);
    expect(getComputedStyle(document.body).fontFamily, 'this test page sets no font').to.equal('"Times New Roman"');
    expect(family(el)).to.match(/^system-ui, -apple-system, "Segoe UI"/);
  });

  it('is the host page’s font where it sets one, and --cg-font where that is set', async () => {
    const wrap = await fixture(html`<div style="font-family: Georgia, serif">
      <cg-test-counter state-key="f2"></cg-test-counter>
      <cg-test-counter state-key="f3" style="--cg-font: 'Liberation Mono', monospace"></cg-test-counter>
    </div>`);
    const [host, token] = wrap.querySelectorAll('cg-test-counter');
    expect(family(host)).to.equal('Georgia, serif');
    expect(family(token)).to.equal('"Liberation Mono", monospace');
    const bare = await fixture(html`<cg-test-counter state-key="f4" style="--cg-font: Lato"></cg-test-counter>`);
    expect(family(bare)).to.equal('Lato');
  });
});

describe('the host page’s text styles', () => {
  it('do not leak in: line-height, text-align, transform, weight and colour rules on the page stay outside', async () => {
    const host = await fixture(html`<div class="hostile">
      <style>
        .hostile { line-height: 40px; text-align: center; text-transform: uppercase; font-weight: 700; font-style: italic; text-indent: 3em; }
        .hostile * { color: rgb(255, 0, 255) !important; line-height: 3 !important; }
      </style>
      <cg-test-counter state-key="h1"></cg-test-counter>
    </div>`);
    const el = host.querySelector('cg-test-counter')!;
    const p = inner(el, 'p');
    const size = parseFloat(p.fontSize);
    expect(parseFloat(p.lineHeight)).to.be.closeTo(size * 1.5, 0.5);
    expect(p.textAlign).to.equal('start');
    expect(p.textTransform).to.equal('none');
    expect(p.fontWeight).to.equal('400');
    expect(p.fontStyle).to.equal('normal');
    expect(p.textIndent).to.equal('0px');
    expect(p.color).to.equal('rgb(27, 31, 36)');
  });

  it('let a reader’s own letter and word spacing in (WCAG 1.4.12 text spacing)', async () => {
    const host = await fixture(html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em">
      <cg-test-counter state-key="h2"></cg-test-counter>
    </div>`);
    const p = inner(host.querySelector('cg-test-counter')!, 'p');
    expect(parseFloat(p.letterSpacing)).to.be.above(1);
    expect(parseFloat(p.wordSpacing)).to.be.above(1);
  });
});
