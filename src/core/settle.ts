import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fires `cg-change` once per settled change rather than once per input step. A slider drag fires `cg-change` once,
 * on release (the native `change` event); arrow-key presses that follow one another within `KEY_MS` are one change,
 * fired when the keys stop; typing in a note is one change, fired when the typing pauses for `TYPE_MS`. Whatever is
 * pending fires at once when the control loses focus, the page is hidden or left, or the widget is removed, so the
 * last value always reaches the page (and an LRS). The student's work itself is saved on every step, as before.
 */
export class Settler implements ReactiveController {
  static KEY_MS = 600;
  static TYPE_MS = 1500;
  private pending = new Map<string, { fn: () => void; timer: ReturnType<typeof setTimeout> }>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `fn` `ms` after the last call for `key` (a later call for the key replaces the earlier one). */
  later(key: string, fn: () => void, ms: number): void {
    clearTimeout(this.pending.get(key)?.timer);
    this.pending.set(key, { fn, timer: setTimeout(() => this.flush(key), ms) });
  }

  /** Runs `fn` now, in place of anything pending for `key`. */
  now(key: string, fn: () => void): void {
    this.drop(key);
    fn();
  }

  /** Runs what is pending for `key` (or for every key) now. */
  flush = (key?: string): void => {
    for (const k of key === undefined ? [...this.pending.keys()] : [key]) {
      const p = this.pending.get(k);
      if (!p) continue;
      this.drop(k);
      p.fn();
    }
  };

  /** Something is waiting to fire for `key`. */
  has(key: string): boolean {
    return this.pending.has(key);
  }

  private drop(key: string): void {
    clearTimeout(this.pending.get(key)?.timer);
    this.pending.delete(key);
  }

  private hidden = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  private leave = () => this.flush();

  hostConnected(): void {
    addEventListener('pagehide', this.leave);
    document.addEventListener('visibilitychange', this.hidden);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.leave);
    document.removeEventListener('visibilitychange', this.hidden);
  }
}
