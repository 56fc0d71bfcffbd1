import { Type } from '@sinclair/typebox';
import { CommandStatus } from '@brewpit/protocol';
import { Uuid } from '../http/schemas.js';

/** `{id}` and `{cid}` of a device's command. */
export const CommandParams = Type.Object({ id: Uuid, cid: Uuid });
/** Filters of `GET /devices/{id}/commands`. */
export const CommandListQuery = Type.Object({
  status: Type.Optional(CommandStatus),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Default 100' })),
});
