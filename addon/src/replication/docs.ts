import { Type } from '@sinclair/typebox';
import { noContent, ok, type RouteDoc } from '../http/openapi.js';
import { IdParams } from '../http/schemas.js';
import {
  ApiToken,
  ApiTokenCreated,
  ChangesPage,
  ChangesQuery,
  StreamQuery,
  TokenCreate,
} from './schemas.js';

const EXPORT_EXAMPLE = [
  '{"format":"brewpit-export","version":1,"hub_version":"0.1.0","exported_at":1764633600000,"cursor":48213,"tables":{"devices":["id","name","kind","created_at","last_seen","boot_id","ack_seq","dropped_total","config_json","status_json"],"readings":["series_id","ts","value","status"]}}',
  '{"t":"devices","r":{"id":"5b0c…","name":"Pit node","kind":"edge","created_at":1764630000000,"last_seen":1764633599000,"boot_id":"b1","ack_seq":9120,"dropped_total":0,"config_json":"{}","status_json":"{}"}}',
  '{"t":"readings","s":1,"p":[[1764630000000,107.5,0],[1764630001000,107.6,0],[1764630002000,null,1]]}',
  '{"end":true,"counts":{"devices":1,"readings":3}}',
].join('\n');

const CHANGES_EXAMPLE = {
  changes: [
    {
      id: 48214,
      table: 'readings',
      op: 'u',
      row: { series_id: 1, ts: 1764633600000, value: 107.8, status: 0 },
    },
    {
      id: 48215,
      table: 'sessions',
      op: 'u',
      row: { id: '9f2e…', name: 'Brisket', notes: 'Wrapped at 74 °C' },
    },
    { id: 48216, table: 'annotations', op: 'd', row: { id: 12 } },
  ],
  next: 48216,
  head: 48216,
};

const STREAM_EXAMPLE = [
  'retry: 1000',
  '',
  'id: 48214',
  'event: change',
  'data: {"id":48214,"table":"readings","op":"u","row":{"series_id":1,"ts":1764633600000,"value":107.8,"status":0}}',
  '',
  'event: head',
  'data: {"head":48214,"at":1764633601000}',
  '',
].join('\n');

/** One Server-Sent Event of `GET /stream`, its fields as the SSE format names them. */
const StreamEvent = Type.Object(
  {
    event: Type.Optional(
      Type.Union([Type.Literal('change'), Type.Literal('head'), Type.Literal('gone')], {
        description:
          '`change`: a committed change; `head`: the log head, once a second while quiet; `gone`: the client fell out of the log (start from an export)',
      }),
    ),
    id: Type.Optional(
      Type.String({ description: 'The change’s cursor, for `Last-Event-ID` on reconnect' }),
    ),
    data: Type.Optional(
      Type.String({
        description:
          'JSON: a change as in `GET /changes`, `{head, at}`, or `{cursor, oldest}` for `gone`',
      }),
    ),
    retry: Type.Optional(Type.Integer({ description: 'Reconnect delay, ms (first event only)' })),
  },
  { description: 'One event of the stream' },
);

const GONE = {
  410: 'The cursor is older than the oldest change the hub keeps (change_log_keep) or than the arming of its change log (nothing is logged until someone first follows the hub): start again from GET /export',
};

/** Routes of `replication/router.ts`. */
export const REPLICATION_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/export',
    tag: 'replication',
    auth: 'admin',
    summary:
      'Everything the hub holds (devices without token hashes, series, readings hot and compressed, sessions, notes, alerts, calibrations, …) as NDJSON: a header with the format version and the changes-feed cursor the export is consistent with, a line per row (readings in runs of up to 1,000 per series), and an end line with counts. Streamed from one snapshot in constant memory.',
    responses: {
      200: {
        description: 'NDJSON export',
        contentType: 'application/x-ndjson',
        schema: Type.String(),
        example: EXPORT_EXAMPLE,
      },
    },
  },
  {
    method: 'post',
    path: '/import',
    tag: 'replication',
    auth: 'admin',
    summary:
      'Restores an export (the body, NDJSON as GET /export wrote it) into a hub that holds no data yet; a truncated or foreign file is refused and leaves the hub empty',
    body: Type.String({ description: 'The NDJSON export' }),
    bodyContentType: 'application/x-ndjson',
    bodyExample: EXPORT_EXAMPLE,
    errors: {
      409: 'The hub already holds data',
      422: 'Not an export of this format version, malformed or truncated; nothing kept',
    },
    responses: ok(
      'Rows imported per table',
      Type.Object({ counts: Type.Record(Type.String(), Type.Integer()) }),
    ),
  },
  {
    method: 'get',
    path: '/changes',
    tag: 'replication',
    auth: 'admin',
    summary:
      'Every change committed after a cursor (readings and every other table’s inserts, updates and deletes), oldest first, with the next cursor. Cursors are change ids: they stay valid across restarts until the log is trimmed past them. The first request arms the change log (nothing is logged before someone follows the hub): an older cursor, 0 included, is answered 410.',
    query: ChangesQuery,
    errors: GONE,
    responses: {
      200: { description: 'A page of changes', schema: ChangesPage, example: CHANGES_EXAMPLE },
    },
  },
  {
    method: 'get',
    path: '/stream',
    tag: 'replication',
    auth: 'admin',
    summary:
      'Server-Sent Events: each committed change as an `event: change` with its cursor as `id`, live; `event: head` once a second while quiet. Reconnecting with Last-Event-ID resumes right after the last event seen, from the changes feed: nothing missed, nothing twice. `event: gone` when a slow client fell out of the log.',
    query: StreamQuery,
    errors: GONE,
    responses: {
      200: {
        description: 'An event stream',
        contentType: 'text/event-stream',
        schema: StreamEvent,
        example: STREAM_EXAMPLE,
      },
    },
  },
  {
    method: 'get',
    path: '/tokens',
    tag: 'replication',
    auth: 'admin',
    summary: 'Read-only API tokens (without their secrets)',
    responses: ok('Tokens', Type.Array(ApiToken)),
  },
  {
    method: 'post',
    path: '/tokens',
    tag: 'replication',
    auth: 'admin',
    summary:
      'Creates a read-only token: it may call every GET the admin token may, and is refused (403) on anything that writes. The secret is shown once.',
    body: TokenCreate,
    bodyExample: { name: 'NAS replica', kind: 'read' },
    responses: {
      201: {
        description: 'The token, with its secret',
        schema: ApiTokenCreated,
        example: {
          id: '0f8a3c1e-6f7d-4c62-9a57-3d1b2c4e5f60',
          name: 'NAS replica',
          kind: 'read',
          created_at: 1764633600000,
          revoked_at: null,
          token: 'bpr_0f8a3c1e-6f7d-4c62-9a57-3d1b2c4e5f60.Zk3…',
        },
      },
    },
  },
  {
    method: 'delete',
    path: '/tokens/{id}',
    tag: 'replication',
    auth: 'admin',
    summary: 'Revokes a read-only token at once',
    params: IdParams,
    responses: noContent,
  },
];
