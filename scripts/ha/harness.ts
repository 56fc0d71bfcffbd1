// The real Home Assistant Core for end-to-end tests: provision once (cached outside the repo),
// start on loopback, onboard by API, hand back URL + long-lived token. See README.md here.
import fs from 'node:fs';
import path from 'node:path';
import { callWs, getConfig, type HaConfig } from './api.js';
import {
  launch,
  LOG_FILE,
  stopRunning,
  tail,
  type InstanceOptions,
  type Running,
} from './instance.js';
import { defaultConfigDir, HA_PASSWORD, HA_USERNAME, REPO_ROOT, TEST_PORT } from './paths.js';
import { provision } from './provision.js';

export { callWs, getConfig } from './api.js';
export { HA_PASSWORD, HA_USERNAME, TEST_PORT, cachePaths } from './paths.js';
export {
  checkPrerequisites,
  installedVersion,
  isProvisioned,
  PrerequisiteError,
  provision,
} from './provision.js';

export interface StartOptions {
  /** Loopback port; default 18123. */
  port?: number;
  /** Must lie inside the cached root (hass runs chrooted); default ROOT/srv/brewpit-test-PORT. */
  configDir?: string;
  /** Folder holding brewpit/; default <repo>/custom_components; null installs none. */
  customComponentsFrom?: string | null;
  /** Copied into CONFIG/blueprints; default <repo>/blueprints; null copies none. */
  blueprintsFrom?: string | null;
  /** YAML appended to configuration.yaml. */
  extraConfig?: string;
  /** Wipe the config dir first (new owner, new token, empty recorder). Default false. */
  fresh?: boolean;
  /** Start → RUNNING limit; default 180 s. */
  startTimeoutMs?: number;
}

export interface HomeAssistant {
  readonly url: string;
  /** Long-lived access token of the owner `brewpit` (admin); survives restart(). */
  readonly token: string;
  readonly version: string;
  readonly configDir: string;
  readonly port: number;
  readonly pid: number;
  readonly username: string;
  readonly password: string;
  /** SIGTERM, SIGKILL after 30 s; resolves when the process is gone and the port closed. */
  stop(): Promise<void>;
  /** stop() then start with the same config dir and token (re-copies custom_components). */
  restart(): Promise<void>;
  /** Everything hass wrote to stdout/stderr in this config dir (all starts). */
  logs(): string;
  /** One WebSocket command with this token; returns its `result`. */
  ws<T = unknown>(command: Record<string, unknown>): Promise<T>;
  /** GET /api/config. */
  config(): Promise<HaConfig>;
}

function resolveOptions(opts: StartOptions): InstanceOptions {
  const port = opts.port ?? TEST_PORT;
  return {
    port,
    configDir: path.resolve(opts.configDir ?? defaultConfigDir(port)),
    customComponentsFrom:
      opts.customComponentsFrom === undefined
        ? path.join(REPO_ROOT, 'custom_components')
        : opts.customComponentsFrom,
    blueprintsFrom:
      opts.blueprintsFrom === undefined ? path.join(REPO_ROOT, 'blueprints') : opts.blueprintsFrom,
    extraConfig: opts.extraConfig ?? '',
    fresh: opts.fresh ?? false,
    startTimeoutMs: opts.startTimeoutMs ?? 180_000,
    skipPip: true,
    detached: false,
  };
}

class Instance implements HomeAssistant {
  readonly username = HA_USERNAME;
  readonly password = HA_PASSWORD;
  readonly port: number;
  // What the running process gave; replaced on restart().
  url!: string;
  token!: string;
  version!: string;
  configDir!: string;
  pid!: number;
  private stopped = false;

  constructor(
    private running: Running,
    private readonly opts: InstanceOptions,
  ) {
    this.port = opts.port;
    this.adopt(running);
  }

  private adopt(r: Running): void {
    this.running = r;
    ({ url: this.url, token: this.token, version: this.version, pid: this.pid } = r);
    this.configDir = r.configDir;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    await stopRunning(this.running, this.opts.port);
    this.stopped = true;
  }

  async restart(): Promise<void> {
    await this.stop();
    // Never fresh on restart: the point is the same config dir, owner and token.
    this.adopt(await launch({ ...this.opts, fresh: false }));
    this.stopped = false;
  }

  logs(): string {
    const file = path.join(this.configDir, LOG_FILE);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  }

  async ws<T = unknown>(command: Record<string, unknown>): Promise<T> {
    return (await callWs<T>(this.url, this.token, command)).result;
  }

  config(): Promise<HaConfig> {
    return getConfig(this.url, this.token);
  }
}

/**
 * Provisions when needed (minutes, once per machine), then starts Home Assistant and resolves
 * when it is RUNNING with a long-lived token. Throws PrerequisiteError when the host cannot
 * run it (not root, no debootstrap, no mount permission).
 */
export async function startHomeAssistant(opts: StartOptions = {}): Promise<HomeAssistant> {
  await provision();
  const resolved = resolveOptions(opts);
  try {
    return new Instance(await launch(resolved), resolved);
  } catch (e) {
    const log = path.join(resolved.configDir, LOG_FILE);
    const msg = (e as Error).message;
    throw new Error(
      `Home Assistant did not start on port ${resolved.port} (config ${resolved.configDir}): ${msg}` +
        (msg.includes('last log lines') ? '' : `\nlast log lines:\n${tail(log, 20)}`),
    );
  }
}
