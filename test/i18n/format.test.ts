// The Intl-based formatters every catalog uses: Welsh plural categories, Japanese and Welsh numbers, quotation marks.
import { expect } from '@open-wc/testing';
import { list, num, percent, plural, quote } from '../../src/core/i18n/format.js';
import { messagesFor } from '../../src/core/i18n/catalog.js';
import '../../src/index.js';

const CY = { zero: 'dim {n}', one: 'un {n}', two: 'dau {n}', few: 'tri {n}', many: 'chwe {n}', other: 'arall {n}' };

describe('i18n format helpers', () => {
  it('Welsh picks zero, one, two, few, many and other for 0, 1, 2, 3, 6 and 7', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('cy', n, CY))).to.deep.equal(['dim 0', 'un 1', 'dau 2', 'tri 3', 'chwe 6', 'arall 7']);
  });
  it('English uses one and other only; a missing form falls back to other', () => {
    expect([0, 1, 2].map((n) => plural('en', n, { one: '{n} item', other: '{n} items' }))).to.deep.equal(['0 items', '1 item', '2 items']);
    expect(plural('cy', 2, { other: '{n} eitem' })).to.equal('2 eitem');
  });
  it('Japanese has only other', () => {
    expect(plural('ja', 1, { one: 'X', other: '{n}件' })).to.equal('1件');
  });
  it('numbers group per language', () => {
    expect(num('ja', 12345)).to.equal('12,345');
    expect(num('en', 1234.56)).to.equal('1,234.6');
    expect(num('cy', 5000)).to.equal('5,000');
    expect(plural('ja', 10000, { other: '{n}文字' })).to.equal('10,000文字');
  });
  it('percentages and lists', () => {
    expect(percent('en', 0.4)).to.equal('40%');
    expect(percent('ja', 0.25)).to.equal('25%');
    expect(list('en', ['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(list('ja', ['信頼', '参加者数'])).to.equal('信頼、参加者数');
    // Welsh: 'a', 'ac' before a vowel, aspirate mutation after 'a', no mutation of an acronym; 'neu' for a choice.
    expect(list('cy', ['ymddiriedaeth', 'tyndra'])).to.equal('ymddiriedaeth a thyndra');
    expect(list('cy', ['tyndra', 'effeithlonrwydd'])).to.equal('tyndra ac effeithlonrwydd');
    expect(list('cy', ['A rennir', 'Sefydliad arweiniol', 'NAO'])).to.equal('A rennir, Sefydliad arweiniol a NAO');
    expect(list('cy', ['A rennir', 'NAO'], 'disjunction')).to.equal('A rennir neu NAO');
    expect(list('cy', ['partneriaeth', 'cyfreithlondeb'])).to.equal('partneriaeth a chyfreithlondeb');
  });
  it('quotation marks per language, region tags included', () => {
    expect(quote('ja', '共有型')).to.equal('「共有型」');
    expect(quote('ja-JP', 'x')).to.equal('「x」');
    expect(quote('cy', 'tyndra')).to.equal('‘tyndra’');
    expect(quote('en', 'x')).to.equal('‘x’');
  });
  it('the English catalog counts through plural rules', () => {
    const en = messagesFor('en');
    expect(en.core.errorForLecturer(1, '')).to.equal('For the lecturer: 1 problem to fix');
    expect(en.core.errorForLecturer(3, 'x')).to.equal('For the lecturer: 3 problems to fix in x');
    expect(en.core.timedOut(1)).to.equal('no answer within 1 second');
    expect(en.core.noteFull(10000)).to.equal('This note is full: it holds 10,000 characters.');
    expect(en.tableComparator.checked(1, 1)).to.equal('Checked 1 statement: 1 right.');
    expect(en.tableComparator.checked(12, 7)).to.equal('Checked 12 statements: 7 right.');
  });
});
