// The embed builder: pick a widget and its settings, preview it, copy the script-tag or iframe code, or
// download the matching SCORM package.
import '../src/index.ts';
import { defaultPack } from '../src/model/packs/en.ts';
import { WIDGETS, widgetNames, type WidgetName } from '../src/lms/widgets.ts';

const form = document.querySelector<HTMLFormElement>('#options')!;
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;
const widgetSel = field<HTMLSelectElement>('widget');
const modeSel = field<HTMLSelectElement>('mode');
const caseSel = field<HTMLSelectElement>('case');
const status = document.querySelector<HTMLElement>('#copied')!;

const option = (value: string, text = value) => Object.assign(document.createElement('option'), { value, text });
widgetSel.append(...widgetNames.map((w) => option(w)));
caseSel.append(...defaultPack.cases.map((c) => option(c.id, c.name)));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function fillModes(): void {
  const modes = WIDGETS[widgetSel.value as WidgetName].modes;
  const keep = modes.includes(modeSel.value) ? modeSel.value : modes[0]!;
  modeSel.replaceChildren(...modes.map((m, i) => option(m, i === 0 ? `${m} (default)` : m)));
  modeSel.value = keep;
}

function update(): void {
  const data = new FormData(form);
  const widget = String(data.get('widget')) as WidgetName;
  const mode = String(data.get('mode'));
  const isDefault = mode === WIDGETS[widget].modes[0];
  const settings: [string, string][] = [
    ['mode', isDefault ? '' : mode],
    ['case', String(data.get('case'))],
    ['lang', String(data.get('lang'))],
    ['theme', String(data.get('theme'))],
  ].filter(([, v]) => v) as [string, string][];
  const stateKey = `${widget}-${mode}`;

  const el = document.createElement(`cg-${widget}`);
  for (const [k, v] of [...settings, ['state-key', `builder-${stateKey}`]]) el.setAttribute(k!, v!);
  document.querySelector('#preview')!.replaceChildren(el);

  let base = String(data.get('base')).trim() || './';
  if (!base.endsWith('/')) base += '/';
  // The div form (which editors keep, unlike <cg-*>) with the script at the files' address (see the README).
  const attrs = [...settings, ['state-key', stateKey]].map(([k, v]) => ` data-${k}="${esc(v!)}"`).join('');
  document.querySelector<HTMLTextAreaElement>('#code-script')!.value =
    `<script src="${esc(base)}collabgov.iife.js"></script>\n<div data-collabgov="${widget}"${attrs}></div>`;
  const query = new URLSearchParams([['widget', widget], ...settings]).toString();
  document.querySelector<HTMLTextAreaElement>('#code-iframe')!.value =
    `<iframe src="${esc(base)}embed.html?${esc(query)}" title="${esc(widget.replace('-', ' '))} activity" ` +
    `style="width:100%;height:700px;border:0" loading="lazy"></iframe>\n<script src="${esc(base)}embed-resizer.js"></script>`;

  // Compare mode has one package per case with reference positions (scripts/scorm/package.mjs).
  const compareCase = defaultPack.cases.find((c) => c.id === data.get('case') && c.tensions) ?? defaultPack.cases.find((c) => c.tensions);
  const zip = isDefault ? widget : widget === 'tension-sliders' && mode === 'compare' ? `${widget}-${mode}-${compareCase?.id}` : `${widget}-${mode}`;
  const link = document.querySelector<HTMLAnchorElement>('#scorm-link')!;
  link.href = `../dist/scorm/${zip}.zip`;
  link.textContent = `Download the SCORM package (${zip}.zip)`;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
  status.textContent = '';
  await new Promise((r) => setTimeout(r, 50)); // so the same message is announced again
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied to the clipboard.';
  } catch {
    area.focus();
    area.select();
    status.textContent = 'The code is selected: press Ctrl+C (or ⌘C) to copy it.';
  }
}

widgetSel.addEventListener('change', fillModes);
form.addEventListener('change', update);
form.addEventListener('input', update);
form.addEventListener('submit', (e) => e.preventDefault());
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) b.addEventListener('click', () => void copy(b));
fillModes();
update();
