import { css } from 'lit';

/**
 * The parts every widget shares, by `::part()` name, and the elements that carry them (CSS selectors inside the
 * widget's shadow root). Each widget adds its own elements to this map in its `*.styles.ts` (`static parts`).
 *
 * The names are given to the elements after every render (`applyParts`), so a template keeps its plain markup and
 * a state part (`button-pressed`) follows the state. The same names give the shared look below: one card, one
 * callout, one summary bar, one set of buttons in every widget.
 */
export type PartMap = Readonly<Record<string, string>>;

export const sharedParts: PartMap = {
  /** Every button. */
  button: 'button',
  /** The main action of a step (Check, Download my reflection). */
  'button-primary': 'button.primary',
  /** A button that toggles something on and off (`aria-pressed`). */
  'button-toggle': 'button[aria-pressed]',
  /** A toggle button that is on, or a choice that is chosen. */
  'button-pressed': "button[aria-pressed='true']",
  /** A collapsible explanation (`<details>`). */
  disclosure: 'details',
  /** The end of a scored mode (src/core/summary.ts). */
  summary: '.end-summary',
};

/** Merges part maps: a name in both gets both selectors. */
export function mergeParts(...maps: PartMap[]): PartMap {
  const out: Record<string, string> = {};
  for (const map of maps) for (const [name, sel] of Object.entries(map)) out[name] = out[name] ? `${out[name]}, ${sel}` : sel;
  return out;
}

/** Gives each element matching a part's selector that part name, and takes it from elements that no longer match. */
export function applyParts(root: ParentNode, map: PartMap): void {
  for (const [name, selector] of Object.entries(map)) {
    const want = new Set(root.querySelectorAll(selector));
    for (const el of root.querySelectorAll(`[part~='${name}']`)) if (!want.has(el)) el.part.remove(name);
    for (const el of want) el.part.add(name);
  }
}

/**
 * The shared look of the parts that are not controls. Rules select by part name, so each widget's element that
 * carries the part looks the same; a widget's own stylesheet (later, equally specific) may still adjust layout.
 */
export const partStyles = css`
  [part~='card'] {
    padding: var(--_space-m);
    margin-bottom: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_elevation-1);
  }
  [part~='callout'] {
    margin: var(--_space-s) 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_callout-edge, var(--_border));
    border-inline-start-width: 4px;
    border-radius: var(--_radius-s);
    background: var(--_callout-bg, var(--_bg));
  }
  [part~='callout'] > :last-child {
    margin-bottom: 0;
  }
  [part~='callout-good'] {
    --_callout-edge: var(--_good);
    --_callout-bg: var(--_good-soft);
  }
  [part~='callout-bad'] {
    --_callout-edge: var(--_bad);
    --_callout-bg: var(--_bad-soft);
  }
  [part~='callout-warn'] {
    --_callout-edge: var(--_warn);
    --_callout-bg: var(--_warn-soft);
  }
  [part~='callout-info'] {
    --_callout-edge: var(--_accent);
    --_callout-bg: var(--_bg);
  }
  [part~='summary'] {
    margin: var(--_space-m) 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_accent);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-s);
    background: var(--_accent-soft);
  }
  [part~='summary'] > :last-child {
    margin-bottom: 0;
  }
  [part~='disclosure'] {
    margin: var(--_space-s) 0;
  }
  @media (forced-colors: active) {
    [part~='callout'],
    [part~='summary'] {
      border-color: CanvasText;
    }
  }
`;
