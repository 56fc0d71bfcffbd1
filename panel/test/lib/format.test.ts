import { expect } from 'chai';
import {
  formatDuration,
  formatElapsed,
  formatRemaining,
  formatters,
  numberLocale,
} from '../../src/lib/format.js';
import { localizer } from '../../src/lib/localize.js';

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

  it('says durations the way people do, in their language', () => {
    const t = localizer('en');
    expect(formatDuration(45_000, t)).to.equal('45 s');
    expect(formatDuration(12 * 60_000, t)).to.equal('12 min');
    expect(formatDuration((5 * 60 + 7) * 60_000, t)).to.equal('5 h 07 min');
    expect(formatDuration(76 * 3_600_000, t)).to.equal('3 d 4 h');
    expect(formatDuration(76 * 3_600_000, localizer('de'))).to.equal('3 T 4 h');
  });

  it('counts down to an arrival in whole minutes, never "in 0 min"', () => {
    const t = localizer('en');
    expect(formatRemaining((2 * 60 + 10) * 60_000, t)).to.equal('in 2 h 10 min');
    expect(formatRemaining(4 * 60_000 + 1, t)).to.equal('in 5 min');
    expect(formatRemaining(20_000, t)).to.equal('in under a minute');
    expect(formatRemaining(65 * 60_000, localizer('de'))).to.equal('in 1 h 05 min');
  });

  it('shows elapsed time as hours and minutes', () => {
    expect(formatElapsed(0)).to.equal('0:00');
    expect(formatElapsed(7 * 60)).to.equal('0:07');
    expect(formatElapsed(3 * 3600 + 300)).to.equal('3:05');
    expect(formatElapsed(26 * 3600)).to.equal('26:00');
    expect(formatElapsed(50 * 3600)).to.equal('2d 02:00');
  });

  it('says when a probe was last seen in the past tense, also when its clock runs ahead', () => {
    const f = formatters({ language: 'en' });
    expect(f.relative(2000)).to.equal('2 seconds ago');
    expect(f.relative(-1500)).to.equal('now');
    expect(f.relative(3 * 60_000)).to.equal('3 minutes ago');
    expect(formatters({ language: 'de' }).relative(2000)).to.equal('vor 2 Sekunden');
  });

  it('gives a clock time for today and the weekday for another day', () => {
    const f = formatters({ language: 'en', time_zone: 'server', time_format: '12' }, 'UTC');
    const now = Date.UTC(2025, 10, 22, 12, 0);
    expect(f.clock(Date.UTC(2025, 10, 22, 19, 40), now)).to.equal('7:40 PM');
    expect(f.clock(Date.UTC(2025, 10, 23, 7, 40), now)).to.equal('Sun 7:40 AM');
  });
});
