/**
 * The live preview: the very page the HTML export gives (src/lms/standalone-page.ts), in a frame at a phone's
 * width (390 px) or a desktop's (1,280 px, scaled to fit). Its saved work is kept apart from students' (the state
 * key gets a `studio-preview-` prefix), and its error panel speaks to the lecturer.
 */
import files from 'virtual:cg-studio-files';
import { standaloneHtml, type ExportContext } from './exports.js';
import { stateKeyOf } from './activity.js';

const observed = new WeakSet<Element>();

export const WIDTHS = { phone: 390, desktop: 1280 } as const;

export function previewPage(x: ExportContext): string {
  const key = `studio-preview-${stateKeyOf(x.activity, x.pack)}`;
  return standaloneHtml({ ...x, activity: { ...x.activity, attrs: { ...x.activity.attrs, 'state-key': key } } }, files, 'author');
}

/** Fits the frame to its box: a desktop width is scaled down, and the frame's height follows its page. */
export function fit(frame: HTMLIFrameElement, width: number): void {
  const box = frame.parentElement!;
  const scale = Math.min(1, box.clientWidth / width);
  frame.style.width = `${width}px`;
  frame.style.transform = scale < 1 ? `scale(${scale})` : '';
  let height = 600;
  try {
    const doc = frame.contentDocument?.documentElement;
    if (doc) {
      height = Math.max(300, doc.scrollHeight);
      // The widget renders after the frame's load event and grows as the student works: follow it.
      if (!observed.has(doc)) {
        observed.add(doc);
        new ResizeObserver(() => fit(frame, width)).observe(frame.contentDocument!.body);
      }
    }
  } catch {
    // A frame we cannot read keeps its height.
  }
  frame.style.height = `${height}px`;
  box.style.height = `${Math.ceil(height * scale)}px`;
}
