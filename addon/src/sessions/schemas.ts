import { Type } from '@sinclair/typebox';
import { ReadingTime, SessionKind } from '@brewpit/protocol';

/** A date in a list filter: epoch ms, an ISO 8601 date (`2025-11-22`) or date-time. */
const DateParam = Type.String({
  maxLength: 40,
  pattern:
    '^(\\d{1,15}|\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?)$',
  description:
    'UTC epoch ms, or an ISO 8601 date or date-time; a bare date as `to` means the end of that day (UTC)',
});

/** Filters of `GET /sessions`. */
export const SessionListQuery = Type.Object({
  kind: Type.Optional(SessionKind),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('ended')])),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 120, description: 'Part of the name, any case' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Default 100' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  summary: Type.Optional(
    Type.Union([Type.Literal('true'), Type.Literal('false')], {
      description: 'Include key figures; default true',
    }),
  ),
});

/** Body of `POST /sessions/{id}/end`. */
export const SessionEnd = Type.Object(
  {
    ended_at: Type.Optional(ReadingTime('When it ended, UTC epoch ms (2000 to 2100); default now')),
  },
  { additionalProperties: false, $id: 'SessionEnd' },
);
