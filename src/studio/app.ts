/**
 * `<cg-studio>`: the lecturer's studio. One page, in order: the content (default or imported), the activity's
 * settings, the live preview, the content's forms, and the exports. Light DOM, so the page's own styles apply.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { ContentPack } from '../model/types.js';
import { jsonIssue, parsePath } from '../model/issues.js';
import { languageName } from '../core/i18n/format.js';
import { settle, type Activity } from './activity.js';
import { activityPanel, attributeNames } from './activity-panel.js';
import { authorPanel, locate } from './author-panel.js';
import { check, type Checked } from './checking.js';
import { mergedOf, type Collection } from './content.js';
import { Draft, emptyState } from './draft.js';
import { exportPanel } from './export-panel.js';
import { fit, previewPage, WIDTHS } from './preview.js';
import { s, useStrings } from './strings.js';
import { keepLanguage, studioStrings } from './studio-languages.js';
import type { ExportContext } from './exports.js';
import type { PackIssue } from '../model/types.js';

export class CgStudio extends LitElement {
  static override properties = {
    width: { state: true },
    collection: { state: true },
    selected: { state: true },
    importIssue: { state: true },
    message: { state: true },
  };

  draft = new Draft();
  width: keyof typeof WIDTHS = 'phone';
  collection: Collection | 'readings' = 'cases';
  selected = '';
  importIssue?: PackIssue;
  message = '';
  private merged: ContentPack = mergedOf(this.draft.state.pack);
  private checked: Checked = check(this.draft.state.pack, document.documentElement.lang);
  private checkedFor: unknown = this.draft.state.pack;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private previewFor = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    // The page's "Loading the studio…" goes once the studio renders.
    this.replaceChildren();
    super.connectedCallback();
    this.draft.addEventListener('change', () => this.refresh());
    addEventListener('keydown', this.keys);
    addEventListener('resize', () => this.fitFrame());
  }

  private keys = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || (e.target as HTMLElement).matches?.('input[type=text], textarea, input[type=url]')) return;
    if (e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) this.draft.redo();
      else this.draft.undo();
    } else if (e.key.toLowerCase() === 'y') {
      e.preventDefault();
      this.draft.redo();
    }
  };

  private refresh(): void {
    const pack = this.draft.state.pack;
    if (pack !== this.checkedFor) {
      this.checkedFor = pack;
      this.merged = mergedOf(pack);
      this.checked = check(pack, document.documentElement.lang);
    }
    this.requestUpdate();
  }

  private get context(): ExportContext {
    const st = this.draft.state;
    const activity = settle(st.activity, this.merged);
    return {
      activity,
      pack: st.pack,
      allowed: attributeNames(activity.widget),
      base: st.base,
      caseName: this.merged.cases.find((c) => c.id === activity.case)?.name,
    };
  }

  private announce(message: string): void {
    this.message = '';
    setTimeout(() => (this.message = message), 30);
  }

  private setPack(next: Record<string, unknown>, key: string): void {
    this.draft.change({ ...this.draft.state, pack: next }, key);
  }

  private setActivity(next: Activity, key: string): void {
    this.draft.change({ ...this.draft.state, activity: next }, key);
  }

  private choose(collection: Collection | 'readings', id: string, focus = false): void {
    this.collection = collection;
    this.selected = id;
    if (focus) void this.updateComplete.then(() => this.querySelector<HTMLElement>('#editor-title')?.focus());
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    let pack: unknown;
    try {
      pack = JSON.parse(text);
    } catch (error) {
      this.importIssue = jsonIssue(text, error, file.name, document.documentElement.lang);
      this.announce(s.importFailed(file.name));
      return;
    }
    if (!pack || typeof pack !== 'object' || Array.isArray(pack)) {
      this.importIssue = { path: file.name, message: s.notAnObject };
      return;
    }
    this.importIssue = undefined;
    this.draft.change({ ...this.draft.state, pack: pack as Record<string, unknown> }, '');
    const n = this.checked.issues.length;
    this.announce(n ? s.importedWithProblems(file.name, n) : s.imported(file.name));
  }

  private startAfresh(): void {
    if (!confirm(s.confirmAfresh)) return;
    this.importIssue = undefined;
    this.draft.change({ ...emptyState(), base: this.draft.state.base }, '');
    this.selected = '';
    this.announce(s.startedAfresh);
  }

  protected override updated(): void {
    const x = this.context;
    const page = previewPage(x);
    if (page === this.previewFor) return this.fitFrame();
    this.previewFor = page;
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      const frame = this.querySelector<HTMLIFrameElement>('#preview-frame');
      if (!frame) return;
      frame.srcdoc = page;
    }, 350);
  }

  private fitFrame(): void {
    const frame = this.querySelector<HTMLIFrameElement>('#preview-frame');
    if (frame) fit(frame, WIDTHS[this.width]);
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const issues = this.checked.issues;
    if (!issues.length) return nothing;
    return html`<div class="problems" role="region" aria-labelledby="problems-title">
      <h3 id="problems-title">${s.problemsTitle(issues.length)}</h3>
      <ul>
        ${issues.slice(0, 50).map((i) => {
          const at = locate(parsePath(i.path), this.draft.state.pack);
          const words = html`<strong>${i.where ?? i.path}</strong>: ${i.message}`;
          return html`<li>${at ? html`<a href="#author" @click=${(e: Event) => { e.preventDefault(); this.choose(at[0], at[1], true); }}>${words}</a>` : words}</li>`;
        })}
      </ul>
    </div>`;
  }

  /**
   * The studio's own language, when it speaks more than one: each named in itself, under a label in every one of
   * them (so a lecturer finds it whatever the studio speaks now).
   */
  private renderLanguages(): TemplateResult | typeof nothing {
    const langs = Object.keys(studioStrings);
    if (langs.length < 2) return nothing;
    const now = document.documentElement.lang;
    const choose = (e: Event) => {
      const l = (e.target as HTMLSelectElement).value;
      useStrings(studioStrings[l]!);
      document.documentElement.lang = l;
      keepLanguage(l);
      this.checked = check(this.draft.state.pack, l);
      this.requestUpdate();
    };
    return html`<p class="ui-lang"><label>Language · Iaith · 言語
      <select @change=${choose}>${langs.map((l) => html`<option value=${l} lang=${l} ?selected=${l === now}>${languageName(l, l)}</option>`)}</select></label></p>`;
  }

  protected override render(): TemplateResult {
    const st = this.draft.state;
    const x = this.context;
    const pack = st.pack;
    const own = Object.keys(pack).length;
    return html`
      <a class="skip" href="#preview">${s.skipToPreview}</a>
      <header class="top">
        <div>
          <h1>${s.title}</h1>
          <p>${s.intro}</p>
        </div>
        <div class="toolbar" role="toolbar" aria-label=${s.editTools}>
          <button type="button" ?disabled=${!this.draft.canUndo} @click=${() => this.draft.undo()} aria-keyshortcuts="Control+Z">${s.undo}</button>
          <button type="button" ?disabled=${!this.draft.canRedo} @click=${() => this.draft.redo()} aria-keyshortcuts="Control+Y">${s.redo}</button>
        </div>
        <p class="hint">${this.draft.storageProblem ? s.draftNotKept : s.draftKept}</p>
        ${this.renderLanguages()}
      </header>
      <nav aria-label=${s.steps}><ol>
        <li><a href="#content">${s.stepContent}</a></li><li><a href="#activity">${s.stepActivity}</a></li>
        <li><a href="#preview">${s.stepPreview}</a></li><li><a href="#author">${s.stepAuthor}</a></li><li><a href="#export">${s.stepExport}</a></li>
      </ol></nav>
      <main class="layout">
        <section id="content" aria-labelledby="h-content">
            <h2 id="h-content">${s.stepContent}</h2>
            <p>${own ? s.contentOwn : s.contentDefault}</p>
            <div class="buttons">
              <label class="button" for="import">${s.importPack}</label>
              <input id="import" class="visually-hidden" type="file" accept=".json,application/json" @change=${(e: Event) => void this.importFile(e.target as HTMLInputElement)} />
              <button type="button" @click=${() => this.startAfresh()}>${s.startAfresh}</button>
            </div>
            ${this.importIssue
              ? html`<div class="field-error" role="alert"><p><strong>${s.importFailed(this.importIssue.path)}</strong></p>
                  <p>${this.importIssue.where ? html`${this.importIssue.where}: ` : nothing}${this.importIssue.message}</p>
                  ${this.importIssue.excerpt !== undefined ? html`<pre class="excerpt">${this.importIssue.excerpt}\n${' '.repeat(Math.max(0, (this.importIssue.column ?? 1) - 1))}^</pre>` : nothing}</div>`
              : nothing}
            ${this.renderProblems()}
          </section>
        <section id="activity" aria-labelledby="h-activity">
            <h2 id="h-activity">${s.stepActivity}</h2>
            ${activityPanel({ activity: x.activity, merged: this.merged, pack, setActivity: (a, k) => this.setActivity(a, k) })}
          </section>
        <section id="preview" aria-labelledby="h-preview" tabindex="-1">
            <h2 id="h-preview">${s.stepPreview}</h2>
            <fieldset class="widths"><legend>${s.previewWidth}</legend>
              ${(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]).map(
                (w) => html`<label><input type="radio" name="width" value=${w} .checked=${this.width === w} @change=${() => (this.width = w)} /> ${s.widths[w]}</label>`,
              )}
            </fieldset>
            <div class="frame-box"><iframe id="preview-frame" title=${s.previewFrame} @load=${() => this.fitFrame()}></iframe></div>
          </section>
        <section id="author" aria-labelledby="h-author">
            <h2 id="h-author">${s.stepAuthor}</h2>
            <p>${s.authorIntro}</p>
            ${authorPanel({
              pack,
              merged: this.merged,
              checked: this.checked,
              collection: this.collection,
              selected: this.selected,
              setPack: (p, k) => this.setPack(p, k),
              choose: (c, id, f) => this.choose(c, id, f),
              announce: (m) => this.announce(m),
            })}
          </section>
        <section id="export" aria-labelledby="h-export">
            <h2 id="h-export">${s.stepExport}</h2>
            ${exportPanel({ context: x, problems: this.checked.issues.length, setBase: (b) => this.draft.set(['base'], b), announce: (m) => this.announce(m) })}
          </section>
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.message}</p>`;
  }
}
