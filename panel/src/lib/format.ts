// Locale-aware formatting following Home Assistant's user profile (`hass.locale`).
import type { Localize } from './localize.js';

/** The subset of `hass.locale` the panel reads. */
export interface LocaleSettings {
  language: string;
  number_format?: string;
  time_format?: string;
  time_zone?: string;
}

/**
 * The Intl locale for numbers, as Home Assistant maps its `number_format` setting
 * (frontend src/common/number/format_number.ts).
 */
export function numberLocale(locale: LocaleSettings): string | string[] | undefined {
  switch (locale.number_format) {
    case 'comma_decimal':
      return ['en-US', 'en'];
    case 'decimal_comma':
      return ['de', 'es', 'it'];
    case 'space_comma':
      return ['fr', 'sv', 'cs'];
    case 'system':
      return undefined;
    default:
      return locale.language;
  }
}

/** Whether times are shown with AM/PM; undefined lets the language decide. */
export function hour12(locale: LocaleSettings): boolean | undefined {
  if (locale.time_format === '12') return true;
  if (locale.time_format === '24') return false;
  return undefined;
}

/** Formatters bound to one user's locale and time zone; build once per `hass.locale`. */
export interface Formatters {
  number(v: number | null | undefined, decimals: number): string;
  dateTime(ts: number): string;
  time(ts: number): string;
  /** Time with seconds ("8:04:05 PM"). */
  timeSeconds(ts: number): string;
  date(ts: number): string;
  /** Date with the year ("Nov 22, 2025"). */
  dateYear(ts: number): string;
  /** The zone's short name at `ts` ("GMT+1", "CET"). */
  zone(ts: number): string;
  /** A clock time for a moment near `now`: "7:40 PM" today, "Tue 7:40 AM" on another day. */
  clock(ts: number, now: number): string;
  /** How long ago `ms` was, always in the past tense ("2 seconds ago", "now"). */
  relative(ms: number): string;
  /** The IANA zone times are shown in (the browser's unless the user picked the server's). */
  timeZone: string;
}

/**
 * The zone Home Assistant's profile asks for: the server's (`hass.config.time_zone`) when the
 * user chose "server", otherwise the browser's.
 */
export function userTimeZone(locale: LocaleSettings, serverTimeZone?: string): string {
  if (locale.time_zone === 'server' && serverTimeZone) return serverTimeZone;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function formatters(locale: LocaleSettings, serverTimeZone?: string): Formatters {
  const nl = numberLocale(locale);
  const noGrouping = locale.number_format === 'none';
  const numCache = new Map<number, Intl.NumberFormat>();
  const timeZone = userTimeZone(locale, serverTimeZone);
  const hour12Opt = hour12(locale);
  const lang = locale.language || 'en';
  const make = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang, { hour12: hour12Opt, timeZone, ...o });
  const dt = make({ dateStyle: 'medium', timeStyle: 'short' });
  const tm = make({ hour: 'numeric', minute: '2-digit' });
  const tms = make({ hour: 'numeric', minute: '2-digit', second: '2-digit' });
  const dd = make({ month: 'short', day: 'numeric' });
  const ddy = make({ year: 'numeric', month: 'short', day: 'numeric' });
  const wd = make({ weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const dayKey = make({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const zn = make({ timeZoneName: 'short' });
  const rel = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return {
    timeZone,
    number(v, decimals) {
      if (v == null || !Number.isFinite(v)) return '—';
      let f = numCache.get(decimals);
      if (!f) {
        f = new Intl.NumberFormat(nl, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
          useGrouping: !noGrouping,
        });
        numCache.set(decimals, f);
      }
      return f.format(v);
    },
    dateTime: (ts) => dt.format(ts),
    time: (ts) => tm.format(ts),
    timeSeconds: (ts) => tms.format(ts),
    date: (ts) => dd.format(ts),
    dateYear: (ts) => ddy.format(ts),
    zone: (ts) => zn.formatToParts(ts).find((p) => p.type === 'timeZoneName')?.value ?? timeZone,
    clock: (ts, now) => (dayKey.format(ts) === dayKey.format(now) ? tm : wd).format(ts),
    relative(ms) {
      // Clocks of the browser and the edge node differ by a little: a reading stamped a second
      // "ahead" was still seen in the past, never "in 2 seconds".
      const s = Math.max(0, Math.round(ms / 1000));
      if (s < 60) return rel.format(-s, 'second');
      const m = Math.round(s / 60);
      if (m < 60) return rel.format(-m, 'minute');
      const h = Math.round(m / 60);
      if (h < 48) return rel.format(-h, 'hour');
      return rel.format(-Math.round(h / 24), 'day');
    },
  };
}

/** A duration as people say it: "45 s", "12 min", "5 h 07 min", "3 d 4 h" (in their language). */
export function formatDuration(ms: number, t: Localize): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.floor(ms / 1000);
  if (s < 60) return t('duration.seconds', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('duration.minutes', { m });
  const h = Math.floor(m / 60);
  if (h < 48) return t('duration.hours', { h, m: String(m % 60).padStart(2, '0') });
  return t('duration.days', { d: Math.floor(h / 24), h: h % 24 });
}

/**
 * Time still to go, rounded to whole minutes up: "in 2 h 10 min", "in 4 min", "in under a
 * minute" (a countdown that says "0 min" while not done reads as a bug).
 */
export function formatRemaining(ms: number, t: Localize): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 60_000) return t('remaining.under_minute');
  const total = Math.ceil(ms / 60_000);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('remaining.minutes', { m });
  return t('remaining.hours', { h, m: String(m).padStart(2, '0') });
}

/**
 * Elapsed time on a compare axis in hours and minutes, "h:mm" ("0:45", "12:30"); from two days
 * on with the days in front ("2d 04:00").
 */
export function formatElapsed(seconds: number): string {
  const neg = seconds < 0;
  const total = Math.round(Math.abs(seconds) / 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  const d = h >= 48 ? Math.floor(h / 24) : 0;
  const hh = d > 0 ? String(h % 24).padStart(2, '0') : String(h);
  const body = `${d > 0 ? `${d}d ` : ''}${hh}:${String(m).padStart(2, '0')}`;
  return neg ? `-${body}` : body;
}
