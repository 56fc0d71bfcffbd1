import type { Channel } from '@brewpit/protocol';
import type { EdgeConfig } from '../config/schema.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { loadPlatforms } from '../sensors/registry.js';
import type { SensorSlot } from '../sensors/sampler.js';
import type { BusProvider, ReadingSpec, Sensor } from '../sensors/types.js';

/** A sensor whose transport could not even be obtained: setup reports the reason. */
function failedSensor(label: string, err: unknown): Sensor {
  return {
    label,
    setup: () => Promise.reject(err instanceof Error ? err : new Error(String(err))),
    read: () => Promise.reject(new Error('not set up')),
  };
}

/**
 * Creates every configured sensor on its transport. A transport that cannot be opened (no I²C
 * bus yet) makes a sensor whose setup fails with the reason: its channels read unavailable and
 * the sampler retries, the node runs on.
 */
export async function openSensors(
  config: EdgeConfig,
  buses: BusProvider,
  log: Logger,
): Promise<SensorSlot[]> {
  const slots: SensorSlot[] = [];
  const platforms = await loadPlatforms(config.sensors.map((s) => s.platform));
  for (const s of config.sensors) {
    const d = platforms.get(s.platform)!;
    let sensor: Sensor;
    try {
      sensor = d.create(s.options, await d.transport(s.options, buses));
    } catch (err) {
      log.warn(
        { platform: s.platform },
        `Cannot open the transport of a ${s.platform} sensor: ${errorMessage(err)}`,
      );
      sensor = failedSensor(s.platform, err);
    }
    slots.push({ platform: s.platform, sensor, readings: d.readings(s.options) });
  }
  return slots;
}

/** The channels the node announces to the hub: every sensor's, then control's. */
export function channelsOf(slots: readonly SensorSlot[], control: ReadingSpec[]): Channel[] {
  return [...slots.flatMap((s) => s.readings), ...control].map((r) => ({
    key: r.key,
    kind: r.kind,
    unit: r.unit,
    name: r.name,
    precision: r.precision,
  }));
}
