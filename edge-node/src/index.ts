/**
 * `@brewpit/edge`: the Brewpit edge node as a library. `startEdgeNode` runs one node in the
 * calling process (tests embed nodes this way; the installed node is the `brewpit-edge` CLI).
 */
import { resolveConfig } from './config/load.js';
import type { EdgeConfig } from './config/schema.js';
import { createLogger, type Logger } from './log.js';
import { runEdgeNode, type EdgeNodeHandle } from './node.js';
import type { BusProvider } from './sensors/types.js';

export { loadConfigFile, parseConfig, resolveConfig } from './config/load.js';
export type { EdgeConfig, RawEdgeConfig } from './config/schema.js';
export type { EdgeNodeHandle } from './node.js';
export type { StatusSnapshot } from './status.js';
export { PLATFORM_NAMES, loadPlatforms } from './sensors/registry.js';
export type {
  PlatformDescriptor,
  ReadingSpec,
  Sensor,
  SensorValues,
  BusProvider,
} from './sensors/types.js';

/** Options of {@link startEdgeNode}. */
export interface StartOptions {
  /** Folder relative paths in a raw config resolve against (default: the working directory). */
  baseDir?: string;
  logger?: Logger;
  /** Replace transports (tests plug emulated chips in here). */
  buses?: Partial<BusProvider>;
}

/**
 * Starts an edge node in this process. `config` is either the object form of `edge.yaml`
 * (validated here, errors thrown as `ConfigError`) or a config from `loadConfigFile`.
 * Resolves once sampling has started; call `stop()` to shut it down cleanly.
 */
export async function startEdgeNode(
  config: EdgeConfig | Record<string, unknown>,
  options: StartOptions = {},
): Promise<EdgeNodeHandle> {
  const resolved = isResolved(config)
    ? config
    : await resolveConfig(config, {
        source: '<inline config>',
        baseDir: options.baseDir ?? process.cwd(),
      });
  return runEdgeNode(resolved, options.logger ?? createLogger(), options.buses);
}

function isResolved(c: EdgeConfig | Record<string, unknown>): c is EdgeConfig {
  return (
    typeof (c as EdgeConfig).sampleIntervalMs === 'number' &&
    Array.isArray((c as EdgeConfig).sensors)
  );
}
