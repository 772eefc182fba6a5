/**
 * What a widget's polite live region (`role="status"`) says. A verdict, a score or "Finished" is said once, after
 * the action that caused it; `say` makes the text differ from the last even when the message is the same (two
 * wrong answers in a row), so a screen reader reads it again.
 */
export class LiveText {
  text = '';

  say(...parts: (string | false | null | undefined)[]): void {
    const message = parts.filter(Boolean).join(' ');
    this.text = message + (this.text.endsWith('\u00a0') ? '' : '\u00a0');
  }

  clear(): void {
    this.text = '';
  }
}
