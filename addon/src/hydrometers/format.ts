import type { TSchema, Static } from '@sinclair/typebox';
import type { FieldError, Gateway, HydrometerFormat } from '@brewpit/protocol';
import { invalid } from '../errors.js';
import type { HydrometerState, ParsedPost, Recorded } from './posts.js';
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
  key(body: Static<S>): { key: string; name: string };
  parse(
    body: Static<S>,
    state: HydrometerState,
    ctx: PostContext,
  ): Omit<ParsedPost, 'format' | 'key' | 'name'>;
  reply(recorded: Recorded, post: ParsedPost): Record<string, unknown>;
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
