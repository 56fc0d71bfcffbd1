import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Static, TSchema } from '@sinclair/typebox';
import type { FieldError } from './problem.js';

// ajv-formats ships CommonJS with a default export that NodeNext sees one level deep.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Outcome of validating untrusted input against a protocol schema. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Errors reported for one request at the most; a thousand bad readings need not be listed. */
const MAX_REPORTED_ERRORS = 20;

const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false });
addFormats(ajv, ['uuid', 'date-time', 'uri']);

function toFieldError(e: ErrorObject): FieldError {
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return { path: `${e.instancePath}/${missing}`, message: 'is required' };
  }
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return { path: `${e.instancePath}/${extra}`, message: 'is not a known field' };
  }
  return { path: e.instancePath || '/', message: e.message ?? 'is invalid' };
}

/** Drops the noise of union branches: keep the first error per path. */
function summarise(errors: ErrorObject[]): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const e of errors) {
    const fe = toFieldError(e);
    if (!seen.has(fe.path)) seen.set(fe.path, fe);
    if (seen.size >= MAX_REPORTED_ERRORS) break;
  }
  return [...seen.values()];
}

/**
 * Compiles a schema once and returns a function that validates untrusted input, giving either
 * the typed value or every invalid field as a JSON pointer with a message.
 */
export function createValidator<T extends TSchema>(
  schema: T,
): (data: unknown) => ValidationResult<Static<T>> {
  const fn: ValidateFunction = ajv.compile(schema);
  return (data) =>
    fn(data)
      ? { ok: true, value: data as Static<T> }
      : { ok: false, errors: summarise(fn.errors ?? []) };
}

/** Formats field errors as `path: message` lines, the form logs and CLIs print. */
export function formatErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
