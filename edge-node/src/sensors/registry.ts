import type { AnyPlatform } from './types.js';

/**
 * Every platform `edge.yaml` can name, by `platform:` value, with the module that implements
 * it. A platform's code (schema, chip logic) is loaded only when a configuration uses it: a Pi
 * with one simulated smoker never loads the ADS1115 driver, and `import()` caches what it loads.
 */
const LOADERS: Readonly<Record<string, () => Promise<AnyPlatform>>> = {
  bme280: async () => (await import('./bme280/index.js')).bme280Platform as AnyPlatform,
  ads1115: async () => (await import('./ads1115/index.js')).ads1115Platform as AnyPlatform,
  mcp9600: async () => (await import('./mcp9600/index.js')).mcp9600Platform as AnyPlatform,
  ds18b20: async () => (await import('./ds18b20/index.js')).ds18b20Platform as AnyPlatform,
  cpu_temp: async () => (await import('./cpu_temp/index.js')).cpuTempPlatform as AnyPlatform,
  disk: async () => (await import('./disk/index.js')).diskPlatform as AnyPlatform,
  simulated: async () => (await import('./simulated/index.js')).simulatedPlatform as AnyPlatform,
};

/** The `platform:` values `edge.yaml` accepts. */
export const PLATFORM_NAMES: readonly string[] = Object.keys(LOADERS);

/** Loads the named platforms (unknown names are skipped: config validation reports them). */
export async function loadPlatforms(names: Iterable<string>): Promise<Map<string, AnyPlatform>> {
  const wanted = [...new Set(names)].filter((n) => Object.hasOwn(LOADERS, n));
  const loaded = await Promise.all(wanted.map((n) => LOADERS[n]!()));
  return new Map(wanted.map((n, i) => [n, loaded[i]!]));
}
