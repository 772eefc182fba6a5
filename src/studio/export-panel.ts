/** The exports: SCORM zip, one HTML file, the pack file, and the snippets to paste, each with what it is for. */
import { html, type TemplateResult } from 'lit';
import files from 'virtual:cg-studio-files';
import { fileBase, iframeSnippet, packFileName, packJson, scormPackage, scriptSnippet, standaloneHtml, type ExportContext } from './exports.js';
import { isEmptyPack } from './activity.js';
import { s } from './strings.js';

export interface ExportHost {
  context: ExportContext;
  problems: number;
  setBase(base: string): void;
  announce(message: string): void;
}

/** Saves bytes or text as a file (a download; works from file:// too). */
export function download(name: string, body: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function copy(h: ExportHost, id: string): Promise<void> {
  const area = document.getElementById(id) as HTMLTextAreaElement;
  try {
    await navigator.clipboard.writeText(area.value);
    h.announce(s.copied);
  } catch {
    area.focus();
    area.select();
    h.announce(s.selected);
  }
}

export function exportPanel(h: ExportHost): TemplateResult {
  const x = h.context;
  const name = fileBase(x);
  const blocked = h.problems > 0;
  const guard = (run: () => void) => () => (blocked ? h.announce(s.fixFirst(h.problems)) : run());
  return html`
    ${blocked ? html`<p class="field-error" role="status">${s.fixFirst(h.problems)}</p>` : html`<p class="hint">${s.exportReady}</p>`}
    <div class="exports">
      <div class="export">
        <h3>${s.scormTitle}</h3><p>${s.scormFor}</p>
        <button type="button" class="primary" aria-disabled=${blocked ? 'true' : 'false'}
          @click=${guard(() => { download(`${name}.zip`, scormPackage(x, new TextEncoder().encode(files.embed), files.languages) as Uint8Array<ArrayBuffer>, 'application/zip'); h.announce(s.downloaded(`${name}.zip`)); })}>${s.downloadScorm}</button>
      </div>
      <div class="export">
        <h3>${s.htmlTitle}</h3><p>${s.htmlFor}</p>
        <button type="button" class="primary" aria-disabled=${blocked ? 'true' : 'false'}
          @click=${guard(() => { download(`${name}.html`, standaloneHtml(x, files), 'text/html'); h.announce(s.downloaded(`${name}.html`)); })}>${s.downloadHtml}</button>
      </div>
      <div class="export">
        <h3>${s.packTitle}</h3><p>${s.packFor}</p>
        <button type="button" @click=${() => { download(isEmptyPack(x.pack) ? 'collabgov-pack.json' : packFileName(x), packJson(x.pack), 'application/json'); h.announce(s.downloaded('pack')); }}>${s.downloadPack}</button>
      </div>
    </div>
    <div class="field"><label for="base">${s.base}</label><p class="hint" id="base-hint">${s.baseHint}</p>
      <input id="base" type="url" spellcheck="false" placeholder="https://YOUR-SERVER/collabgov/" .value=${x.base ?? ''} aria-describedby="base-hint"
        @input=${(e: Event) => h.setBase((e.target as HTMLInputElement).value.trim())} /></div>
    <div class="snippet">
      <h3>${s.scriptTitle}</h3><p>${s.scriptFor}</p>
      <label for="code-script">${s.scriptLabel}</label>
      <textarea id="code-script" readonly rows="5" spellcheck="false" .value=${scriptSnippet(x)}></textarea>
      <button type="button" @click=${() => void copy(h, 'code-script')}>${s.copyScript}</button>
    </div>
    <div class="snippet">
      <h3>${s.iframeTitle}</h3><p>${isEmptyPack(x.pack) ? s.iframeFor : s.iframeForPack(packFileName(x))}</p>
      <label for="code-iframe">${s.iframeLabel}</label>
      <textarea id="code-iframe" readonly rows="5" spellcheck="false" .value=${iframeSnippet(x)}></textarea>
      <button type="button" @click=${() => void copy(h, 'code-iframe')}>${s.copyIframe}</button>
    </div>`;
}
