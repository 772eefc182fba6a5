import { html, type TemplateResult } from 'lit';
import { CgElement } from '../../core/base.js';
import type { ContentPack } from '../../model/types.js';

/**
 * @summary Placeholder until the widget lands: shows that its content loaded.
 * @csspart error - The error panel shown when the content pack is invalid.
 */
export class CgFormPicker extends CgElement {
  get result(): Record<string, never> {
    return {};
  }

  protected renderWidget(pack: ContentPack): TemplateResult {
    return html`<section class="wrap" part="base"><h2>${this.t.formPicker.title}</h2><p class="muted">${pack.title}</p></section>`;
  }
}
