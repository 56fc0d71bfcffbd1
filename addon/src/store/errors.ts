import type { FieldError } from '@brewpit/protocol';

/**
 * Thrown by the store when a request is well-formed but refers to something it cannot accept
 * (an unknown series, an end before the start). Nothing was written; the API answers 422 with
 * the fields named.
 */
export class StoreRejected extends Error {
  readonly code = 'store_rejected';
  constructor(
    message: string,
    readonly errors: FieldError[],
  ) {
    super(message);
  }
}
