/**
 * Spreadsheet serial dates (the Tilt app's `Timepoint`): days since 1899-12-30 00:00 in the
 * sender's *local* time, the epoch Google Sheets and Excel share (Excel's 1900 leap-year bug
 * is why it is the 30th, not the 31st).
 */

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date spreadsheets know. */
const MAX_SERIAL = 2_958_465;

/** How far a Timepoint may be from the hub's receive time before the hub's clock wins. */
const MAX_TIMEPOINT_SKEW_MS = 5 * 60_000;

/** Whether `tz` is an IANA zone this Node knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The hub's own zone: `TZ` when set (Node honours it), else the system's. */
export function hubTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `tz` from UTC at the instant `utcMs`, in ms (positive east of Greenwich). */
function offsetAt(tz: string, utcMs: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(utcMs).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant of a wall-clock time in `tz`. The zone's offsets a day before and after are
 * the only candidates (no zone changes twice in two days); a candidate is right when the zone
 * shows that wall clock at it. An ambiguous autumn time takes its first occurrence; a time in
 * the spring-forward gap does not exist and lands an hour later, which is as good as a
 * spreadsheet date can say.
 */
function zonedWallClockToUtc(wallMs: number, tz: string): number {
  const before = wallMs - offsetAt(tz, wallMs - DAY_MS);
  const after = wallMs - offsetAt(tz, wallMs + DAY_MS);
  const valid = [before, after].filter((c) => offsetAt(tz, c) === wallMs - c);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** Converts a spreadsheet serial date in `tz` to UTC epoch ms. */
export function serialDateToUtc(serial: number, tz: string): number {
  return Math.round(zonedWallClockToUtc(SERIAL_EPOCH_MS + serial * DAY_MS, tz));
}

/** Converts UTC epoch ms to a spreadsheet serial date in `tz` (for tests and replies). */
export function utcToSerialDate(utcMs: number, tz: string): number {
  return (utcMs + offsetAt(tz, utcMs) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** Outcome of placing a Timepoint on the hub's time line. */
export interface TimepointResult {
  ts: number;
  /** Timepoint minus receive time, in ms; null when no Timepoint was sent. */
  skewMs: number | null;
  source: 'timepoint' | 'received';
}

/**
 * Chooses a reading's timestamp. The Tilt app and TiltPi post as soon as they read, so the
 * Timepoint should match the receive time to within network latency; it is preferred because a
 * retried post then lands on the same instant (and is stored once). More than
 * {@link MAX_TIMEPOINT_SKEW_MS} away means a wrong time zone or a phone clock that is off, and a
 * wrong time would misplace the point on the curve: the hub's receive time is used instead and
 * the skew is reported, so the user can fix the zone.
 */
export function placeTimepoint(
  serial: number | undefined,
  tz: string,
  receivedAt: number,
): TimepointResult {
  if (serial === undefined) return { ts: receivedAt, skewMs: null, source: 'received' };
  // Outside 1900–9999 Intl cannot place the date at all; it is as implausible as a wrong zone.
  if (!(serial >= 1 && serial <= MAX_SERIAL))
    return { ts: receivedAt, skewMs: null, source: 'received' };
  const ts = serialDateToUtc(serial, tz);
  const skewMs = ts - receivedAt;
  if (Math.abs(skewMs) > MAX_TIMEPOINT_SKEW_MS)
    return { ts: receivedAt, skewMs, source: 'received' };
  return { ts, skewMs, source: 'timepoint' };
}
