import type { Static, TObject, TSchema } from '@sinclair/typebox';
import { createValidator, type FieldError } from '@brewpit/protocol';
import { invalid } from '../errors.js';

/** Compiles a schema into a function that returns the typed body or throws a 400 naming fields. */
export function bodyValidator<T extends TSchema>(schema: T): (body: unknown) => Static<T> {
  const validate = createValidator(schema);
  return (body) => {
    const r = validate(body);
    if (!r.ok) throw invalid(r.errors);
    return r.value;
  };
}

/** A plain decimal number, as a query string may carry it; anything else stays a string and fails the schema. */
const DECIMAL = /^-?\d{1,20}(\.\d{1,20})?$/;

/**
 * Validates query-string or path parameters against an object schema. Strings become numbers only
 * where the schema says integer or number and the text is a plain decimal, then the schema is
 * checked without coercion: `1e400`, `0x10`, `""` or a repeated key fail with a 400 naming
 * `/query/<name>` (or `/path/<name>`) instead of slipping through as Infinity or 0.
 */
function paramsValidator<T extends TObject>(
  schema: T,
  where: 'query' | 'path',
): (input: unknown) => Static<T> {
  const validate = createValidator(schema);
  const numeric = Object.entries(schema.properties)
    .filter(
      ([, s]) =>
        (s as { type?: string }).type === 'integer' || (s as { type?: string }).type === 'number',
    )
    .map(([k]) => k);
  return (input) => {
    const data: Record<string, unknown> = { ...(input as Record<string, unknown> | undefined) };
    for (const k of numeric) {
      const v = data[k];
      if (typeof v === 'string' && DECIMAL.test(v)) data[k] = Number(v);
    }
    const r = validate(data);
    if (r.ok) return r.value;
    const errors: FieldError[] = r.errors.map((e) => ({
      ...e,
      path: `/${where}${e.path === '/' ? '' : e.path}`,
    }));
    throw invalid(errors, `The ${where === 'query' ? 'query string' : 'path'} is invalid`);
  };
}

/** Validator of `req.query` against a TypeBox object schema (see `paramsValidator`). */
export const queryValidator = <T extends TObject>(schema: T) => paramsValidator(schema, 'query');

/** Validator of `req.params` against a TypeBox object schema (see `paramsValidator`). */
export const pathValidator = <T extends TObject>(schema: T) => paramsValidator(schema, 'path');

/** A path parameter as a string (express types widen params once a middleware precedes the handler). */
export function pathParam(req: { params: Record<string, unknown> }, name: string): string {
  const v = req.params[name];
  return typeof v === 'string' ? v : String(v);
}

/**
 * JSON has no Infinity, but `1e400` parses to it. Turning such numbers into a string makes
 * schema validation refuse them with the field's path instead of storing Infinity.
 */
export function finiteNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? NON_FINITE : value;
}

/**
 * What {@link finiteNumbers} does as a reviver, done in place on a parsed value: each
 * non-finite number becomes a string, so schema validation refuses it with its field's path.
 * One walk over the parsed value costs a fraction of a reviver's call per key.
 */
export function replaceNonFinite(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NON_FINITE;
  if (typeof value === 'object' && value !== null) replaceInside(value as Record<string, unknown>);
  return value;
}

const NON_FINITE = 'non-finite number';

/** Objects and arrays are changed in place; only a non-finite number is ever assigned. */
function replaceInside(o: Record<string, unknown> | unknown[]): void {
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const x: unknown = o[i];
      if (typeof x === 'number') {
        if (!Number.isFinite(x)) o[i] = NON_FINITE;
      } else if (typeof x === 'object' && x !== null) replaceInside(x as Record<string, unknown>);
    }
    return;
  }
  for (const k in o) {
    const x = o[k];
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) o[k] = NON_FINITE;
    } else if (typeof x === 'object' && x !== null) replaceInside(x as Record<string, unknown>);
  }
}
