import { Type } from '@sinclair/typebox';
import {
  DeviceConfig,
  DeviceInfo,
  PairRequest,
  PairResponse,
  PairingCreated,
} from '@brewpit/protocol';
import { created, noContent, ok, type RouteDoc } from '../http/openapi.js';
import { IdParams } from '../http/schemas.js';
import { DeviceCreate, DevicePatch } from './schemas.js';

const DeviceCreated = Type.Composite(
  [DeviceInfo, Type.Object({ token: Type.String({ description: 'Shown once' }) })],
  { $id: 'DeviceCreated' },
);

/** Routes of `devices/router.ts`. */
export const DEVICE_DOCS: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/pairings',
    tag: 'devices',
    auth: 'admin',
    summary: 'Create a one-time pairing code (10 minutes)',
    responses: created('The code', PairingCreated),
  },
  {
    method: 'post',
    path: '/pair',
    tag: 'devices',
    auth: 'none',
    summary: 'Exchange a pairing code for a device id and token',
    body: PairRequest,
    errors: {
      403: 'The code is unknown, expired or used',
      429: 'Too many pairing attempts from this address',
    },
    responses: created('The new device and its token (shown once)', PairResponse),
  },
  {
    method: 'post',
    path: '/devices',
    tag: 'devices',
    auth: 'admin',
    summary: 'Register a device directly',
    body: DeviceCreate,
    responses: created('The device and its token (shown once)', DeviceCreated),
  },
  {
    method: 'get',
    path: '/devices',
    tag: 'devices',
    auth: 'admin',
    summary: 'List devices',
    responses: ok('Devices', Type.Array(DeviceInfo)),
  },
  {
    method: 'get',
    path: '/devices/{id}',
    tag: 'devices',
    auth: 'admin',
    summary: 'One device',
    params: IdParams,
    responses: ok('The device', DeviceInfo),
  },
  {
    method: 'patch',
    path: '/devices/{id}',
    tag: 'devices',
    auth: 'admin',
    summary:
      'Rename a device or change its desired config; changed targets also reach the edge node and the running sessions',
    params: IdParams,
    body: DevicePatch,
    responses: ok('The device', DeviceInfo),
  },
  {
    method: 'post',
    path: '/devices/{id}/token',
    tag: 'devices',
    auth: 'admin',
    summary: "Replace a device's token; the old one stops working at once",
    params: IdParams,
    responses: ok('The new token (shown once)', PairResponse),
  },
  {
    method: 'delete',
    path: '/devices/{id}',
    tag: 'devices',
    auth: 'admin',
    summary: 'Delete a device with its data; revokes its token',
    params: IdParams,
    responses: noContent,
  },
  {
    method: 'get',
    path: '/devices/{id}/config',
    tag: 'devices',
    auth: 'device',
    summary: 'Desired config of the calling device, with ETag',
    params: IdParams,
    responses: {
      ...ok('The config', DeviceConfig),
      304: { description: 'Unchanged (If-None-Match)' },
    },
  },
];
