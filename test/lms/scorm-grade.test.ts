import { expect } from '@open-wc/testing';
import { Grader, type GradePolicy } from '../../src/lms/scorm-grade.js';

const policy = (p: Partial<GradePolicy> = {}): GradePolicy => ({ scored: true, mastery: 80, score: 'completion', grading: 'best', credit: true, ...p });

describe('what a SCORM package reports to the gradebook (scorm-grade)', () => {
  it('sends nothing on a score by default, the sitting’s score with passed/failed on completion', () => {
    const g = new Grader(policy(), '');
    expect(g.score({ raw: 2, max: 5 })).to.equal(null);
    expect(g.score({ raw: 4, max: 5 })).to.equal(null);
    expect(g.complete()).to.deep.equal({ 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.score.raw': '80', 'cmi.core.lesson_status': 'passed' });
  });

  it('best: a worse sitting after a pass reports the held score; last: the worse one', () => {
    const best = new Grader(policy(), '90');
    best.score({ raw: 1, max: 5 });
    expect(best.complete()).to.include({ 'cmi.core.score.raw': '90', 'cmi.core.lesson_status': 'passed' });
    const last = new Grader(policy({ grading: 'last' }), '90');
    last.score({ raw: 1, max: 5 });
    expect(last.complete()).to.include({ 'cmi.core.score.raw': '20', 'cmi.core.lesson_status': 'failed' });
  });

  it('takes an optional attempt number: a score from an earlier attempt than the latest seen is ignored', () => {
    const g = new Grader(policy({ grading: 'last' }), '');
    g.score({ raw: 5, max: 5, attempt: 2 });
    g.score({ raw: 0, max: 5, attempt: 1 });
    expect(g.complete()).to.include({ 'cmi.core.score.raw': '100' });
    g.score({ raw: 3, max: 5 });
    expect(g.complete()).to.include({ 'cmi.core.score.raw': '60' });
  });

  it('first: the first completed attempt is the grade; later attempts, and a held finished score, are kept as they are', () => {
    const g = new Grader(policy({ grading: 'first' }), '');
    g.score({ raw: 3, max: 5, attempt: 1 });
    expect(g.complete()).to.include({ 'cmi.core.score.raw': '60', 'cmi.core.lesson_status': 'failed' });
    g.score({ raw: 5, max: 5, attempt: 2 });
    expect(g.complete()).to.include({ 'cmi.core.score.raw': '60', 'cmi.core.lesson_status': 'failed' });
    // Launched again after a finished attempt: what Moodle holds stays.
    const again = new Grader(policy({ grading: 'first' }), '60', 'failed');
    again.score({ raw: 5, max: 5, attempt: 3 });
    expect(again.complete()).to.include({ 'cmi.core.score.raw': '60' });
    expect(again.restore({ 'cmi.core.score.raw': '100' })).to.equal(null);
    // A score held from progress reports alone (status still incomplete) is not a finished attempt.
    const partway = new Grader(policy({ grading: 'first', score: 'progress' }), '20', 'incomplete');
    expect(partway.score({ raw: 4, max: 5, attempt: 1 })).to.include({ 'cmi.core.score.raw': '80' });
    expect(partway.complete()).to.include({ 'cmi.core.score.raw': '80', 'cmi.core.lesson_status': 'passed' });
    expect(partway.score({ raw: 1, max: 5, attempt: 2 })).to.include({ 'cmi.core.score.raw': '80' });
  });

  it('sends nothing for the gradebook without credit (review or browse mode)', () => {
    const g = new Grader(policy({ credit: false }), '');
    g.score({ raw: 5, max: 5 });
    expect(g.complete()).to.equal(null);
    expect(new Grader(policy({ credit: false, score: 'progress' }), '').score({ raw: 5, max: 5 })).to.equal(null);
  });

  it('restores unsent values of an earlier session only when they do not lower the held score (best)', () => {
    expect(new Grader(policy(), '90').restore({ 'cmi.core.score.raw': '80', 'cmi.core.lesson_status': 'passed' })).to.equal(null);
    expect(new Grader(policy(), '60').restore({ 'cmi.core.score.raw': '80' })).to.deep.equal({ 'cmi.core.score.raw': '80' });
  });
});
