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

/**
 * Thrown when a batch refers to something the hub cannot accept (an unknown device or channel, a
 * value or time it cannot store, seqs it will not track); nothing was stored. The API answers
 * `status` (422 unless said otherwise) with `title`, and `errors` name the fields.
 */
export class IngestRejected extends Error {
  readonly code = 'ingest_rejected';
  readonly status: number;
  readonly title: string;
  constructor(
    message: string,
    readonly errors: FieldError[],
    { status = 422, title = 'Unprocessable batch' }: { status?: number; title?: string } = {},
  ) {
    super(message);
    this.status = status;
    this.title = title;
  }
}
