// Types of package.mjs, for the studio (src/studio/), which builds a lecturer's SCORM zip in the browser.
export interface ScormVariant {
  widget: string;
  mode: string;
  case?: string;
  title: string;
  scored: boolean;
  name: string;
}
export const PACKAGES: { widget: string; title: string; modes: string[]; scored: string[] }[];
export const MASTERY: number;
export function scormVariants(cases: readonly { id: string; name: string; tensions?: unknown }[]): ScormVariant[];
export function embedPage(options?: { title?: string; data?: Record<string, string>; script?: string; pack?: unknown; lang?: string }): string;
export function manifest(options: { name: string; title: string; scored: boolean; files: string[] }): string;
export function scormZip(
  variant: ScormVariant,
  embedJs: Uint8Array,
  options?: { pack?: unknown; settings?: Record<string, string>; lang?: string; languageFile?: Uint8Array },
): Uint8Array;
