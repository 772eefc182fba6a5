/**
 * The system font stack where the host page gives no font.
 *
 * A page that sets no `font-family` (a bare page, the iframe and SCORM launch pages, Storybook) leaves the browser's
 * default, a serif (Times New Roman); a page that sets one (Moodle, Canvas, WordPress themes) should be matched. The
 * two are told apart by comparing the font the widget inherits with what `font-family: initial` computes to on the
 * same page: equal means the page said nothing. Then one shared stylesheet is added to the widget's shadow root:
 * `:host { font-family: var(--cg-font, <system stack>) }`. `--cg-font` on the element or an ancestor always wins.
 *
 * Checked when the widget connects and again when the page has loaded (a stylesheet may arrive late).
 */
let systemSheet: CSSStyleSheet | null | undefined;
let defaultFont: string | undefined;

function sheet(): CSSStyleSheet | null {
  if (systemSheet !== undefined) return systemSheet;
  try {
    systemSheet = new CSSStyleSheet();
    systemSheet.replaceSync(':host{font-family:var(--cg-font,var(--_font-system))}');
  } catch {
    systemSheet = null;
  }
  return systemSheet;
}

/**
 * What the browser's own default font computes to on this page: read once, from a probe put in the widget's own
 * shadow root for the moment of reading (never painted, and the host page's DOM is not touched).
 */
function browserDefault(root: ShadowRoot): string {
  if (defaultFont === undefined) {
    const probe = document.createElement('span');
    probe.style.setProperty('font-family', 'initial', 'important');
    root.append(probe);
    defaultFont = getComputedStyle(probe).fontFamily;
    probe.remove();
  }
  return defaultFont;
}

/** The font the element inherits: its parent's (a shadow root's host's), not its own. */
function inheritedFont(el: Element): string | undefined {
  const parent = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host as Element | undefined);
  return parent && getComputedStyle(parent).fontFamily;
}

/** Whether the page gives `el` (a connected element with a shadow root) a font of its own, not the browser's default. */
export function hostGivesFont(el: Element): boolean {
  const font = inheritedFont(el);
  return !!el.shadowRoot && font !== undefined && font !== browserDefault(el.shadowRoot);
}

/** Adds or removes the system-font sheet on `el`'s shadow root, by whether the host page gives a font. */
export function applyFontFallback(el: Element): void {
  const root = el.shadowRoot;
  const s = sheet();
  if (!root || !s || !('adoptedStyleSheets' in root)) return;
  const want = !hostGivesFont(el);
  const has = root.adoptedStyleSheets.includes(s);
  if (want && !has) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
  else if (!want && has) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== s);
}

/** Checks now and, if the page is still loading, once more when it has loaded. */
export function watchFont(el: Element): void {
  applyFontFallback(el);
  if (document.readyState !== 'complete') addEventListener('load', () => el.isConnected && applyFontFallback(el), { once: true });
}
