import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from './i18n/catalog.js';

/**
 * Description on request, as PhET's simulations give it: every widget has a "Where am I?" button that says, in a
 * sentence or two, where the student stands (shown and announced once), and a "Keyboard help" disclosure listing
 * the keys of the widget in view. The widget supplies the words; this file the controls and their behaviour.
 */

/** A key (or keys) and what it does here. */
export type KeyHelp = readonly [keys: string, does: string];

/** A message for a live region, made different from the last one when the words are the same, so it is said again. */
export function fresh(previous: string, next: string): string {
  if (!next || next !== previous.replace(/\u00a0$/, '')) return next;
  return previous.endsWith('\u00a0') ? next : `${next}\u00a0`;
}

/**
 * Keeps the "Where am I?" summary: made when the student asks, and shown until their work next changes (a summary
 * of an earlier state would mislead), judged by the identity of `stamp()` (the widget's saved state object).
 */
export class WhereAmI {
  private text = '';
  private stampAt: unknown;

  constructor(
    private host: ReactiveControllerHost,
    private stamp: () => unknown,
  ) {}

  /** Says `summary` now (again if the student asks twice). */
  say(summary: string): void {
    this.text = fresh(this.text, summary);
    this.stampAt = this.stamp();
    this.host.requestUpdate();
  }

  /** The summary, while it still describes the work. */
  get current(): string {
    return this.text && this.stampAt === this.stamp() ? this.text : '';
  }
}

/**
 * The bar of help at the top of a widget: "Where am I?" (its answer below it, in a status region that is always in
 * the page, so it is announced) and the keyboard help for this view.
 */
export function helpBar(t: Messages['core'], where: WhereAmI, summary: () => string, keys: readonly KeyHelp[]): TemplateResult {
  const text = where.current;
  return html`<div class="help-bar">
    <button type="button" class="small where-btn" @click=${() => where.say(summary())}>${t.whereAmI}</button>
    <details class="keys" part="keyboard-help">
      <summary>${t.keyboardHelp}</summary>
      <dl>
        ${[...t.keysCommon, ...keys].map(([k, does]) => html`<dt>${k}</dt><dd>${does}</dd>`)}
      </dl>
    </details>
    <p class="where" aria-live="polite" part="where">${text || nothing}</p>
  </div>`;
}

export const describeStyles = css`
  .help-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    align-items: flex-start;
    margin-bottom: var(--_space-m);
  }
  .help-bar .keys {
    margin: 0;
  }
  .help-bar .keys[open] {
    flex-basis: 100%;
    order: 3;
  }
  .help-bar .keys dl {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
    font-size: var(--_text-s);
  }
  .help-bar .keys dt {
    font-weight: var(--_weight-strong);
    overflow-wrap: anywhere;
  }
  .help-bar .keys dd {
    margin: 0;
  }
  .help-bar .where {
    flex-basis: 100%;
    order: 2;
    margin: 0;
  }
  .help-bar .where:not(:empty) {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-soft);
  }
  @media (forced-colors: active) {
    .help-bar .where:not(:empty) {
      border-color: CanvasText;
    }
  }
`;
