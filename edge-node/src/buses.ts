import { performance } from 'node:perf_hooks';
import { nodeDiskStatter, nodeFileReader } from './bus/file.js';
import { openI2cBus, type I2cBus } from './bus/i2c.js';
import { W1Bus } from './bus/w1.js';
import type { BusProvider } from './sensors/types.js';

/**
 * The real transports. Each I²C bus is opened once, on first use, and shared by every chip
 * on it; a bus that fails to open is retried on the next sensor setup.
 */
export function createBusProvider(
  overrides: Partial<BusProvider> = {},
): BusProvider & { close(): Promise<void> } {
  const i2cBuses = new Map<number, Promise<I2cBus>>();
  const provider: BusProvider = {
    i2c(bus) {
      let p = i2cBuses.get(bus);
      if (!p) {
        p = openI2cBus(bus);
        p.catch(() => i2cBuses.delete(bus));
        i2cBuses.set(bus, p);
      }
      return p;
    },
    w1: (root) => new W1Bus(root),
    files: nodeFileReader,
    disk: nodeDiskStatter,
    monotonicMs: () => performance.now(),
    wallMs: () => Date.now(),
    ...overrides,
  };
  return {
    ...provider,
    async close() {
      const buses = await Promise.allSettled(i2cBuses.values());
      await Promise.allSettled(
        buses.map((b) => (b.status === 'fulfilled' ? b.value.close() : undefined)),
      );
    },
  };
}
