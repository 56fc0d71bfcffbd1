import { Type, type Static } from '@sinclair/typebox';
import { OneLine } from './text.js';

/** A pairing code as shown to the user: three letters or digits, a dash, three more. */
export const PairingCode = Type.String({
  pattern: '^[A-Z0-9]{3}-[A-Z0-9]{3}$',
  description: 'One-time pairing code, e.g. K7Q-4MZ',
});

/** Answer to `POST /api/v1/pairings`. */
export const PairingCreated = Type.Object(
  { code: PairingCode, expires_at: Type.Integer({ description: 'UTC epoch ms' }) },
  { $id: 'PairingCreated' },
);
/** Answer to `POST /api/v1/pairings`. */
export type PairingCreated = Static<typeof PairingCreated>;

/** Device name: what the user calls the node; becomes the Home Assistant device name. */
export const DeviceName = OneLine({
  minLength: 1,
  maxLength: 64,
  description: 'Device name: no control characters, well-formed Unicode',
});

/** Body of `POST /api/v1/pair`. */
export const PairRequest = Type.Object(
  { code: PairingCode, name: DeviceName },
  { additionalProperties: false, $id: 'PairRequest' },
);
/** Body of `POST /api/v1/pair`. */
export type PairRequest = Static<typeof PairRequest>;

/** Answer to `POST /api/v1/pair`: the device's identity and its bearer token (shown once). */
export const PairResponse = Type.Object(
  { device_id: Type.String(), token: Type.String() },
  { $id: 'PairResponse' },
);
/** Answer to `POST /api/v1/pair`. */
export type PairResponse = Static<typeof PairResponse>;

/** Desired configuration of an edge node, served with an ETag. */
export const DeviceConfig = Type.Object(
  {
    sample_interval_s: Type.Number({ minimum: 0.5, maximum: 3600 }),
    recording: Type.Boolean({ description: 'False pauses sending readings to the hub' }),
    targets: Type.Record(Type.String(), Type.Number(), {
      description: 'Target value per channel key, e.g. meat probe target temperature',
    }),
  },
  { additionalProperties: false, $id: 'DeviceConfig' },
);
/** Desired configuration of an edge node. */
export type DeviceConfig = Static<typeof DeviceConfig>;
