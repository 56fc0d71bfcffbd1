import type { Static, TSchema } from '@sinclair/typebox';
import { createValidator } from '@brewpit/protocol';
import { invalid } from './problem.js';

/** Compiles a schema into a function that returns the typed body or throws a 400 naming fields. */
export function bodyValidator<T extends TSchema>(schema: T): (body: unknown) => Static<T> {
  const validate = createValidator(schema);
  return (body) => {
    const r = validate(body);
    if (!r.ok) throw invalid(r.errors);
    return r.value;
  };
}

/** A path parameter as a string (express types widen params once a middleware precedes the handler). */
export function pathParam(req: { params: Record<string, unknown> }, name: string): string {
  const v = req.params[name];
  return typeof v === 'string' ? v : String(v);
}
