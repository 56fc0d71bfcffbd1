import { Type, type Static } from '@sinclair/typebox';

/** One invalid field of a request: a JSON pointer and what is wrong there. */
export const FieldError = Type.Object({
  path: Type.String({ description: 'JSON pointer to the field, e.g. /readings/3/ts' }),
  message: Type.String(),
});
/** One invalid field of a request. */
export type FieldError = Static<typeof FieldError>;

/** Error body (RFC 9457 problem details), always sent as `application/problem+json`. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldError)),
  },
  { $id: 'Problem' },
);
/** Error body. */
export type Problem = Static<typeof Problem>;
