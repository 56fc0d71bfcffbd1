// The built hub and edge node as real processes on loopback, for every suite that needs them
// (end-to-end, reliability, packaging) and the benches: start, wait until ready, stop, restart on
// the same data, their logs, and the few API calls tests make around them.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { readOutbox, type OutboxAccount } from './stores.js';
import { freePort, GiveUp, waitFor } from './wait.js';

/** The hub's built entry point (`npx tsc -b`). */
export const HUB = join(REPO_ROOT, 'addon/dist/main.js');
/** The edge node's built CLI (`npx tsc -b`). */
export const EDGE = join(REPO_ROOT, 'edge-node/dist/cli.js');
/** The admin token every test hub starts with unless its options name another. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/**
 * In a `before` hook: fails (never skips) when an entry point `files` names is not built,
 * naming the command that builds it. `npm test` builds everything first.
 */
export function requireBuilt(files: string[] = [HUB, EDGE], command = 'npx tsc -b'): void {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run ${command})`);
}

export function exited(p: ChildProcess | undefined): boolean {
  return !p || p.exitCode !== null || p.signalCode !== null;
}

/** `signal` (SIGTERM), SIGKILL after `graceMs`; resolves when the process is gone. */
export function stopProcess(
  p: ChildProcess | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 10_000,
): Promise<void> {
  if (!p || exited(p)) return Promise.resolve();
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

export interface HubOptions {
  /** The test's temp dir: data goes to DIR/hub unless `dataDir` says otherwise. */
  dir: string;
  dataDir?: string;
  /** Default: a free port, kept across restarts. */
  port?: number;
  adminToken?: string;
  /** Home Assistant for the hub's bridge; none by default. */
  ha?: { url: string; token: string };
  /** Environment over the defaults (last word). */
  env?: Record<string, string>;
  /** Node options for the hub process, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Every chunk of output, besides collecting it in `log`. */
  onLog?: (chunk: string) => void;
}

export type ApiInit = RequestInit & { token?: string | null };

/** The hub's HTTP API at /api/v1 as tests call it, with the admin token by default. */
export class HubClient {
  constructor(
    private readonly baseUrl: () => string,
    readonly adminToken: string,
  ) {}

  /** A call to /api/v1 with the admin token unless `token` says otherwise (null: none). */
  api(path: string, init: ApiInit = {}): Promise<Response> {
    const { token = this.adminToken, ...rest } = init;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(rest.headers as Record<string, string>),
    };
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    return fetch(`${this.baseUrl()}/api/v1${path}`, { ...rest, headers });
  }

  /** api() for JSON answers: the parsed body (undefined when empty); throws on HTTP errors. */
  async json<T = any>(path: string, init: ApiInit = {}): Promise<T> {
    const res = await this.api(path, init);
    const text = await res.text();
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Registers a device through the admin API; returns its id and token. */
  async createDevice(name: string): Promise<Device> {
    const d = await this.json<{ id: string; token: string }>('/devices', {
      method: 'POST',
      body: JSON.stringify({ name }),
    });
    return { device_id: d.id, token: d.token };
  }

  /** A one-time pairing code from the admin API. */
  async pairingCode(): Promise<string> {
    return (await this.json<{ code: string }>('/pairings', { method: 'POST', body: '{}' })).code;
  }

  /** Pairs a device over the API as the edge node's `pair` does. */
  async pair(name: string): Promise<Device> {
    const code = await this.pairingCode();
    return this.json<Device>('/pair', {
      method: 'POST',
      token: null,
      body: JSON.stringify({ code, name }),
    });
  }
}

/** The built hub (`addon/dist/main.js`) as a child process, restartable on the same data and port. */
export class HubProcess extends HubClient {
  child: ChildProcess | undefined;
  port = 0;
  /** Everything the hub wrote to stdout and stderr, across every start. */
  log = '';
  starts = 0;
  readonly dataDir: string;

  constructor(private readonly o: HubOptions) {
    super(() => this.url, o.adminToken ?? ADMIN_TOKEN);
    this.dataDir = o.dataDir ?? join(o.dir, 'hub');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !exited(this.child);
  }

  /** Starts the hub and resolves when `/health` answers; rejects at once if it exits. */
  async start(timeoutMs = 30_000): Promise<void> {
    if (!this.port) this.port = this.o.port ?? (await freePort());
    mkdirSync(this.dataDir, { recursive: true });
    const env = {
      ...process.env,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      BREWPIT_DATA_DIR: this.dataDir,
      BREWPIT_ADMIN_TOKEN: this.adminToken,
      BREWPIT_OPTIONS_FILE: join(this.o.dir, 'no-options.json'),
      SUPERVISOR_TOKEN: '',
      HA_URL: this.o.ha?.url ?? '',
      HA_TOKEN: this.o.ha?.token ?? '',
      ...this.o.env,
    };
    const child = spawnLogged(process.execPath, [...(this.o.nodeArgs ?? []), HUB], { env }, (d) => {
      this.log += d;
      this.o.onLog?.(d);
    });
    this.child = child;
    this.starts++;
    await waitFor(
      'hub health',
      async () => {
        if (exited(child))
          throw new GiveUp(
            `the hub exited (${child.exitCode ?? child.signalCode}): ${this.log.slice(-2000)}`,
          );
        return (await fetch(`${this.url}/api/v1/health`)).ok;
      },
      { timeoutMs, intervalMs: 25 },
    );
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return stopProcess(this.child, signal);
  }

  /** SIGTERM: the hub finishes the batch in flight and closes its store. */
  stop(): Promise<void> {
    return stopProcess(this.child, 'SIGTERM');
  }
}

export interface Device {
  device_id: string;
  token: string;
}

export interface EdgeOptions {
  /** The node's own folder: edge.yaml, edge-token, status.json and (by default) outbox.db. */
  dir: string;
  hubUrl: string;
  name?: string;
  sampleIntervalMs?: number;
  outbox?: { path?: string; maxSize?: string };
  /** `uplink:` keys, e.g. backoff_initial. */
  uplink?: Record<string, string | number | boolean>;
  /** false: the node keeps its own config instead of following the hub's desired one. */
  applyConfig?: boolean;
  /** The `sensors:` list and whatever follows it (`control:`), as YAML lines. */
  lines: string[];
}

/** The built edge node (`edge-node/dist/cli.js run`) as a child process with its own folder. */
export class EdgeProcess {
  child: ChildProcess | undefined;
  /** Everything the node wrote, across every start (and `pair`). */
  log = '';
  starts = 0;
  readonly config: string;
  readonly statusFile: string;
  readonly tokenFile: string;

  constructor(readonly o: EdgeOptions) {
    mkdirSync(o.dir, { recursive: true });
    this.config = join(o.dir, 'edge.yaml');
    this.statusFile = join(o.dir, 'status.json');
    this.tokenFile = join(o.dir, 'edge-token');
    this.writeConfig();
  }

  get outbox(): string {
    return this.o.outbox?.path ?? join(this.o.dir, 'outbox.db');
  }

  get running(): boolean {
    return !exited(this.child);
  }

  /** Changes options (e.g. the hub URL or the interval) and rewrites edge.yaml; a restart applies it. */
  reconfigure(changes: Partial<EdgeOptions>): void {
    Object.assign(this.o, changes);
    this.writeConfig();
  }

  private writeConfig(): void {
    const o = this.o;
    const hub = [`url: "${o.hubUrl}"`, 'token_file: ./edge-token'];
    if (o.applyConfig !== undefined) hub.push(`apply_config: ${o.applyConfig}`);
    const outbox = [`path: "${this.outbox}"`];
    if (o.outbox?.maxSize) outbox.push(`max_size: ${o.outbox.maxSize}`);
    const yaml = [
      `hub: {${hub.join(', ')}}`,
      `device: {name: ${o.name ?? 'test-edge'}}`,
      `sample_interval: ${o.sampleIntervalMs ?? 1000}ms`,
      `outbox: {${outbox.join(', ')}}`,
      ...(o.uplink
        ? [
            `uplink: {${Object.entries(o.uplink)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ')}}`,
          ]
        : []),
      'status_file: ./status.json',
      ...o.lines,
      '',
    ];
    writeFileSync(this.config, yaml.join('\n'));
  }

  /** Writes the token file `pair` would write. */
  setToken(device: Device): void {
    writeFileSync(this.tokenFile, JSON.stringify(device), { mode: 0o600 });
  }

  /** Pairs with a one-time code through the real CLI (`brewpit-edge pair`). */
  pair(code: string): Device {
    const r = spawnSync(
      process.execPath,
      [EDGE, 'pair', this.o.hubUrl, code, '--config', this.config],
      { encoding: 'utf8', cwd: this.o.dir },
    );
    this.log += r.stdout + r.stderr;
    assert.equal(r.status, 0, `pair failed: ${r.stderr}${r.stdout}`);
    const { device_id, token } = JSON.parse(readFileSync(this.tokenFile, 'utf8')) as Device;
    return { device_id, token };
  }

  start(): ChildProcess {
    const child = spawnLogged(
      process.execPath,
      [EDGE, 'run', '--config', this.config],
      { cwd: this.o.dir },
      (d) => (this.log += d),
    );
    this.child = child;
    this.starts++;
    return child;
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return stopProcess(this.child, signal);
  }

  stop(): Promise<void> {
    return stopProcess(this.child, 'SIGTERM');
  }

  /** The node's status file (written every few seconds while it runs). */
  status<T = any>(): T {
    return JSON.parse(readFileSync(this.statusFile, 'utf8')) as T;
  }

  /** The outbox's own account, read straight from its SQLite file. */
  account(): OutboxAccount {
    return readOutbox(this.outbox);
  }
}

/**
 * In an `afterEach`: when the test failed, prints the tail of each named log (the hub's, the
 * edge node's, Home Assistant's …) so the failure can be read without rerunning.
 */
export function printLogsIfFailed(
  ctx: Mocha.Context,
  logs: Record<string, string | undefined>,
  chars = Number(process.env.BREWPIT_TEST_LOG_CHARS) || 3000,
): void {
  if (ctx.currentTest?.state !== 'failed') return;
  for (const [name, text] of Object.entries(logs))
    console.error(`--- ${name} (tail) ---\n${text === undefined ? '(none)' : text.slice(-chars)}`);
}
