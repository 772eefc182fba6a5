import { html, nothing, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import type { Messages } from '../../core/i18n/catalog.js';
import { MIN_FACTORS, type FitReading } from '../../model/form-fit.js';
import type { ContentPack } from '../../model/types.js';

/** The concepts the reading shows: that the conditions are not a score (always), and how the rule reads them. */
export const READING_CONCEPTS = ['conditions', 'fit-rule', 'blend'];

/** What the factors set can tell, in a sentence (see `formFit`). */
export function verdictText(pack: ContentPack, r: FitReading, fp: Messages['formPicker']): string {
  const name = (id: string) => pack.forms.find((f) => f.id === id)?.short ?? id;
  return r.verdict === 'none'
    ? fp.none(MIN_FACTORS)
    : r.verdict === 'too-few'
      ? fp.tooFew(MIN_FACTORS)
      : r.verdict === 'no-fit'
        ? fp.noFit
        : r.ties.length
          ? fp.tie(r.ties.map(name))
          : fp[r.verdict === 'good' ? 'best' : 'partial'](name(r.best!));
}

/**
 * The reading: the verdict (what the factors set can tell, see `formFit`); that Provan and Kenis's predictors are
 * conditions, not a score; each form's conditions met and one step off, and the factors it clashes with; how the
 * rule works, in a disclosure.
 */
export function renderReading(pack: ContentPack, r: FitReading, fp: Messages['formPicker']): TemplateResult {
  const factor = (id: string) => pack.factors.find((f) => f.id === id)?.name ?? id;
  const [note, rule] = READING_CONCEPTS.map((id) => pack.concepts.find((c) => c.id === id));
  const reads = r.verdict === 'good' || r.verdict === 'partial';
  const top = r.best ? [r.best] : r.ties;
  return html`<p class="verdict" role="status">
      ${verdictText(pack, r, fp)} ${r.missing.length && r.verdict !== 'none' ? fp.missing(r.missing.map(factor)) : ''}
    </p>
    ${note ? html`<p class="muted">${cited(pack, note.definition)}</p>` : nothing}
    ${reads || r.verdict === 'no-fit'
      ? html`<ul class="fits">
          ${pack.forms.map((f) => {
            const m = r.matches[f.id];
            if (!(f.id in r.fits)) return nothing;
            return html`<li class=${top.includes(f.id) ? 'top' : ''}>
              <span
                >${fp.fitOf(f.short, m.met.length, m.met.length + m.near.length + m.against.length, m.near.length)}
                ${m.against.length ? html`<strong class="against">${fp.against(m.against.map(factor))}</strong>` : nothing}</span
              >
              <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                <rect width=${Math.round(r.fits[f.id] * 100)} height="1"></rect>
              </svg>
            </li>`;
          })}
        </ul>`
      : nothing}
    ${rule ? html`<details class="about-fit"><summary>${fp.aboutFit}</summary><p>${cited(pack, rule.definition)}</p></details>` : nothing}`;
}
