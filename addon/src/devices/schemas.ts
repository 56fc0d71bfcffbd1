import { Type } from '@sinclair/typebox';
import { DeviceConfig, DeviceName } from '@brewpit/protocol';

/** Body of `POST /devices` (admin). */
export const DeviceCreate = Type.Object(
  { name: DeviceName, kind: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })) },
  { additionalProperties: false, $id: 'DeviceCreate' },
);

/** Body of `PATCH /devices/{id}` (admin): a new name and/or config fields to change. */
export const DevicePatch = Type.Object(
  { name: Type.Optional(DeviceName), config: Type.Optional(Type.Partial(DeviceConfig)) },
  { additionalProperties: false, $id: 'DevicePatch' },
);
