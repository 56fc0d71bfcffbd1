import { expect } from 'chai';
import {
  placeTimepoint,
  serialDateToUtc,
  utcToSerialDate,
} from '../../src/hydrometers/timepoint.js';

describe('Tilt Timepoint (spreadsheet serial date)', () => {
  it('counts days from 1899-12-30 in the sender’s zone, summer and winter time included', () => {
    // 45000 is 2023-03-15 (any spreadsheet: =DATE(2023,3,15) → 45000).
    expect(serialDateToUtc(45000, 'UTC')).to.equal(Date.UTC(2023, 2, 15));
    expect(serialDateToUtc(45000.5, 'Europe/Berlin')).to.equal(Date.UTC(2023, 2, 15, 11)); // CET, UTC+1
    expect(serialDateToUtc(45108.5, 'Europe/Berlin')).to.equal(Date.UTC(2023, 6, 1, 10)); // CEST, UTC+2
    expect(serialDateToUtc(45108.25, 'America/New_York')).to.equal(Date.UTC(2023, 6, 1, 10)); // EDT, UTC−4
  });

  it('inverts to the same serial', () => {
    const t = Date.UTC(2024, 4, 27, 17, 45, 12, 345);
    expect(serialDateToUtc(utcToSerialDate(t, 'Europe/Berlin'), 'Europe/Berlin')).to.equal(t);
  });

  it('places an ambiguous autumn time on its first occurrence, a spring gap time an hour on', () => {
    // 2024-10-27 02:30 happens twice in Berlin: 00:30Z (CEST) and 01:30Z (CET).
    const autumn = utcToSerialDate(Date.UTC(2024, 9, 27, 0, 30), 'Europe/Berlin');
    expect(serialDateToUtc(autumn, 'Europe/Berlin')).to.equal(Date.UTC(2024, 9, 27, 0, 30));
    // 2024-03-31 02:30 never happens in Berlin (02:00 CET → 03:00 CEST): read as CET.
    const gap = (Date.UTC(2024, 2, 31, 2, 30) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(serialDateToUtc(gap, 'Europe/Berlin')).to.equal(Date.UTC(2024, 2, 31, 1, 30));
  });

  it('prefers the receive time when the Timepoint is over 5 minutes off, or absent', () => {
    const now = Date.UTC(2025, 0, 10, 12);
    const near = placeTimepoint(utcToSerialDate(now - 240_000, 'UTC'), 'UTC', now);
    expect(near).to.deep.include({ ts: now - 240_000, source: 'timepoint' });
    const far = placeTimepoint(utcToSerialDate(now - 360_000, 'UTC'), 'UTC', now);
    expect(far).to.deep.include({ ts: now, source: 'received', skewMs: -360_000 });
    expect(placeTimepoint(undefined, 'UTC', now)).to.deep.equal({
      ts: now,
      skewMs: null,
      source: 'received',
    });
    expect(placeTimepoint(1e12, 'UTC', now).source).to.equal('received');
  });
});
