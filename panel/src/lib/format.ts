// Locale-aware formatting following Home Assistant's user profile (`hass.locale`).

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
  date(ts: number): string;
  relative(ms: number): string;
}

export function formatters(locale: LocaleSettings, serverTimeZone?: string): Formatters {
  const nl = numberLocale(locale);
  const noGrouping = locale.number_format === 'none';
  const numCache = new Map<number, Intl.NumberFormat>();
  const timeZone = locale.time_zone === 'server' && serverTimeZone ? serverTimeZone : undefined;
  const h12 = hour12(locale);
  const lang = locale.language || 'en';
  const dt = new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hour12: h12,
    timeZone,
  });
  const tm = new Intl.DateTimeFormat(lang, {
    hour: 'numeric',
    minute: '2-digit',
    hour12: h12,
    timeZone,
  });
  const dd = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone });
  const rel = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return {
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
    date: (ts) => dd.format(ts),
    relative(ms) {
      const s = Math.round(ms / 1000);
      if (Math.abs(s) < 60) return rel.format(-s, 'second');
      const m = Math.round(s / 60);
      if (Math.abs(m) < 60) return rel.format(-m, 'minute');
      const h = Math.round(m / 60);
      if (Math.abs(h) < 48) return rel.format(-h, 'hour');
      return rel.format(-Math.round(h / 24), 'day');
    },
  };
}

/** A duration as people say it: "45 s", "12 min", "5 h 07 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${String(m % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** Elapsed time on a compare axis: "0:45", "12:30", "2d 04:00" (seconds in, h:mm out). */
export function formatElapsed(seconds: number): string {
  const neg = seconds < 0;
  const total = Math.round(Math.abs(seconds) / 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  const d = Math.floor(h / 24);
  const hh = d > 0 ? String(h % 24).padStart(2, '0') : String(h);
  const body = `${d > 0 ? `${d}d ` : ''}${hh}:${String(m).padStart(2, '0')}`;
  return neg ? `-${body}` : body;
}
