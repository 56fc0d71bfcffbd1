import type { TSchema, Static } from '@sinclair/typebox';
import type { ChannelKind } from '@brewpit/protocol';
import type { I2cBus } from '../bus/i2c.js';
import type { W1Bus } from '../bus/w1.js';
import type { DiskStatter, FileReader } from '../bus/file.js';
import type { PinEvent } from '../outputs/emulated.js';

/**
 * One value a sensor produces per poll, as announced to the hub (the `Channel` on the wire)
 * plus what the edge needs to judge its quality.
 */
export interface ReadingSpec {
  /** Channel key, unique per device, e.g. `pit`, `meat1`, `ambient_temperature`. */
  key: string;
  /** What it measures; decides the Home Assistant device class. */
  kind: ChannelKind;
  /** Human name, e.g. "Brisket". */
  name: string;
  /** SI unit on the wire (see `CANONICAL_UNITS`). */
  unit: string;
  /** Decimals worth displaying. */
  precision: number;
  /** Physically possible range for this sensor; outside it a value is `implausible`. */
  plausible?: readonly [min: number, max: number];
  /**
   * Largest believable change between two consecutive samples; a bigger jump that the
   * next sample does not confirm is a `spike`. Omit to disable spike detection.
   */
  maxStep?: number;
  /**
   * Samples with a bit-identical value after which the channel is `frozen`. Only for
   * channels that always jitter (an ADC-read NTC); omit for quantised or slow ones.
   */
  frozenAfter?: number;
}

/** Values of one poll by channel key; `null` means the sensor had no value (unplugged). */
export type SensorValues = Record<string, number | null>;

/**
 * A sensor instance created by a platform's factory. Chip logic talks only to its
 * transport; it never touches files or buses directly.
 */
export interface Sensor {
  /** Label used in logs, e.g. `bme280@0x76`, `ds18b20 28-0316a2794aff`. */
  readonly label: string;
  /**
   * Checks the hardware (chip id, device present) and loads calibration. Throws a
   * `SensorSetupError` with a code such as `wrong_chip_id` when the sensor cannot work; the
   * sampler reports its channels `unavailable` and retries setup now and then.
   */
  setup(): Promise<void>;
  /**
   * Takes one measurement. Throws a `SensorReadError` (code `i2c_error`, `bad_crc`, …) when
   * this poll failed; the sampler logs a warning once and records no value until a read
   * succeeds again. Returns a value (or `null`) for every key of the platform's readings.
   */
  read(): Promise<SensorValues>;
  /** Releases the transport, if the sensor owns it. */
  close?(): Promise<void>;
}

/** The transports the runtime can hand to a platform. */
export interface BusProvider {
  /** The I²C bus `/dev/i2c-<n>`, opened once and shared by every sensor on it. */
  i2c(bus: number): Promise<I2cBus>;
  /** The 1-Wire sysfs tree (the `root` argument overrides the default root). */
  w1(root?: string): W1Bus;
  files: FileReader;
  disk: DiskStatter;
  /** Monotonic milliseconds, e.g. `performance.now()`; simulations run on it. */
  monotonicMs(): number;
  /** Wall-clock epoch milliseconds, used where a model depends on the time of day. */
  wallMs(): number;
  /**
   * The emulated relay lines control drives (`control.outputs.transport: emulated`), so a
   * simulated chamber heats and cools when the thermostat says so. Absent otherwise.
   */
  emulatedOutputs?: { readonly events: readonly PinEvent[] };
}

/**
 * A sensor platform, the ESPHome way: the option schema, the readings it produces for given
 * options, how to pick its transport, and a factory taking validated options and that
 * transport. Registered in `sensors/registry.ts`.
 */
export interface PlatformDescriptor<S extends TSchema = TSchema, T = unknown> {
  /** The `platform:` value in `edge.yaml`. */
  readonly platform: string;
  /** TypeBox schema of the options (defaults, ranges, descriptions). */
  readonly schema: S;
  /** The channels one instance produces with these options. */
  readings(options: Static<S>): ReadingSpec[];
  /** Extra checks the schema cannot express; each string is `path: message`. */
  check?(options: Static<S>): string[];
  /** Obtains the transport for these options from the runtime's buses. */
  transport(options: Static<S>, buses: BusProvider): Promise<T> | T;
  /** Creates the chip logic on top of the transport. Must not do I/O (that is `setup`). */
  create(options: Static<S>, transport: T): Sensor;
}

/** Type-erased descriptor, as kept in the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPlatform = PlatformDescriptor<TSchema, any>;

/** Helper that keeps the option type inferred from the schema. */
export function definePlatform<S extends TSchema, T>(
  d: PlatformDescriptor<S, T>,
): PlatformDescriptor<S, T> {
  return d;
}
