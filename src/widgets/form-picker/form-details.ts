import { html, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import type { Cited, ContentPack, GovernanceForm } from '../../model/types.js';
import type { Messages } from '../../core/i18n/catalog.js';
import type { Punctuation } from '../../core/i18n/format.js';

const items = (pack: ContentPack, list: Cited[]) => html`<ul>${list.map((c) => html`<li>${cited(pack, c)}</li>`)}</ul>`;

/**
 * What a student should know about one form: description, strengths, weaknesses, where it leans on each
 * Provan–Kenis tension (group `provan-kenis`), and its moves to other forms (most likely first).
 */
export function formDetails(pack: ContentPack, form: GovernanceForm, t: Messages['formPicker'], p: Punctuation): TemplateResult {
  const name = (id: string) => pack.forms.find((f) => f.id === id)?.short ?? id;
  const order = ['common', 'possible', 'rare'];
  const moves = pack.evolution
    .filter((e) => e.from === form.id)
    .sort((a, b) => order.indexOf(a.likelihood) - order.indexOf(b.likelihood));
  const leanings = pack.tensions.flatMap((tension) => {
    if (tension.group !== 'provan-kenis') return [];
    const l = tension.leanings?.find((x) => x.form === form.id);
    const pole = tension.poles.find((p) => p.id === l?.pole);
    return l && (pole || l.pole === undefined) ? [{ tension, pole, l }] : [];
  });
  return html`<h3>${t.formHeading(form.name)}</h3>
    <p>${cited(pack, form.description)}</p>
    <div class="cols">
      <div><h4>${t.strengths}</h4>${items(pack, form.strengths)}</div>
      <div><h4>${t.weaknesses}</h4>${items(pack, form.weaknesses)}</div>
    </div>
    ${leanings.length
      ? html`<details class="more"><summary>${t.tensionsHeading}</summary>
          <dl class="leanings">
            ${leanings.map(
              ({ tension, pole, l }) => html`<dt>${tension.name}</dt>
                <dd><strong>${pole ? t.leansTo(pole.label) : t.middle}</strong> ${cited(pack, l.text)}</dd>`,
            )}
          </dl></details>`
      : ''}
    <details class="more"><summary>${t.evolutionHeading}</summary>
    ${moves.length
      ? html`<ul class="moves">
          ${moves.map(
            (m) => html`<li><span class="tag ${m.likelihood}">${t.likelihood[m.likelihood]}</span> ${t.towards(name(m.to))}${p.colon}${cited(pack, m.text)}</li>`,
          )}
        </ul>`
      : html`<p class="muted">${t.noEvolution}</p>`}
    </details>`;
}
