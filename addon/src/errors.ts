import type { FieldError } from '@brewpit/protocol';

/** What kind of refusal a service error is; each adapter maps it (HTTP: 404, 400, 422, 409, 403). */
export type RefusalKind =
  'not_found' | 'invalid' | 'unprocessable' | 'conflict' | 'forbidden' | 'too_many';

/**
 * A use case refused: the input names something unknown, breaks a rule, or conflicts with the
 * state. Nothing was written. Thrown by services; routers turn it into problem+json, the Home
 * Assistant command handler into a logged refusal.
 */
export class Refused extends Error {
  readonly code = 'refused';
  constructor(
    readonly kind: RefusalKind,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

/** `what` does not exist. */
export const notFound = (detail: string): Refused => new Refused('not_found', 'Not found', detail);

/** The request is well-formed but cannot be applied; `errors` name the fields. */
export const unprocessable = (
  detail: string,
  errors?: FieldError[],
  title = 'Unprocessable request',
): Refused => new Refused('unprocessable', title, detail, errors);

/**
 * A quota is reached: `kind` 'unprocessable' (422) for a count that stays reached until something
 * is removed, 'too_many' (429) for a rate that frees up with time. `errors` name the fields.
 */
export const quotaReached = (
  detail: string,
  errors: FieldError[],
  kind: 'unprocessable' | 'too_many' = 'unprocessable',
): Refused => new Refused(kind, 'Quota exceeded', detail, errors);

/** The request is malformed; `errors` name the fields. */
export const invalid = (errors: FieldError[], detail = 'The request body is invalid'): Refused =>
  new Refused('invalid', 'Invalid request', detail, errors);
