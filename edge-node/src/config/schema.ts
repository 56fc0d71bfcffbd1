import { Type, type Static } from '@sinclair/typebox';
import { DeviceName } from '@brewpit/protocol';
import type { ControlConfig } from '../control/config.js';
import { DURATION_PATTERN, SIZE_PATTERN } from './units.js';

/** Default `uplink.heartbeat` of a node that controls outputs, and of one that only monitors. */
export const HEARTBEAT_CONTROL = '1s';
export const HEARTBEAT_IDLE = '30s';

const Duration = (def: string, description: string) =>
  Type.Union([Type.String({ pattern: DURATION_PATTERN }), Type.Number({ minimum: 0 })], {
    default: def,
    description,
    'x-hint': 'must be a duration like 500ms, 5s, 1m or 2h',
  });

const Size = (def: string, description: string) =>
  Type.Union([Type.String({ pattern: SIZE_PATTERN }), Type.Integer({ minimum: 0 })], {
    default: def,
    description,
    'x-hint': 'must be a size like 200MB, 1GiB or a number of bytes',
  });

/**
 * Schema of `edge.yaml` (sensors are checked against their own platform schema afterwards).
 * Defaults here are what a Pi runs with when the file leaves an option out.
 */
export const EdgeConfigSchema = Type.Object(
  {
    hub: Type.Object(
      {
        url: Type.String({
          pattern: '^https?://[^\\s]+$',
          description: 'Hub base URL, e.g. http://homeassistant.local:8488',
        }),
        token_file: Type.Optional(
          Type.String({ minLength: 1, description: 'File written by `brewpit-edge pair`' }),
        ),
        token: Type.Optional(
          Type.String({ minLength: 1, description: 'Device token inline (instead of token_file)' }),
        ),
        device_id: Type.Optional(
          Type.String({ minLength: 1, description: 'Device id, when token is given inline' }),
        ),
        apply_config: Type.Boolean({
          default: true,
          description:
            "Follow the hub's desired config: its sample interval replaces sample_interval, " +
            'recording pauses sending, a chamber setpoint in its targets takes effect',
        }),
      },
      { additionalProperties: false },
    ),
    device: Type.Object(
      { name: DeviceName },
      { additionalProperties: false, default: { name: 'brewpit-edge' } },
    ),
    sample_interval: Duration(
      '5s',
      "Time between samples (500ms … 1h) until the hub's desired config sets one " +
        '(see hub.apply_config); a new device starts with 5 s on the hub',
    ),
    sensor_timeout: Type.Optional(Duration('2s', 'Longest a sensor may take to answer one poll')),
    outbox: Type.Object(
      {
        path: Type.String({ default: './outbox.db', minLength: 1 }),
        max_size: Size('200MB', 'Size bound; beyond it the oldest data is thinned'),
      },
      { additionalProperties: false, default: {} },
    ),
    uplink: Type.Object(
      {
        batch_max_readings: Type.Integer({ minimum: 1, maximum: 5000, default: 5000 }),
        batch_max_age: Duration('0ms', 'Longest a reading waits for companions before it is sent'),
        backoff_initial: Duration('1s', 'First retry delay after a failure'),
        backoff_max: Duration('60s', 'Cap of the exponential retry delay'),
        // No schema default: the default depends on whether a control section exists (load.ts).
        heartbeat: Type.Optional(
          Type.Union([Type.String({ pattern: DURATION_PATTERN }), Type.Number({ minimum: 0 })], {
            description:
              'Longest gap between two requests to the hub: when nothing else is due an empty ' +
              'batch goes out, to fetch commands and report status. Commands reach the edge only ' +
              `in ingest answers, so this bounds their latency. Default ${HEARTBEAT_CONTROL} with ` +
              `a control section, else ${HEARTBEAT_IDLE}`,
            'x-hint': 'must be a duration like 500ms, 5s, 1m or 2h',
          }),
        ),
        request_timeout: Duration('15s', 'Longest one request to the hub may take'),
        gzip: Type.Boolean({ default: true }),
      },
      { additionalProperties: false, default: {} },
    ),
    // Checked against control's own schema when present (load.ts), so a node without a
    // control section never loads control's code.
    control: Type.Optional(
      Type.Object({}, { additionalProperties: true, description: 'Fermentation chamber control' }),
    ),
    status_file: Type.Optional(
      Type.String({ description: 'Where `run` writes its state for `status`' }),
    ),
    sensors: Type.Array(Type.Object({ platform: Type.String() }, { additionalProperties: true }), {
      minItems: 1,
      description: 'Sensors: platform plus its options',
    }),
  },
  { additionalProperties: false, $id: 'edge.EdgeConfig' },
);
/** `edge.yaml` as written, after defaults. */
export type RawEdgeConfig = Static<typeof EdgeConfigSchema>;

/** A sensor entry after its platform schema validated it. */
export interface SensorConfig {
  platform: string;
  options: Record<string, unknown> & { platform: string };
}

/** Fully resolved configuration: units parsed, paths absolute. */
export interface EdgeConfig {
  /** File it came from, or `<inline>`. */
  source: string;
  hub: { url: string; tokenFile?: string; token?: string; deviceId?: string; applyConfig: boolean };
  deviceName: string;
  sampleIntervalMs: number;
  sensorTimeoutMs: number;
  outbox: { path: string; maxBytes: number };
  uplink: {
    batchMaxReadings: number;
    batchMaxAgeMs: number;
    backoffInitialMs: number;
    backoffMaxMs: number;
    heartbeatMs: number;
    requestTimeoutMs: number;
    gzip: boolean;
  };
  statusFile: string;
  sensors: SensorConfig[];
  /** Fermentation chamber control, when `edge.yaml` has a `control:` section. */
  control?: ControlConfig;
}
