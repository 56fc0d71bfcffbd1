import { Type } from '@sinclair/typebox';
import { CommandAck, CommandCreate, CommandRecord } from '@brewpit/protocol';
import { created, ok, type RouteDoc } from '../http/openapi.js';
import { IdParams } from '../http/schemas.js';
import { CommandListQuery, CommandParams } from './schemas.js';

/** Routes of `commands/router.ts`. */
export const COMMAND_DOCS: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/devices/{id}/commands',
    tag: 'commands',
    auth: 'admin',
    summary: 'Queue a command for the device',
    params: IdParams,
    body: CommandCreate,
    responses: created('The queued command', CommandRecord),
  },
  {
    method: 'get',
    path: '/devices/{id}/commands',
    tag: 'commands',
    auth: 'admin',
    summary: "The device's commands, newest first",
    params: IdParams,
    query: CommandListQuery,
    responses: ok('Commands', Type.Array(CommandRecord)),
  },
  {
    method: 'post',
    path: '/devices/{id}/commands/{cid}/ack',
    tag: 'commands',
    auth: 'device',
    summary: "Report a command's result",
    params: CommandParams,
    body: CommandAck,
    responses: ok('The command', CommandRecord),
  },
];
