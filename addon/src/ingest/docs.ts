import { IngestAck, IngestBatch } from '@brewpit/protocol';
import { ok, type RouteDoc } from '../http/openapi.js';
import { MSGPACK_TYPES } from './body.js';

/** Routes of `ingest/router.ts`. */
export const INGEST_DOCS: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/ingest',
    tag: 'ingest',
    auth: 'device',
    summary:
      'A batch of readings, as JSON or MessagePack (gzip or deflate allowed); idempotent by seq. Every answer lists the body types taken in `Accept-Post`',
    body: IngestBatch,
    bodyAlsoAs: MSGPACK_TYPES,
    errors: {
      409: 'The batch would leave more gaps in the seqs than the hub tracks per device',
      429: 'This device sends faster than the hub accepts, or too many failed authentications; see Retry-After',
      413: 'Body or batch too large',
      415: 'Unsupported Content-Encoding (MessagePack: gzip, deflate or none)',
      422: 'A reading names a channel never announced or past the quota, a value the hub cannot store, a time after its clock, or a dropped range past the seqs sent; `errors` name each',
    },
    responses: ok('Acknowledgement, config ETag and due commands', IngestAck),
  },
];
