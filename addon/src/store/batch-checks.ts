import {
  MAX_CLOCK_SKEW_MS,
  MAX_READING_MAGNITUDE,
  MAX_READING_TS,
  MIN_READING_TS,
  type FieldError,
  type Reading,
} from '@brewpit/protocol';
import { IngestRejected } from './errors.js';

/** Errors listed for one batch at the most (the same bound as schema validation's). */
const MAX_ERRORS = 20;

/** What is wrong with one reading's value or time, or null. */
function problem(r: Reading, now: number): { field: 'value' | 'ts'; message: string } | null {
  if (r.value !== null && !Number.isFinite(r.value))
    return { field: 'value', message: 'must be a finite number' };
  if (r.value !== null && Math.abs(r.value) > MAX_READING_MAGNITUDE)
    return { field: 'value', message: `must be at most ${MAX_READING_MAGNITUDE} in magnitude` };
  if (!Number.isInteger(r.ts) || r.ts < MIN_READING_TS || r.ts > MAX_READING_TS)
    return {
      field: 'ts',
      message: `must be epoch ms between ${MIN_READING_TS} and ${MAX_READING_TS}`,
    };
  if (r.ts > now + MAX_CLOCK_SKEW_MS)
    return {
      field: 'ts',
      message: `is ${Math.round((r.ts - now) / 1000)} s after the hub's clock (at most ${MAX_CLOCK_SKEW_MS / 1000} s allowed)`,
    };
  return null;
}

/**
 * The store's own guard, whatever path a batch came by (edge ingest, a hydrometer post, a Home
 * Assistant sensor): every value finite and bounded, so no rollup sum can overflow into NaN
 * (which SQLite would store as NULL and refuse), and no reading dated after the hub's clock plus
 * {@link MAX_CLOCK_SKEW_MS}, so none can pin a series' latest value until its date. Throws
 * `IngestRejected` (422) naming each reading's field.
 */
export function checkReadings(readings: readonly Reading[], now: number): void {
  const errors: FieldError[] = [];
  for (let i = 0; i < readings.length && errors.length < MAX_ERRORS; i++) {
    const p = problem(readings[i]!, now);
    if (p) errors.push({ path: `/readings/${i}/${p.field}`, message: p.message });
  }
  if (errors.length)
    throw new IngestRejected('The batch holds readings the hub cannot store', errors);
}
