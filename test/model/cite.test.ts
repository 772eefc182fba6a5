import { expect } from '@open-wc/testing';
import { citeLabel, shortAuthors, formatReference, defaultPack } from '../../src/model/index.js';

describe('citations', () => {
  it('names every surname of up to three authors, and "et al." from four', () => {
    expect(shortAuthors('Vangen, S., Potter, K. & Jacklin-Jarvis, C.')).to.equal('Vangen, Potter & Jacklin-Jarvis');
    expect(shortAuthors('Provan, K. G. & Kenis, P.')).to.equal('Provan & Kenis');
    expect(shortAuthors('Osborne, S. P. (ed.)')).to.equal('Osborne');
    expect(shortAuthors('Huxham, C.')).to.equal('Huxham');
    expect(shortAuthors('Vangen, Hayes and Cornforth')).to.equal('Vangen, Hayes & Cornforth');
    expect(shortAuthors('A, B., C, D., E, F. & G, H.')).to.equal('A et al.');
  });

  it('labels citations by author and year, and shows unknown ids as they are', () => {
    expect(citeLabel(defaultPack, ['provan-kenis-2008', 'vangen-2017'])).to.equal('Provan & Kenis 2008; Vangen 2017');
    expect(citeLabel(defaultPack, ['vangen-potter-jacklin-jarvis-2017'])).to.equal('Vangen, Potter & Jacklin-Jarvis 2017');
    expect(citeLabel(defaultPack, ['nobody'])).to.equal('nobody');
  });

  it('formats a full reference with its link', () => {
    const ref = defaultPack.references.find((r) => r.url)!;
    expect(formatReference(ref)).to.contain(ref.title).and.contain(ref.url!);
  });
});
