import { Type } from '@sinclair/typebox';
import { OneLine } from '@brewpit/protocol';

/** Query of `GET /changes`. */
export const ChangesQuery = Type.Object({
  cursor: Type.Optional(
    Type.Integer({
      minimum: 0,
      description:
        'Changes after this one: the `cursor` of an export header, or `next` of the previous page; 0 is the beginning',
    }),
  ),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 10_000,
      description: 'At most this many; 1,000 by default',
    }),
  ),
});

/** Query of `GET /stream`. */
export const StreamQuery = Type.Object(
  {
    cursor: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'Start after this change (the Last-Event-ID header wins over it); by default only changes from now on',
      }),
    ),
    tables: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9_]+(,[a-z0-9_]+)*$',
        description:
          'Only changes of these tables, comma-separated (e.g. readings,sessions,alerts)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** One change of the feed and the stream. */
export const ChangeDoc = Type.Object(
  {
    id: Type.Integer({ description: 'The cursor of this change' }),
    table: Type.String(),
    op: Type.Union([Type.Literal('u'), Type.Literal('d')], {
      description: '`u`: the row as it now is (insert or update); `d`: the key of a deleted row',
    }),
    row: Type.Object({}, { additionalProperties: true }),
  },
  { $id: 'Change' },
);

/** A page of `GET /changes`. */
export const ChangesPage = Type.Object(
  {
    changes: Type.Array(ChangeDoc),
    next: Type.Integer({ description: 'The cursor to ask with next' }),
    head: Type.Integer({ description: 'The newest change: caught up when next equals it' }),
  },
  { $id: 'ChangesPage' },
);

/** Body of `POST /tokens`. */
export const TokenCreate = Type.Object(
  {
    name: OneLine({ minLength: 1, maxLength: 80 }),
    kind: Type.Optional(Type.Literal('read', { description: 'The only kind: read-only' })),
  },
  { additionalProperties: false, $id: 'TokenCreate' },
);

/** An API token as listed. */
export const ApiToken = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    kind: Type.Literal('read'),
    created_at: Type.Integer(),
    revoked_at: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'ApiToken' },
);

/** A new token, with its secret (shown once). */
export const ApiTokenCreated = Type.Composite([ApiToken, Type.Object({ token: Type.String() })], {
  $id: 'ApiTokenCreated',
});
