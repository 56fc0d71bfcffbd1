import type { TSchema, Static } from '@sinclair/typebox';
import {
  MAX_READING_MAGNITUDE,
  type FieldError,
  type Gateway,
  type HydrometerFormat,
} from '@brewpit/protocol';
import { invalid } from '../errors.js';
import type { HydrometerChannel, HydrometerState, ParsedPost, Recorded } from './posts.js';
import { num } from './units.js';

/** What a format module sees besides the body: who posted and when the hub received it. */
interface PostContext {
  gateway: Gateway;
  receivedAt: number;
}

/**
 * The contract of a format module (`ispindel.ts`, `tilt.ts`, `brewfather.ts`): its body schema,
 * how a post names its hydrometer, how it becomes readings in SI units, and the reply the
 * sender expects. `key` and `parse` throw a 400 `HttpProblem` naming the field for input the
 * schema cannot catch; both run before anything is stored.
 */
export interface HydrometerFormatModule<S extends TSchema = TSchema> {
  format: HydrometerFormat;
  schema: S;
  /** How the sender's body is encoded. */
  body: 'json' | 'form';
  key(body: Static<S>): { key: string; name: string; keyField: string };
  parse(
    body: Static<S>,
    state: HydrometerState,
    ctx: PostContext,
  ): Omit<ParsedPost, 'format' | 'key' | 'name' | 'keyField'>;
  reply(recorded: Recorded, post: ParsedPost): Record<string, unknown>;
  /** The body field each channel (and target) is converted from, to name it in a refusal. */
  fieldOf: Partial<Record<HydrometerChannel, string>>;
  /** The body field of each target, likewise. */
  targetFieldOf?: Partial<Record<HydrometerChannel, string>>;
}

/** Whether a converted value can be stored: finite, and within the hub's bound. */
const storable = (v: number) => Number.isFinite(v) && Math.abs(v) <= MAX_READING_MAGNITUDE;

/**
 * Refuses a post whose values leave the storable range once converted (1e308 °F is finite as
 * sent and Infinity in °C): a 400 naming each field as the sender wrote it, nothing stored.
 */
export function checkConverted(
  m: HydrometerFormatModule,
  post: Pick<ParsedPost, 'readings' | 'targets'>,
): void {
  const errors = new Map<string, FieldError>();
  const refuse = (field: string) =>
    errors.set(field, {
      path: `/${field}`,
      message: `is out of range once converted to the hub's units (at most ${MAX_READING_MAGNITUDE} in magnitude)`,
    });
  for (const r of post.readings)
    if (r.value !== null && !storable(r.value)) refuse(m.fieldOf[r.channel] ?? r.channel);
  for (const [channel, v] of Object.entries(post.targets ?? {}) as [HydrometerChannel, number][])
    if (!storable(v)) refuse(m.targetFieldOf?.[channel] ?? channel);
  if (errors.size > 0) throw invalid([...errors.values()]);
}

/**
 * Reads numeric fields (numbers or numeric strings) of a validated body, refusing any that
 * overflow to ±Infinity ("1e999"): a 400 naming every such field, nothing stored.
 */
export function numbers<K extends string>(
  body: Partial<Record<K, number | string>>,
  fields: readonly K[],
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  const errors: FieldError[] = [];
  for (const f of fields) {
    const v = num(body[f]);
    if (v === undefined) continue;
    if (!Number.isFinite(v)) errors.push({ path: `/${f}`, message: 'must be a finite number' });
    else out[f] = v;
  }
  if (errors.length > 0) throw invalid(errors);
  return out;
}
