import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the Linux w1 driver exposes 1-Wire devices. */
const DEFAULT_W1_ROOT = '/sys/bus/w1/devices';

/**
 * Reads 1-Wire devices through the Linux w1 sysfs files. The root directory is configurable
 * so tests (and `scan`) can point it at a fake tree.
 */
export class W1Bus {
  constructor(readonly root: string = DEFAULT_W1_ROOT) {}

  /** Ids of devices of one family, e.g. `28` for DS18B20: `['28-0316a2794aff', …]`. */
  async list(family: string): Promise<string[]> {
    try {
      const names = await readdir(this.root);
      return names.filter((n) => n.startsWith(`${family}-`)).sort();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** Contents of one attribute file of a device, e.g. `w1_slave`. */
  read(deviceId: string, file: string): Promise<string> {
    return readFile(join(this.root, deviceId, file), 'utf8');
  }
}
