// Real processes for end-to-end tests and benches: the built hub and edge node on loopback, each
// in a temp data dir, pairing an edge node with a hub, and the polling helpers they all wait with.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/ha/paths.js';

/** The hub's built entry point (`npx tsc -b`). */
export const HUB = join(REPO_ROOT, 'addon/dist/main.js');
/** The edge node's built CLI (`npx tsc -b`). */
export const EDGE = join(REPO_ROOT, 'edge-node/dist/cli.js');

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `fn` every `everyMs` until it returns something other than undefined. */
export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastErr ? `: ${String(lastErr)}` : ''}`,
      );
    await sleep(everyMs);
  }
}

/** A free loopback port (closed again before use; fine on a test machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.once('error', reject);
  });
}

/** `signal` (SIGTERM), SIGKILL after `graceMs`; resolves when the process is gone. */
export function stopProcess(
  p: ChildProcess | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 10_000,
): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => p.kill('SIGKILL'), graceMs);
    p.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    p.kill(signal);
  });
}

/** Spawns with stdout and stderr piped, each chunk of output handed to `onLog`. */
export function spawnLogged(
  command: string,
  args: string[],
  options: SpawnOptions,
  onLog: (chunk: string) => void,
): ChildProcess {
  const p = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  p.stdout!.on('data', (d: Buffer) => onLog(d.toString()));
  p.stderr!.on('data', (d: Buffer) => onLog(d.toString()));
  return p;
}

/** Waits until the hub on `port` answers /api/v1/health. */
export function waitForHubHealth(port: number): Promise<true> {
  return waitFor('hub health', async () =>
    (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok ? true : undefined,
  );
}

export interface HubOptions {
  port: number;
  /** Temp dir: the hub's data goes to DIR/hub. */
  dir: string;
  adminToken: string;
  /** Home Assistant for the hub's bridge. */
  ha: { url: string; token: string };
  onLog: (chunk: string) => void;
}

/** Starts the built hub on loopback; `waitForHubHealth` waits until it answers. */
export function spawnHub(o: HubOptions): ChildProcess {
  return spawnLogged(
    process.execPath,
    [HUB],
    {
      env: {
        ...process.env,
        PORT: String(o.port),
        HOST: '127.0.0.1',
        BREWPIT_DATA_DIR: join(o.dir, 'hub'),
        BREWPIT_ADMIN_TOKEN: o.adminToken,
        BREWPIT_OPTIONS_FILE: join(o.dir, 'no-options.json'),
        HA_URL: o.ha.url,
        HA_TOKEN: o.ha.token,
        SUPERVISOR_TOKEN: '',
      },
    },
    o.onLog,
  );
}

export type HubApi = (path: string, init?: RequestInit) => Promise<any>;

/** The hub's admin API at /api/v1 with `adminToken`; JSON in and out, throws on HTTP errors. */
export function hubApi(port: () => number, adminToken: string): HubApi {
  return async (path, init = {}) => {
    const res = await fetch(`http://127.0.0.1:${port()}/api/v1${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${adminToken}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

/**
 * Pairs an edge node like a user would: a pairing code from the hub's /pairings, DIR/edge.yaml
 * (the hub line, then `lines`), then `cli pair`. Resolves to the config path and the device id.
 */
export async function pairEdge(o: {
  api: HubApi;
  hubPort: number;
  dir: string;
  lines: string[];
}): Promise<{ config: string; deviceId: string }> {
  const { code } = await o.api('/pairings', { method: 'POST', body: '{}' });
  const config = join(o.dir, 'edge.yaml');
  writeFileSync(
    config,
    [`hub: {url: "http://127.0.0.1:${o.hubPort}", token_file: ./edge-token}`, ...o.lines].join(
      '\n',
    ),
  );
  const paired = spawnSync(
    process.execPath,
    [EDGE, 'pair', `http://127.0.0.1:${o.hubPort}`, code, '--config', config],
    { encoding: 'utf8', cwd: o.dir },
  );
  assert.equal(paired.status, 0, paired.stderr);
  const deviceId = (
    JSON.parse(readFileSync(join(o.dir, 'edge-token'), 'utf8')) as { device_id: string }
  ).device_id;
  return { config, deviceId };
}

/** Runs a paired edge node (`cli run`) in `dir`. */
export function startEdge(
  dir: string,
  config: string,
  onLog: (chunk: string) => void,
): ChildProcess {
  return spawnLogged(process.execPath, [EDGE, 'run', '--config', config], { cwd: dir }, onLog);
}
