/** The activity's settings: widget, mode, case (only those that suit the mode) and every attribute the widget declares. */
import { html, nothing, type TemplateResult } from 'lit';
import attributes from 'virtual:cg-attributes';
import type { ContentPack } from '../model/types.js';
import { WIDGETS, widgetNames, type WidgetName } from '../lms/widgets.js';
import { casesFor, needsCase, settle, stateKeyOf, usesCase, type Activity } from './activity.js';
import { s } from './strings.js';

/** Attributes with their own control here, or none (`src`: the studio carries the content inline). */
const OWN = ['mode', 'case', 'src', 'state-key'];
const ADVANCED = ['activity-id', 'lrs-endpoint', 'lrs-auth', 'actor-mbox'];
/** Attributes that matter in one mode only. */
const ONLY_IN: Record<string, string[]> = { feedback: ['sort'], 'sort-by': ['sort'], grading: ['quiz', 'sort'], attempts: ['quiz', 'sort'] };
/** The values offered where the declared type does not list them. */
const OPTIONS: Record<string, string[]> = { lang: ['en', 'ja', 'cy'], grading: ['best', 'last', 'first'], attempts: ['1', '2', '3', '5'] };

export const declared = (widget: string) => attributes[widget] ?? [];
/** The names of the attributes a widget declares. */
export const attributeNames = (widget: string) => declared(widget).map((a) => a.name);

export interface ActivityHost {
  activity: Activity;
  merged: ContentPack;
  pack: object;
  setActivity(next: Activity, key: string): void;
}

const literals = (type: string) => [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

function attributeControl(h: ActivityHost, name: string, type: string, description: string): TemplateResult {
  const a = h.activity;
  const value = a.attrs[name] ?? '';
  const set = (v: string) => h.setActivity({ ...a, attrs: { ...a.attrs, [name]: v } }, `attr-${name}`);
  const id = `attr-${name}`;
  const known = s.attributes[name as keyof typeof s.attributes] as { label: string; hint: string; unset?: string } | undefined;
  const label = known?.label ?? name;
  const hint = known?.hint ?? description;
  if (name === 'tensions') {
    const chosen = value ? value.split(',').map((x) => x.trim()).filter(Boolean) : [];
    const toggle = (tid: string, on: boolean) => {
      const next = h.merged.tensions.map((t) => t.id).filter((t) => (t === tid ? on : chosen.includes(t)));
      set(next.join(','));
    };
    return html`<fieldset class="field"><legend>${label}</legend><p class="hint">${hint}</p>
      <ul class="checks">${h.merged.tensions.map(
        (t) => html`<li><label><input type="checkbox" .checked=${chosen.includes(t.id)} @change=${(e: Event) => toggle(t.id, (e.target as HTMLInputElement).checked)} /> ${t.name}</label></li>`,
      )}</ul></fieldset>`;
  }
  if (type === 'boolean') {
    return html`<div class="field"><label><input id=${id} type="checkbox" .checked=${value === 'true'}
      @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? 'true' : '')} /> ${label}</label><p class="hint">${hint}</p></div>`;
  }
  const options = OPTIONS[name] ?? literals(type);
  if (options.length) {
    return html`<div class="field"><label for=${id}>${label}</label><p class="hint" id=${`${id}-hint`}>${hint}</p>
      <select id=${id} aria-describedby=${`${id}-hint`} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${known?.unset ?? s.widgetDefault}</option>
        ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${s.values[o as keyof typeof s.values] ?? o}</option>`)}
      </select></div>`;
  }
  return html`<div class="field"><label for=${id}>${label}</label><p class="hint" id=${`${id}-hint`}>${hint}</p>
    <input id=${id} type="text" spellcheck="false" .value=${value} aria-describedby=${`${id}-hint`} @input=${(e: Event) => set((e.target as HTMLInputElement).value.trim())} /></div>`;
}

export function activityPanel(h: ActivityHost): TemplateResult {
  const a = h.activity;
  const modes = WIDGETS[a.widget].modes as readonly string[];
  const fit = casesFor(h.merged, a.widget, a.mode);
  const required = needsCase(a.widget, a.mode);
  const change = (next: Partial<Activity>, key: string) => h.setActivity(settle({ ...a, ...next }, h.merged), key);
  const attrs = declared(a.widget).filter((x) => !OWN.includes(x.name) && (!ONLY_IN[x.name] || ONLY_IN[x.name]!.includes(a.mode)));
  return html`
    <div class="field"><label for="widget">${s.widget}</label>
      <select id="widget" @change=${(e: Event) => change({ widget: (e.target as HTMLSelectElement).value as WidgetName, mode: '' }, 'widget')}>
        ${widgetNames.map((w) => html`<option value=${w} ?selected=${w === a.widget}>${s.widgets[w]}</option>`)}
      </select></div>
    <div class="field"><label for="mode">${s.mode}</label><p class="hint" id="mode-hint">${s.modeHints[`${a.widget}/${a.mode}` as keyof typeof s.modeHints]}</p>
      <select id="mode" aria-describedby="mode-hint" @change=${(e: Event) => change({ mode: (e.target as HTMLSelectElement).value }, 'mode')}>
        ${modes.map((m) => html`<option value=${m} ?selected=${m === a.mode}>${s.modes[m as keyof typeof s.modes] ?? m}</option>`)}
      </select></div>
    ${usesCase(a.widget, a.mode)
      ? html`<div class="field"><label for="case">${s.case}</label><p class="hint" id="case-hint">${required ? s.caseRequired : s.caseOptional[`${a.widget}/${a.mode}` as keyof typeof s.caseOptional]}</p>
          ${fit.length
            ? html`<select id="case" aria-describedby="case-hint" @change=${(e: Event) => change({ case: (e.target as HTMLSelectElement).value }, 'case')}>
                ${required ? nothing : html`<option value="" ?selected=${!a.case}>${s.noCase}</option>`}
                ${fit.map((c) => html`<option value=${c.id} ?selected=${c.id === a.case}>${c.name}</option>`)}
              </select>`
            : html`<p class="field-error" id="case">${s.noFittingCase}</p>`}
        </div>`
      : nothing}
    ${attrs.filter((x) => !ADVANCED.includes(x.name)).map((x) => attributeControl(h, x.name, x.type, x.description))}
    <details class="advanced"><summary>${s.advanced}</summary>
      <div class="field"><label for="attr-state-key">${s.stateKey}</label><p class="hint" id="state-key-hint">${s.stateKeyHint}</p>
        <input id="attr-state-key" type="text" spellcheck="false" placeholder=${stateKeyOf({ ...a, attrs: { ...a.attrs, 'state-key': '' } }, h.pack)}
          .value=${a.attrs['state-key'] ?? ''} aria-describedby="state-key-hint"
          @input=${(e: Event) => h.setActivity({ ...a, attrs: { ...a.attrs, 'state-key': (e.target as HTMLInputElement).value.trim() } }, 'attr-state-key')} /></div>
      ${attrs.filter((x) => ADVANCED.includes(x.name)).map((x) => attributeControl(h, x.name, x.type, x.description))}
    </details>`;
}
