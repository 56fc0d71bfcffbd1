import { expect } from 'chai';
import { catalogLanguage, localizer } from '../../src/lib/localize.js';
import { de } from '../../src/lib/messages/de.js';
import { en } from '../../src/lib/messages/en.js';

describe('localize', () => {
  it('fills parameters and picks plural forms by language', () => {
    const t = localizer('en');
    expect(t('list.channels', { count: 1 })).to.equal('1 channel');
    expect(t('list.channels', { count: 3 })).to.equal('3 channels');
    expect(t('detail.started', { time: '8:04 PM' })).to.equal('Started 8:04 PM');
    expect(localizer('de')('list.channels', { count: 2 })).to.equal('2 Kanäle');
    expect(localizer('de')('list.channels', { count: 1200 })).to.equal('1.200 Kanäle');
  });

  it('falls back to the base language, then to English', () => {
    expect(catalogLanguage('de-CH')).to.equal('de');
    expect(catalogLanguage('pt-BR')).to.equal('en');
    expect(catalogLanguage(undefined)).to.equal('en');
    // A message the German catalog lacks is English, never a key.
    expect(localizer('de')('detail.og', { value: '1.050' })).to.equal('OG 1.050');
  });

  it('translates only messages that exist, with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(de)) {
      const source = en[key as keyof typeof en];
      expect(source, key).to.be.a('string');
      expect(params(text!), key).to.deep.equal(params(source));
    }
  });
});
