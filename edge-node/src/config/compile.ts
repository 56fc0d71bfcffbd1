import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';

// ajv-formats ships CommonJS with a default export that NodeNext sees one level deep.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Options of every validator the edge uses; build.mjs compiles with the same. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  useDefaults: true,
  verbose: true,
  coerceTypes: false,
} as const;

/** The string formats the edge's schemas use. */
export const AJV_FORMATS = ['uri', 'uuid', 'date-time'] as const;

let ajv: Ajv | undefined;
const compiled = new WeakMap<TSchema, ValidateFunction>();

/**
 * Makes the validators of `schemas` available to {@link compileSchema}. Here a no-op: Ajv
 * compiles on first use. The deployed bundle replaces this module (see build.mjs) with one
 * whose validators Ajv generated at build time, each in its own chunk that this loads: running
 * Ajv's code generator on a Pi costs 3–6 MB of short-lived garbage and up to 0.2 s per schema at
 * every start, which decided the node's peak memory. So every schema used at run time is
 * prepared before its first use, carries a `$id` and is listed in `config/schemas.ts`.
 */
export async function prepareSchemas(_schemas: readonly TSchema[]): Promise<void> {}

/** The validator of `schema` (see {@link prepareSchemas}). */
export function compileSchema(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    ajv ??= addFormats(new Ajv(AJV_OPTIONS), [...AJV_FORMATS]);
    // By `$id` too: the same schema module can be loaded twice (tests mixing static imports
    // and the platform registry's dynamic ones), and Ajv refuses a second schema of one id.
    fn = (schema.$id && ajv.getSchema(schema.$id)) || ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}
