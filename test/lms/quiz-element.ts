import { html, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { CgElement } from '../../src/core/base.js';
import { defineElement } from '../../src/core/define.js';
import { PersistenceController } from '../../src/core/persistence.js';
import { emit } from '../../src/core/events.js';
import type { StateCodec } from '../../src/model/state.js';

export interface QuizState {
  right: number;
  note: string;
}
export const quizCodec: StateCodec<QuizState> = {
  widget: 'test-quiz',
  version: 1,
  schema: z.object({ right: z.int(), note: z.string() }),
  initial: () => ({ right: 0, note: '' }),
};

/** A scored widget on the base for the LMS tests: answers out of 4, a free-text note, a finish button. */
export class CgTestQuiz extends CgElement {
  static override properties = { ...CgElement.properties, mode: { type: String } };
  mode = 'quiz';
  store = new PersistenceController<QuizState>(this, quizCodec);

  constructor() {
    super();
    this.persistence = this.store as PersistenceController<unknown>;
  }

  get result(): QuizState {
    return { ...this.store.state };
  }

  protected renderWidget(): TemplateResult {
    return html`<p class="right">${this.store.state.right}</p>
      <button type="button" class="answer" @click=${this.answer}>Answer</button>
      <button type="button" class="finish" @click=${() => emit(this, 'cg-complete', { result: this.result })}>Finish</button>`;
  }

  private answer = () => {
    this.store.set({ ...this.store.state, right: Math.min(4, this.store.state.right + 1) });
    emit(this, 'cg-change', { result: this.result });
    emit(this, 'cg-score', { raw: this.store.state.right, max: 4 });
  };

  /** Sets the note as a student's typing would. */
  write(note: string): void {
    this.store.set({ ...this.store.state, note });
    emit(this, 'cg-change', { result: this.result });
  }
}
defineElement('cg-test-quiz', CgTestQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'cg-test-quiz': CgTestQuiz;
  }
}
