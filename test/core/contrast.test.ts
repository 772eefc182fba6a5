// WCAG 1.4.11 (non-text contrast), measured on the rendered widgets: every control's edge, every slider's track
// edge and thumb ring (placed or not), every card's border and every focus ring reaches 3:1 against what is behind
// it, in every mode, in the light and the dark theme. Colours are the browser's computed values.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';

type Rgba = [number, number, number, number];

function parse(c: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(c);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(c);
  if (!m) throw new Error(`unparsed colour ${c}`);
  return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
}
const lum = ([r, g, b]: Rgba) =>
  [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a: Rgba, b: Rgba) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/** The opaque background behind an element: the nearest ancestor (across the shadow boundary) that paints one. */
function behind(el: Element): Rgba {
  for (let n: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null); n; ) {
    const c = parse(getComputedStyle(n).backgroundColor);
    if (c[3] > 0.99) return c;
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return [255, 255, 255, 1];
}
const own = (el: Element) => parse(getComputedStyle(el).backgroundColor);
/** The element's opacity times its ancestors' (a faded part is seen blended with what is behind it). */
function opacity(el: Element): number {
  let o = 1;
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null)
    o *= parseFloat(getComputedStyle(n).opacity);
  return o;
}
/** A colour as seen at `alpha` over `bg`. */
const over = (c: Rgba, bg: Rgba, alpha: number): Rgba => [0, 1, 2].map((i) => c[i] * alpha + bg[i] * (1 - alpha)).concat(1) as Rgba;
// Rendered: not hidden, and not inside a closed <details> (whose content keeps its boxes in Chromium).
const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);

interface Finding {
  what: string;
  ratio: number;
}

/** Every non-text part of a widget, with its contrast against what is behind it. */
function measure(root: ShadowRoot): Finding[] {
  const out: Finding[] = [];
  const add = (what: string, el: Element, colour: Rgba, against = behind(el)) =>
    out.push({ what: `${what} ${label(el)}`, ratio: ratio(over(colour, against, opacity(el)), against) });
  for (const b of root.querySelectorAll('button')) {
    if (!visible(b) || b.disabled || b.getAttribute('aria-disabled') === 'true') continue;
    // A button is found by its edge, or by its own fill where it has one (primary, pressed).
    const edge = ratio(parse(getComputedStyle(b).borderTopColor), behind(b));
    const fill = ratio(own(b), behind(b));
    out.push({ what: `button edge/fill ${label(b)}`, ratio: Math.max(edge, fill) });
  }
  for (const f of root.querySelectorAll('textarea, select, input[type=text]')) if (visible(f)) add('field border', f, parse(getComputedStyle(f).borderTopColor));
  for (const c of root.querySelectorAll("[part~='card']")) if (visible(c)) add('card border', c, parse(getComputedStyle(c).borderTopColor));
  for (const s of root.querySelectorAll<HTMLInputElement>('.bipolar input[type=range]')) {
    // The track's edge and the thumb's ring are the input's colour (pseudo-elements have no computed style).
    if (visible(s)) add(s.classList.contains('unset') ? 'unplaced slider' : 'slider', s, parse(getComputedStyle(s).color));
  }
  return out;
}

function label(el: Element): string {
  return `<${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
}

/** Focuses one control of each kind and measures its focus ring against what is behind it. */
async function focusRings(el: HTMLElement): Promise<Finding[]> {
  const root = el.shadowRoot!;
  const out: Finding[] = [];
  const kinds = ['button', '.bipolar input[type=range]', 'textarea', 'select', 'input[type=radio]', 'summary', '.own'];
  for (const sel of kinds) {
    const target = [...root.querySelectorAll<HTMLElement>(sel)].find((t) => visible(t) && !t.matches(':disabled'));
    if (!target) continue;
    // Keyboard focus, so :focus-visible applies.
    target.focus({ focusVisible: true } as FocusOptions);
    await new Promise((r) => requestAnimationFrame(r));
    const cs = getComputedStyle(target);
    const colour = target.localName === 'g' ? parse(getComputedStyle(target.querySelector('.halo')!).stroke) : parse(cs.outlineColor);
    if (target.localName !== 'g' && cs.outlineStyle === 'none') out.push({ what: `no focus ring ${label(target)}`, ratio: 0 });
    else out.push({ what: `focus ring ${label(target)}`, ratio: ratio(colour, behind(target)) });
    target.blur();
  }
  return out;
}

const CASES = [
  '<cg-form-picker case="city-governance"></cg-form-picker>',
  '<cg-form-picker mode="quiz"></cg-form-picker>',
  '<cg-table-comparator></cg-table-comparator>',
  '<cg-table-comparator mode="sort"></cg-table-comparator>',
  '<cg-table-comparator mode="case" case="lsp"></cg-table-comparator>',
  '<cg-tension-sliders case="lsp" tensions="goals,trust"></cg-tension-sliders>',
  '<cg-tension-sliders mode="compare" case="lsp" tensions="goals,trust,leadership"></cg-tension-sliders>',
];

describe('non-text contrast (WCAG 1.4.11), as rendered', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => localStorage.clear());

  for (const scheme of ['light', 'dark']) {
    for (const markup of CASES) {
      it(`${scheme}: ${markup}`, async () => {
        const wrap = await fixture<HTMLDivElement>(`<div style="color-scheme: ${scheme}; width: 900px">${markup}</div>`);
        const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        // Every disclosure open, so the controls inside are measured too.
        for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        await new Promise((r) => requestAnimationFrame(r));
        const found = [...measure(el.shadowRoot!), ...(await focusRings(el))];
        expect(found.length, 'parts measured').to.be.above(3);
        const low = found.filter((f) => f.ratio < 3).map((f) => `${f.what}: ${f.ratio.toFixed(2)}:1`);
        expect(low).to.deep.equal([]);
      });
    }
  }

  it('measures an unplaced slider in case mode and in the tension sliders', async () => {
    for (const markup of [CASES[4], '<cg-tension-sliders tensions="goals"></cg-tension-sliders>']) {
      const wrap = await fixture<HTMLDivElement>(`<div style="width: 900px">${markup}</div>`);
      const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const found = measure(el.shadowRoot!).filter((f) => f.what.startsWith('unplaced slider'));
      expect(found.length).to.be.above(0);
      for (const f of found) expect(f.ratio, f.what).to.be.at.least(3);
    }
  });
});
