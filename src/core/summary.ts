import { css, html, nothing, type TemplateResult } from 'lit';
import { canRetry, completed, gradeOf, type Grading, type Score } from '../model/attempts.js';
import type { Messages } from './i18n/catalog.js';
import type { LiveText } from './live.js';

/** An item of the summary: its label and the id of the element to go back to (in the widget's shadow root). */
export interface SummaryItem {
  label: string;
  target: string;
}

export interface SummaryOptions {
  core: Messages['core'];
  /** This attempt's score, and whether every item is answered. */
  score: Score;
  complete: boolean;
  /** Items answered right, and those to revisit, in the order the student met them. */
  right: SummaryItem[];
  revisit: SummaryItem[];
  previous: readonly Score[];
  grading: Grading;
  /** Attempts allowed (Infinity: no limit). */
  allowed: number;
  /** The widget's: whether the student pressed "Try again" and is being asked to confirm. */
  ask: { asking: boolean };
  /** The widget's live region. */
  live: LiveText;
  /** Focuses the first element matching a selector after the next render (and asks for that render). */
  focus(selector: string): void;
  /** Starts the next attempt; false when it was refused. */
  start(): boolean;
  /** What takes the focus in the new attempt. */
  first: string;
}

const links = (o: SummaryOptions, items: SummaryItem[]) =>
  html`<ul class="summary-items">
    ${items.map(
      (i) => html`<li>
        <a
          href="#${i.target}"
          @click=${(e: Event) => {
            e.preventDefault();
            o.focus(`#${i.target}`);
          }}
          >${i.label}</a
        >
      </li>`,
    )}
  </ul>`;

/**
 * The end of a scored mode: where the student finishes. Shown once every item is answered: the attempt's score, what
 * was right and what to revisit (links that take the focus to each item), the grade by the lecturer's `grading`, and
 * "Try again" while attempts are left, which asks before it clears anything (WCAG 3.3.4). The heading takes the
 * focus when the attempt ends (`.end-summary h3`, tabindex -1).
 */
export function endSummary(o: SummaryOptions): TemplateResult | typeof nothing {
  if (!o.complete) return nothing;
  const c = o.core;
  const n = o.previous.length + 1;
  const done = completed(o.previous, o.score, true);
  const grade = gradeOf(done, o.grading)!;
  const retry = canRetry(o.previous, true, o.allowed);
  const ask = (asking: boolean, say: string, focus: string) => {
    o.ask.asking = asking;
    if (say) o.live.say(say);
    o.focus(focus);
  };
  const cancel = () => ask(false, c.retryKept, '.end-summary .retry');
  const confirm = () => (o.start() ? ask(false, c.retryStarted(n + 1), o.first) : ask(false, '', 'h2'));
  return html`<section class="end-summary" aria-labelledby="end-h">
    <h3 id="end-h" tabindex="-1">${c.summaryHeading(n)}</h3>
    <p><strong>${c.summaryScore(o.score.raw, o.score.max)}</strong></p>
    ${o.right.length ? html`<p>${c.summaryRight}</p>${links(o, o.right)}` : html`<p>${c.summaryNoneRight}</p>`}
    ${o.revisit.length ? html`<p>${c.summaryRevisit}</p>${links(o, o.revisit)}` : html`<p>${c.summaryAllRight}</p>`}
    <p class="grade">${c.grade(o.grading, grade.raw, grade.max, done.length)}</p>
    ${o.previous.length ? html`<p class="muted">${c.earlier(o.previous.map((s) => c.scoreOf(s.raw, s.max)).join(', '))}</p>` : nothing}
    ${retry
      ? o.ask.asking
        ? html`<div class="confirm-retry" role="group" aria-labelledby="retry-ask" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && cancel()}>
            <p id="retry-ask">${c.retryAsk(n + 1, o.score.raw, o.score.max, o.grading)}</p>
            <button type="button" class="primary retry-yes" @click=${confirm}>${c.retryYes(n + 1)}</button>
            <button type="button" class="retry-no" @click=${cancel}>${c.retryNo}</button>
          </div>`
        : html`<button type="button" class="retry" @click=${() => ask(true, '', '.retry-yes')}>${c.retry}</button>`
      : Number.isFinite(o.allowed)
        ? html`<p class="muted">${c.noAttemptsLeft}</p>`
        : nothing}
  </section>`;
}

export const summaryStyles = css`
  .summary-items {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25rem;
  }
  .summary-items li {
    margin: 0.15rem 0;
  }
  .summary-items a {
    display: inline-block;
    vertical-align: top;
    min-height: 24px;
    color: inherit;
  }
  .confirm-retry {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-top: var(--_space-s);
  }
  .confirm-retry p {
    flex: 1 1 100%;
    margin: 0;
  }
`;
