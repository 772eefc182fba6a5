import { LitElement, html, render, type PropertyValues, type TemplateResult, nothing } from 'lit';
import { explainIn, loadChecks, loadEnglish } from './checks.js';
import type { ContentPack, PackIssue, PackResult } from '../model/types.js';
import { languageOf, messagesFor, type Messages } from './i18n/catalog.js';
import { punctuation, type Punctuation } from './i18n/format.js';
import type { PersistenceController, StoreNotice } from './persistence.js';
import { baseStyles, tokens } from './theme.js';
import { watchFont } from './font.js';
import { applyParts, partStyles, sharedParts, type PartMap } from './parts.js';
import { FocusKeeper } from './focus.js';
import { describeStyles } from './describe.js';
import { downloadText } from './download.js';
import { NOTE_MAX } from '../model/limits.js';
import { clip } from '../model/clip.js';
import { summaryStyles } from './summary.js';
import { directionOf, fallbackNote, fileLanguage, languageFailed, languageLoaded, loadLanguage } from './languages.js';

/** Where a widget's content came from, in the order they are tried. */
export type ContentSource = 'property' | 'inline' | 'url' | 'default';

const MAX_SHOWN = 20;

/** Connected widgets, re-rendered when a `lang` changes on the page or in a shadow root holding one of them. */
const connected = new Set<CgElement>();
let observer: MutationObserver | undefined;
const watched = new WeakSet<Node>();
function watchLanguage(el: CgElement): void {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(() => connected.forEach((w) => w.requestUpdate()));
  for (let root: Node = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    const target = root instanceof ShadowRoot ? root : document.documentElement;
    if (!watched.has(target)) {
      watched.add(target);
      observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
  }
}

/**
 * The base of every collabgov widget: content loading, the error panel, persistence notices, localisation.
 *
 * Content is resolved in this order: the `content` property; an inline `<script type="application/json">`
 * child; the `src` attribute (a URL, fetched); the default pack. Anything invalid shows an error panel with
 * role="alert" naming each problem's path, and logs one console warning. No exception escapes a lifecycle
 * callback: a failing render shows the same panel.
 *
 * @attr activity-id - xAPI: base IRI of this widget's activity ids (default: the page's address); statements name
 *   `<activity-id>/<widget>/<mode>[/<case>]`. Read from the element or its nearest ancestor that has it.
 * @attr lrs-endpoint - xAPI: the LRS's base URL; when set, each `cg-xapi` statement is POSTed to `<endpoint>/statements`
 *   (queued in localStorage while offline or after a failure, and retried).
 * @attr lrs-auth - xAPI: the `Authorization` header sent to the LRS (e.g. `Basic ...`). Anyone who can read the page
 *   can read it: use a credential that may only write statements.
 * @attr actor-mbox - xAPI: the learner as an email (`mailto:`); by default an anonymous account kept in this browser.
 * @attr lang - The language of the widget's own words and default content: `en`, `ja` (Japanese) or `cy` (Welsh); by
 *   default the nearest `lang` of the page (an ancestor's, across shadow roots, or `<html>`'s). Japanese and Welsh load
 *   `collabgov-ja.js` / `collabgov-cy.js` from beside the widget's script, only when asked for; changing `lang` at run
 *   time re-renders in place and keeps the student's work.
 * @fires cg-xapi - An xAPI 1.0.3 statement (interacted / answered / completed) for each cg-change, cg-score, cg-complete.
 *
 * @csspart base - The widget's frame.
 * @csspart card - Each repeated item: a tension, a table row's card, a statement, a case row, a quiz question.
 * @csspart callout - A feedback box; with `callout-good`, `callout-bad`, `callout-warn` or `callout-info`.
 * @csspart callout-good - A right answer's feedback.
 * @csspart callout-bad - A wrong answer's feedback.
 * @csspart callout-warn - A warning (a tension resolved, not managed).
 * @csspart callout-info - A reference or comparison.
 * @csspart summary - The score or summary bar: where the student stands.
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a step.
 * @csspart button-toggle - A button that switches something on or off (`aria-pressed`).
 * @csspart button-pressed - A toggle button that is on.
 * @csspart disclosure - A collapsible explanation (`<details>`).
 * @csspart notice - The notice about saving the student's work.
 * @csspart keyboard-help - The keyboard help disclosure: the keys of the widget in view.
 * @csspart where - The answer to "Where am I?": where the student stands, in a sentence or two.
 * @csspart error - The error panel shown when the content pack or a setting is invalid.
 *
 * @cssprop --cg-font - The font family. Default: the page's font, or the system font stack where the page sets none.
 * @cssprop --cg-line-height - Line height of text (default 1.5).
 * @cssprop --cg-line-height-tight - Line height of headings and buttons (default 1.25).
 * @cssprop --cg-text-small - Size of citations, hints and pole names (default 0.875em).
 * @cssprop --cg-text-h3 - Size of section headings (default 1.125em).
 * @cssprop --cg-text-h2 - Size of the widget's title (default 1.375em).
 * @cssprop --cg-font-weight-strong - Weight of headings, labels and primary buttons (default 600).
 * @cssprop --cg-space - The spacing unit (default 1rem); the steps below default to multiples of it.
 * @cssprop --cg-space-xs - The smallest gap (default 0.25 × --cg-space).
 * @cssprop --cg-space-s - Small gaps: inside callouts, between buttons (default 0.5 ×).
 * @cssprop --cg-space-m - Paragraph and card spacing (default 0.75 ×).
 * @cssprop --cg-space-l - Between sections (default 1.5 ×).
 * @cssprop --cg-radius - Corner radius of the frame, cards and buttons (default 0.5rem).
 * @cssprop --cg-radius-s - Corner radius of callouts, fields and tags (default 0.25rem).
 * @cssprop --cg-elevation-1 - Shadow of cards (a box-shadow; `none` for flat cards).
 * @cssprop --cg-elevation-2 - Shadow of a card being dragged.
 * @cssprop --cg-duration - Length of transitions (default 160ms; none under reduced motion).
 * @cssprop --cg-target-size - Smallest height and width of buttons, sliders and options (default 44px).
 * @cssprop --cg-color-bg - The widget's background.
 * @cssprop --cg-color-surface - Cards, panels and buttons.
 * @cssprop --cg-color-fg - Text.
 * @cssprop --cg-color-muted - Secondary text, citations and hints.
 * @cssprop --cg-color-border - Borders of cards, controls and slider tracks (keep 3:1 on bg and surface).
 * @cssprop --cg-color-accent - Primary and pressed buttons, the student's marks, selected options.
 * @cssprop --cg-color-accent-fg - Text on the accent colour.
 * @cssprop --cg-color-accent-soft - Hover and highlight backgrounds, the summary bar.
 * @cssprop --cg-color-good - Right answers: the callout's edge and mark.
 * @cssprop --cg-color-good-soft - Background of a right answer's callout.
 * @cssprop --cg-color-bad - Wrong answers and the error panel's edge.
 * @cssprop --cg-color-bad-soft - Background of a wrong answer's callout and the error panel.
 * @cssprop --cg-color-warn - "Resolved, not managed" and the storage notice's edge.
 * @cssprop --cg-color-warn-soft - Background of warning callouts.
 * @cssprop --cg-color-pole-a - The first pole or logic (left end of a bipolar slider).
 * @cssprop --cg-color-pole-b - The second pole or logic (right end), and the reference mark.
 * @cssprop --cg-color-focus - The focus ring.
 */
export abstract class CgElement extends LitElement {
  static override properties = {
    content: { attribute: false },
    src: { type: String },
    stateKey: { type: String, attribute: 'state-key' },
    theme: { type: String, reflect: true },
    pack: { state: true, attribute: false },
    packIssues: { state: true, attribute: false },
  };

  static override styles = [tokens, baseStyles, partStyles, summaryStyles, describeStyles];

  /**
   * The `::part()` names given to elements of the shadow root after each render (part name -> CSS selector).
   * @internal
   */
  static parts: PartMap = sharedParts;

  /**
   * The content shown when the page gives none: on a widget class, the parts of the English pack it shows
   * (`englishFor`); on CgElement itself, the whole pack (collabgov.js sets it). Where neither is set, the whole
   * English pack is loaded on demand.
   */
  static defaultContent?: ContentPack;

  /** The whole English pack, which lecturers' packs are merged over: CgElement's own, else loaded on demand. */
  private static wholeEnglish(): Promise<ContentPack> {
    const own = CgElement.defaultContent;
    return own ? Promise.resolve(own) : loadEnglish().then((m) => m.defaultPack);
  }

  /** How long (ms) to wait for a `src` content pack before showing the error panel. */
  static fetchTimeout = 15000;

  /** A content pack (whole or partial) set from script. Takes precedence over inline JSON and `src`. */
  content?: unknown;
  /** URL of a content pack (JSON), relative to the page. */
  src?: string;
  /** Names where this instance's learner state is saved. Give each instance on a page its own. */
  stateKey?: string;
  /**
   * `light` or `dark` to set the colours; `auto` to follow the reader's system setting. By default the widget
   * follows the host page's `color-scheme` (light unless the page says otherwise).
   */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * The validated pack in use, once loaded.
   * @internal
   */
  protected pack?: ContentPack;
  /**
   * Problems with the content, shown in the error panel.
   * @internal
   */
  protected packIssues: PackIssue[] = [];
  protected source: ContentSource = 'default';
  /** Set by widgets that save learner state, so the base can show its notices. */
  protected persistence?: PersistenceController<unknown>;

  private resolvedFor?: { content: unknown; src: string | undefined; lang: string };
  /** The language whose catalog and content are shown (the one asked for once its file has loaded). */
  private shownLang = 'en';
  /** A language whose file could not be loaded, so English is shown with a note. */
  private langNote?: string;
  /** The load of a language file, while it runs. */
  private langPending?: Promise<void>;
  /** Whether the document was still being parsed when content was first resolved (see resolveContent). */
  private parsed = false;
  /** The check of a lecturer's pack, while it runs. */
  private pending?: Promise<void>;

  constructor() {
    super();
    // Finds the focused control again when a render takes it away (see focus.ts).
    new FocusKeeper(this);
  }

  /** Re-render when the element's own `lang` changes (the catalog is chosen at each render). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLanguage(this);
    watchFont(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyParts(this.renderRoot, (this.constructor as typeof CgElement).parts);
    // Screen readers read each part in the language it is written in: English where the catalog fell back to it.
    const shown = this.wordsLang;
    for (const child of Array.from(this.renderRoot.children)) {
      if (child instanceof HTMLStyleElement) continue;
      child.setAttribute('lang', shown);
      child.setAttribute('dir', directionOf(shown));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }
  private loadToken = 0;

  /** The message catalog for this element's language. */
  protected get t(): Messages {
    return messagesFor(this.shownLang);
  }

  /** The language the widget's words are in: English where the catalog fell back to it. */
  private get wordsLang(): string {
    return messagesFor(this.shownLang) === messagesFor('en') ? 'en' : this.shownLang;
  }

  /** The punctuation for joining the widget's words and its content's (": " or "：", "." or "。"). */
  protected get punct(): Punctuation {
    return punctuation(this.wordsLang);
  }

  /** The widget's current answers or reading as plain data, for host pages. */
  abstract get result(): unknown;

  /** Renders the widget once its content is valid. */
  protected abstract renderWidget(pack: ContentPack): TemplateResult;

  /** Problems with the widget's own settings (e.g. a `case` id the pack lacks), shown like content problems. */
  protected configIssues(_pack: ContentPack): PackIssue[] {
    return [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lang = this.chooseLanguage();
    if (lang === undefined) return;
    const r = this.resolvedFor;
    if (!r || r.content !== this.content || r.src !== this.src || r.lang !== lang) {
      this.resolvedFor = { content: this.content, src: this.src, lang };
      this.resolveContent();
    }
  }

  /**
   * The language of the content to show (`en` or a language with a file), after setting the catalog's. While the
   * file of a newly asked-for language loads, the widget keeps what it shows (undefined on the first render: it
   * shows "Loading…"); if the file fails, English with a note.
   */
  private chooseLanguage(): string | undefined {
    const wanted = languageOf(this);
    const file = fileLanguage(wanted);
    this.langNote = undefined;
    if (file && !languageLoaded(file)) {
      if (languageFailed(file)) {
        this.langNote = file;
        this.shownLang = 'en';
        return 'en';
      }
      if (!this.langPending) {
        const pending = loadLanguage(file).then(
          () => undefined,
          (error: unknown) => console.warn(`[collabgov] <${this.localName}>: collabgov-${file}.js could not be loaded; showing English.`, error),
        );
        this.langPending = pending.finally(() => {
          this.langPending = undefined;
          this.requestUpdate();
        });
      }
      return this.resolvedFor?.lang;
    }
    this.shownLang = wanted;
    return file ?? 'en';
  }

  /** The whole default pack of a language (`en` or one whose file has loaded). */
  private wholePack(lang: string): Promise<ContentPack> {
    const own = languageLoaded(lang)?.pack;
    return own ? Promise.resolve(own) : CgElement.wholeEnglish();
  }

  private resolveContent(): void {
    const token = ++this.loadToken;
    this.pending = undefined;
    try {
      if (this.content !== undefined && this.content !== null) {
        this.source = 'property';
        this.checkContent(this.content, token);
        return;
      }
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) {
        this.source = 'inline';
        this.checkContentJson(script.textContent ?? '', '(inline JSON)', token);
        return;
      }
      if (document.readyState === 'loading' && !this.parsed) {
        // A classic script before the element upgrades it before its children are parsed: an inline pack may
        // still be on its way, so wait for the parse rather than show the wrong content.
        this.pack = undefined;
        this.packIssues = [];
        const parsed = () => {
          this.parsed = true;
          this.resolvedFor = undefined;
          this.requestUpdate();
        };
        document.addEventListener('DOMContentLoaded', parsed, { once: true });
        return;
      }
      if (this.src) {
        this.source = 'url';
        this.pack = undefined;
        this.packIssues = [];
        void this.fetchPack(this.src, token);
        return;
      }
      this.source = 'default';
      this.packIssues = [];
      const lang = this.resolvedFor?.lang ?? 'en';
      this.pack = lang === 'en' ? (this.constructor as typeof CgElement).defaultContent : languageLoaded(lang)?.pack;
      if (!this.pack) {
        // A subclass that names no default content (one made outside this library) shows the whole pack, on demand.
        const english = CgElement.wholeEnglish().then((pack) => {
          if (token === this.loadToken) this.pack = pack;
        });
        this.track(english, token);
      }
    } catch (error) {
      this.accept({ ok: false, issues: [{ path: '(pack)', message: String(error) }] });
    }
  }

  /**
   * Checks a lecturer's pack with the checker (zod and the schemas), which is loaded only now: a page with the
   * default content never downloads it. Until it answers the widget shows "Loading…".
   */
  private checkContent(input: unknown, token: number): void {
    this.pack = undefined;
    this.packIssues = [];
    // A lecturer's pack is merged over the whole pack of the widget's language, not over this widget's part of it;
    // its texts in that language (`translations`) are laid over its own first.
    const lang = this.resolvedFor?.lang ?? 'en';
    const checked = Promise.all([loadChecks(), this.wholePack(lang)]).then(
      ([checks, base]) => {
        explainIn(checks, lang);
        return checks.checkPack(input, base, lang);
      },
      (error: unknown): PackResult => ({
        ok: false,
        issues: [{ path: '(checker)', message: this.t.core.checkerFailed(String((error as Error)?.message ?? error)) }],
      }),
    );
    this.track(
      checked.then((result) => {
        if (token === this.loadToken) this.accept(result);
      }),
      token,
    );
  }

  /** Remembers work that `updateComplete` waits for (a check, a load), while it is the latest. */
  private track(work: Promise<void>, token: number): void {
    const pending = work.catch((error: unknown) => {
      if (token === this.loadToken) this.accept({ ok: false, issues: [{ path: '(pack)', message: String(error) }] });
    });
    this.pending = pending;
    void pending.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
  }

  private checkContentJson(text: string, path: string, token: number): void {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      // Where the JSON goes wrong (line, column, that line) is found by the checker, loaded only now.
      this.pack = undefined;
      this.packIssues = [];
      const fail = (issue: PackIssue): void => {
        if (token === this.loadToken) this.accept({ ok: false, issues: [issue] });
      };
      const found = loadChecks().then(
        (checks) => {
          const lang = this.resolvedFor?.lang ?? 'en';
          explainIn(checks, lang);
          const at = checks.jsonProblem(text, error, lang);
          fail({ path, where: checks.issueMessagesFor(lang).json.where(at.line, at.column), message: this.t.core.notJsonAt(at.reason, at.line, at.column, at.excerpt.trim()) });
        },
        () => fail({ path, message: this.t.core.notJson((error as Error).message) }),
      );
      this.track(found, token);
      return;
    }
    this.checkContent(input, token);
  }

  private async fetchPack(src: string, token: number): Promise<void> {
    // A server that never answers must not leave the student looking at "Loading…" for ever.
    const limit = (this.constructor as typeof CgElement).fetchTimeout;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limit);
    let text: string;
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      const reason = controller.signal.aborted ? this.t.core.timedOut(Math.ceil(limit / 1000)) : (error as Error).message;
      if (token === this.loadToken) this.accept({ ok: false, issues: [{ path: src, message: this.t.core.fetchFailed(reason) }] });
      return;
    } finally {
      clearTimeout(timer);
    }
    if (token === this.loadToken) this.checkContentJson(text, src, token);
  }

  /** Also waits for a lecturer's pack to be checked (the checker loads on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait = this.pending ?? this.langPending; wait; wait = this.pending ?? this.langPending) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private accept(result: PackResult): void {
    if (result.ok) {
      this.pack = result.pack;
      this.packIssues = [];
      return;
    }
    this.pack = undefined;
    this.packIssues = result.issues;
    console.warn(
      `[collabgov] <${this.localName}>: ${this.sourceLabel()} has ${result.issues.length} problem(s):\n` +
        result.issues.slice(0, 100).map((i) => `  ${clip(i.path)}: ${clip(i.message, 600)}`).join('\n'),
    );
  }

  private sourceLabel(): string {
    const c = this.t.core;
    return { property: c.sourceProperty, inline: c.sourceInline, url: c.sourceUrl(this.src ?? ''), default: 'default' }[this.source];
  }

  protected override render(): TemplateResult {
    try {
      if (this.packIssues.length) return this.renderError(this.packIssues, this.sourceLabel());
      if (!this.pack) return html`<p class="wrap" role="status">${this.t.core.loading}</p>`;
      const config = this.configIssues(this.pack);
      if (config.length) {
        return this.renderError(config, this.t.core.sourceConfig);
      }
      return html`${this.renderLanguageNote()}${this.renderNotice()}${this.renderWidget(this.pack)}`;
    } catch (error) {
      return this.renderCrash(error);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      render(this.renderCrash(error), this.renderRoot as HTMLElement);
    }
  }

  private renderCrash(error: unknown): TemplateResult {
    console.warn(`[collabgov] <${this.localName}> failed to render:`, error);
    return this.renderError([{ path: this.localName, message: this.t.core.renderFailed(String((error as Error)?.message ?? error)) }], '');
  }

  /**
   * The error panel: role="alert". It speaks first to the student (the activity could not load; their saved work is
   * safe, since nothing is saved while it shows), then, in a disclosure, tells the lecturer each problem: where it is
   * in the words the lecturer sees (`the case 'X': trust level`), what is wrong and what is allowed, and its path.
   * In the studio's preview (`<html data-cg-audience="author">`) it speaks to the lecturer, with the list open.
   */
  protected renderError(issues: PackIssue[], source: string): TemplateResult {
    const c = this.t.core;
    const shown = issues.slice(0, MAX_SHOWN);
    const author = document.documentElement.dataset.cgAudience === 'author';
    return html`<div class="error" role="alert" part="error">
      <p><strong>${author ? c.errorTitleAuthor : c.errorTitle}</strong></p>
      <p>${author ? c.errorStudentsSee : c.errorSafe}</p>
      <details ?open=${author}>
        <summary>${c.errorForLecturer(issues.length, source)}</summary>
        <ul>
          ${shown.map((i) => html`<li>${i.where ? html`<strong>${clip(i.where)}</strong>: ` : nothing}${clip(i.message, 600)} <code>${clip(i.path)}</code></li>`)}
        </ul>
        ${issues.length > shown.length ? html`<p>${c.errorMore(issues.length - shown.length)}</p>` : nothing}
      </details>
    </div>`;
  }

  private renderLanguageNote(): TemplateResult | typeof nothing {
    return this.langNote ? html`<div class="notice" role="status" part="notice"><p>${fallbackNote(this.langNote)}</p></div>` : nothing;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const p = this.persistence;
    const aside = p && !p.asideHidden ? p.aside : null;
    if (!p || (!p.notice && !aside)) return nothing;
    const c = this.t.core;
    const fromLms = !!p.notice?.startsWith('lms');
    const copy = aside?.raw ?? (fromLms ? p.storeCopy() : null);
    const text = !p.notice ? c.asideKept : fromLms ? this.t.lms?.[p.notice as StoreNotice] : c[p.notice as Exclude<typeof p.notice, StoreNotice>];
    return html`<div class="notice" role="status" part="notice">
      <p>${text}${aside ? ` ${aside.restorable ? (aside.cut ? c.asideCut(NOTE_MAX) : c.asideRestorable) : c.asideUnreadable}` : nothing}</p>
      <p class="notice-actions">
        ${copy
          ? html`<button type="button" @click=${() => {
              downloadText(`collabgov-${this.localName.slice(3)}-saved-work.json`, copy, 'application/json', this.renderRoot);
              p.downloadedAside();
            }}>${c.asideDownload}</button>`
          : nothing}
        ${aside?.restorable ? html`<button type="button" @click=${() => p.restoreAside()}>${c.asideRestore}</button>` : nothing}
        ${aside?.downloaded && aside.key !== p.key ? html`<button type="button" @click=${() => p.deleteAside()}>${c.asideDelete}</button>` : nothing}
        <button type="button" @click=${() => p.dismissNotice()}>${c.dismiss}</button>
      </p>
    </div>`;
  }
}
