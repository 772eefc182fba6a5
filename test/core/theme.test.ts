import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import './test-element.js';

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const transition = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('button')!).transitionDuration;

describe('theme tokens', () => {
  const media = (features: { name: string; value: string }[]) => executeServerCommand('cg-media-features', features);
  afterEach(() => media([]));

  it('is light by default, dark with theme="dark" or a dark system setting, and theme="light" wins over it', async () => {
    const wrap = await fixture(html`<div>
      <cg-test-counter state-key="t1"></cg-test-counter>
      <cg-test-counter state-key="t2" theme="dark"></cg-test-counter>
      <cg-test-counter state-key="t3" theme="light"></cg-test-counter>
    </div>`);
    const [plain, dark, light] = wrap.querySelectorAll('cg-test-counter');
    await emulateMedia({ colorScheme: 'light' });
    expect(bg(plain)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).to.equal('rgb(21, 25, 30)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg(plain)).to.equal('rgb(21, 25, 30)');
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
  });

  it('lets a host page set a token', async () => {
    const el = await fixture(html`<cg-test-counter state-key="t4" style="--cg-color-bg: rgb(1, 2, 3)"></cg-test-counter>`);
    expect(bg(el)).to.equal('rgb(1, 2, 3)');
  });

  it('hands colours to the system under forced colors, in light and dark', async () => {
    const wrap = await fixture(html`<div>
      <cg-test-counter state-key="t5" style="--cg-color-bg: rgb(1, 2, 3)"></cg-test-counter>
      <cg-test-counter state-key="t6" theme="dark"></cg-test-counter>
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
    const el = await fixture(html`<cg-test-counter state-key="t6"></cg-test-counter>`);
    expect(transition(el)).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(transition(el)).to.equal('0s');
  });
});
