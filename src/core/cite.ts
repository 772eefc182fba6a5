import { html, type TemplateResult } from 'lit';
import { citeLabel } from '../model/cite.js';
import type { ContentPack } from '../model/types.js';

/** "(Provan & Kenis 2008; Vangen 2017)" in the muted citation style. */
export const citeTag = (pack: Pick<ContentPack, 'references'>, ids: readonly string[]): TemplateResult =>
  html`<span class="cite">(${citeLabel(pack, ids)})</span>`;

/** A teaching text followed by its citation. */
export const cited = (pack: Pick<ContentPack, 'references'>, c: { text: string; cite: readonly string[] }): TemplateResult =>
  html`${c.text} ${citeTag(pack, c.cite)}`;
