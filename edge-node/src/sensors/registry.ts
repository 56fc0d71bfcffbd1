import { ads1115Platform } from './ads1115/index.js';
import { bme280Platform } from './bme280/index.js';
import { cpuTempPlatform } from './cpu_temp/index.js';
import { diskPlatform } from './disk/index.js';
import { ds18b20Platform } from './ds18b20/index.js';
import { mcp9600Platform } from './mcp9600/index.js';
import { simulatedPlatform } from './simulated/index.js';
import type { AnyPlatform } from './types.js';

/** Every platform `edge.yaml` can name, by `platform:` value. */
export const PLATFORMS: ReadonlyMap<string, AnyPlatform> = new Map(
  [
    bme280Platform,
    ads1115Platform,
    mcp9600Platform,
    ds18b20Platform,
    cpuTempPlatform,
    diskPlatform,
    simulatedPlatform,
  ].map((p) => [p.platform, p as AnyPlatform]),
);
