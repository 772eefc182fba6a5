import { html, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { CgElement } from '../../src/core/base.js';
import { defineElement } from '../../src/core/define.js';
import { PersistenceController } from '../../src/core/persistence.js';
import { emit } from '../../src/core/events.js';
import type { StateCodec } from '../../src/model/state.js';
import type { ContentPack } from '../../src/model/types.js';

export interface CounterState {
  count: number;
}
export const counterCodec: StateCodec<CounterState> = {
  widget: 'test-counter',
  version: 2,
  schema: z.object({ count: z.int() }),
  initial: () => ({ count: 0 }),
  migrate: (old, from) => (from === 1 && typeof (old as { n?: unknown })?.n === 'number' ? { count: (old as { n: number }).n } : undefined),
};

/** A minimal widget on the base: shows the pack's title and a counter saved as learner state. */
export class CgTestCounter extends CgElement {
  store = new PersistenceController<CounterState>(this, counterCodec);
  shouldThrow = false;

  constructor() {
    super();
    this.persistence = this.store as PersistenceController<unknown>;
  }

  get result(): CounterState {
    return { ...this.store.state };
  }

  protected renderWidget(pack: ContentPack): TemplateResult {
    if (this.shouldThrow) throw new Error('boom');
    return html`<p class="title">${pack.title}</p>
      <p class="cases">${pack.cases.length}</p>
      <button type="button" class="add" @click=${this.add}>Add</button>
      <span class="count">${this.store.state.count}</span>`;
  }

  private add = () => {
    this.store.set({ count: this.store.state.count + 1 });
    emit(this, 'cg-change', { result: this.result });
  };
}
defineElement('cg-test-counter', CgTestCounter);

declare global {
  interface HTMLElementTagNameMap {
    'cg-test-counter': CgTestCounter;
  }
}
