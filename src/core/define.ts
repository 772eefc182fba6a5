import { VERSION } from './version.js';

/** A constructor that records which collabgov version defined it. */
type Versioned = CustomElementConstructor & { cgVersion?: string };

/**
 * Registers a custom element unless the tag is taken. Safe when the bundle is loaded twice on one page
 * (an LMS course page with the same script in two blocks, or the ES and IIFE files together): the second
 * load keeps the first definition. When another collabgov version defined the tag, it warns once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing.cgVersion !== VERSION) {
      console.warn(
        `[collabgov] <${tag}> is already defined by ${existing.cgVersion ? `collabgov ${existing.cgVersion}` : 'another script'}; ` +
          `collabgov ${VERSION} keeps that definition. Load one version of collabgov per page.`,
      );
    }
    return;
  }
  (ctor as Versioned).cgVersion = VERSION;
  customElements.define(tag, ctor);
}
