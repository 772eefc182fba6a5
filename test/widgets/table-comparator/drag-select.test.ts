import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { $, mount } from './helpers.js';

describe('cg-table-comparator: dragging a statement selects no text', () => {
  beforeEach(() => localStorage.clear());

  it('a mouse drag from the grip across the text leaves nothing selected; the text itself can still be copied', async () => {
    const el = await mount('mode="sort"', 900);
    const grip = $(el, '.stmt .grip')!;
    const text = $(el, '.stmt .stmt-head p')!;
    grip.scrollIntoView({ block: 'center' });
    const g = grip.getBoundingClientRect();
    const t = text.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(g.x + g.width / 2), Math.round(g.y + g.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(t.right - 4), Math.round(t.bottom - 4)] });
    expect(document.getSelection()!.toString()).to.equal('');
    await sendMouse({ type: 'up' });
    expect(getComputedStyle(grip).userSelect).to.equal('none');
    expect(getComputedStyle(text).userSelect).to.not.equal('none');
    expect(getComputedStyle($(el, '.stmt')!).userSelect).to.not.equal('none');
  });
});
