/**
 * Human units in `edge.yaml`: durations like `500ms`, `5s`, `1m`, `2h` and sizes like
 * `200MB`, `1.5GiB`. Decimal prefixes (kB, MB, GB) are powers of 1000 and binary ones
 * (KiB, MiB, GiB) powers of 1024, as on a disk label and in `df -h` respectively.
 */

const DURATION_RE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)?\s*$/i;
const DURATION_FACTORS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** Pattern a duration string must match (used by the config schema). */
export const DURATION_PATTERN = '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|min|h|d|MS|S|M|MIN|H|D)?\\s*$';

/** Pattern a size string must match (used by the config schema). */
export const SIZE_PATTERN = '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgGtT]i?[bB]?|[bB])?\\s*$';

/**
 * Parses a duration into milliseconds. A bare number means seconds (ESPHome's convention).
 * Throws `RangeError` on anything else.
 */
export function parseDuration(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) throw new RangeError(`invalid duration ${input}`);
    return input * 1000;
  }
  const m = DURATION_RE.exec(input);
  if (!m) throw new RangeError(`invalid duration '${input}' (use e.g. 500ms, 5s, 1m)`);
  const unit = (m[2] ?? 's').toLowerCase();
  return Math.round(Number(m[1]) * (DURATION_FACTORS[unit] ?? 1000));
}

const SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)(b?)\s*$/i;
const SIZE_POWERS: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4 };

/** Parses a size into bytes: a bare number is bytes; `200MB` is 200·10⁶, `200MiB` 200·2²⁰. */
export function parseSize(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) throw new RangeError(`invalid size ${input}`);
    return Math.floor(input);
  }
  const m = SIZE_RE.exec(input);
  if (!m || (m[2] === '' && m[3] !== '')) {
    throw new RangeError(`invalid size '${input}' (use e.g. 200MB, 1GiB)`);
  }
  const power = SIZE_POWERS[(m[2] ?? '').toLowerCase()] ?? 0;
  const base = m[3] ? 1024 : 1000;
  return Math.floor(Number(m[1]) * base ** power);
}

/** Formats bytes for logs and `status`: `1.2 MB`. */
export function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/** Formats milliseconds for logs and `status`: `2h 05m`, `42 s`, `350 ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 120) return `${m} min`;
  const h = Math.floor(m / 60);
  return `${h}h ${String(m % 60).padStart(2, '0')}m`;
}
