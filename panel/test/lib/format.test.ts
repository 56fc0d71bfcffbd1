import { expect } from 'chai';
import { formatDuration, formatElapsed, formatters, numberLocale } from '../../src/lib/format.js';

describe('format', () => {
  it('maps HA number formats to Intl locales', () => {
    expect(numberLocale({ language: 'nl', number_format: 'language' })).to.equal('nl');
    expect(numberLocale({ language: 'en', number_format: 'decimal_comma' })).to.deep.equal([
      'de',
      'es',
      'it',
    ]);
    const de = formatters({ language: 'de', number_format: 'language' });
    expect(de.number(1234.5, 1)).to.equal('1.234,5');
    const none = formatters({ language: 'en', number_format: 'none' });
    expect(none.number(1234.5, 1)).to.equal('1234.5');
    expect(de.number(null, 1)).to.equal('—');
  });

  it('formats times in the server zone when the user asks for it', () => {
    const f = formatters(
      { language: 'en', time_format: '24', time_zone: 'server' },
      'America/Chicago',
    );
    expect(f.time(Date.UTC(2025, 0, 1, 18, 5))).to.equal('12:05');
  });

  it('says durations the way people do', () => {
    expect(formatDuration(45_000)).to.equal('45 s');
    expect(formatDuration(12 * 60_000)).to.equal('12 min');
    expect(formatDuration((5 * 60 + 7) * 60_000)).to.equal('5 h 07 min');
    expect(formatDuration(76 * 3_600_000)).to.equal('3 d 4 h');
    expect(formatElapsed(0)).to.equal('0:00');
    expect(formatElapsed(3 * 3600 + 300)).to.equal('3:05');
    expect(formatElapsed(26 * 3600)).to.equal('1d 02:00');
  });
});
