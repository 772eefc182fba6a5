/**
 * The title of the embed page (dist/embed.html): the activity it shows, so a browser tab, a screen reader's window
 * list and the frame's own heading name it (WCAG 2.4.2). A page that names itself (a SCORM launch page carries the
 * package's title) keeps its own.
 */
import type { Messages } from '../core/i18n/catalog.js';
import type { ContentPack } from '../model/types.js';
import type { EmbedConfig } from './embed-config.js';

/** The title every embed page has until it is given one. */
export const GENERIC_TITLE = 'collabgov activity';

export function activityTitle(config: EmbedConfig, pack: ContentPack, t: Messages): string {
  const l = t.lms;
  const name =
    config.widget === 'form-picker' ? t.formPicker.title : config.widget === 'table-comparator' ? pack.comparison.title : t.tensionSliders.title;
  const kase = config.case ? pack.cases.find((c) => c.id === config.case)?.name : undefined;
  return l.activityTitle(name, l.modeNames[config.mode] ?? config.mode, kase);
}
