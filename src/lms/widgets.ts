/**
 * The widgets and their modes as the LMS layer knows them (fixed across the project). The first mode of each
 * widget is its default; `scored` modes fire `cg-score` and are graded in SCORM.
 */
export const WIDGETS = {
  'form-picker': { modes: ['explore', 'quiz'], scored: ['quiz'] },
  'table-comparator': { modes: ['table', 'sort', 'case'], scored: ['sort'] },
  'tension-sliders': { modes: ['reflect', 'compare'], scored: [] },
} as const satisfies Record<string, { modes: readonly string[]; scored: readonly string[] }>;

export type WidgetName = keyof typeof WIDGETS;

export const widgetNames = Object.keys(WIDGETS) as WidgetName[];

export function isWidget(name: string | null | undefined): name is WidgetName {
  return !!name && Object.hasOwn(WIDGETS, name);
}

export function modesOf(widget: WidgetName): readonly string[] {
  return WIDGETS[widget].modes;
}

export function isScored(widget: WidgetName, mode: string): boolean {
  return (WIDGETS[widget].scored as readonly string[]).includes(mode);
}

/** The widget name of an element (`cg-form-picker` -> `form-picker`), or the tag without its prefix. */
export function widgetOf(el: Element): string {
  return el.localName.replace(/^cg-/, '');
}

/** The element's mode: its `mode` property or attribute, else the widget's default. */
export function modeOf(el: Element): string {
  const name = widgetOf(el);
  const mode = (el as Element & { mode?: unknown }).mode;
  return (typeof mode === 'string' && mode) || el.getAttribute('mode') || (isWidget(name) ? WIDGETS[name].modes[0] : '');
}
