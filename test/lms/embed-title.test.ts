import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/lms/scorm.js';
import { activityTitle } from '../../src/lms/embed-title.js';
import { messagesFor } from '../../src/core/i18n/catalog.js';
import { defaultPack } from '../../src/model/packs/en.js';

const t = messagesFor('en');
const config = (widget: 'form-picker' | 'table-comparator' | 'tension-sliders', mode: string, kase?: string) => ({ widget, mode, case: kase, scored: false, scorm: false, attributes: {} });

describe('the embed page title names the activity (WCAG 2.4.2)', () => {
  it('names the widget, its mode and its case', () => {
    expect(activityTitle(config('form-picker', 'quiz'), defaultPack, t)).to.equal('Which governance form fits? (quiz) – collabgov');
    expect(activityTitle(config('table-comparator', 'sort'), defaultPack, t)).to.equal(`${defaultPack.comparison.title} (sort the statements) – collabgov`);
    expect(activityTitle(config('tension-sliders', 'compare', 'lsp'), defaultPack, t)).to.contain('(compare: Local Strategic Partnerships (LSPs))');
  });
});
