/**
 * Shared pieces of the reliability suite: the real hub and edge node as processes on loopback,
 * their on-disk accounts (the edge outbox, the hub store) and the exactly-once check that every
 * fault test ends with. Nothing here is faked: the processes are the built `dist/` entry points.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HUB_MAIN = join(ROOT, 'addon/dist/main.js');
export const EDGE_CLI = join(ROOT, 'edge-node/dist/cli.js');
export const ADMIN_TOKEN = 'reliability-admin-token-0123456789';

/** `npm run soak` sets BREWPIT_SOAK=1: every test runs longer (more cycles, more minutes). */
export const SOAK = process.env['BREWPIT_SOAK'] === '1';

/** True when the built entry points exist (`npx tsc -b`). */
export const built = (): boolean => existsSync(HUB_MAIN) && existsSync(EDGE_CLI);

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A free loopback port (closed again before use; fine on a test machine). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

/** Polls `fn` until it returns something other than undefined/false. */
export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 30_000,
  everyMs = 50,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
      );
    await sleep(everyMs);
  }
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing run can be replayed by seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

function exited(child: ChildProcess | undefined): boolean {
  return !child || child.exitCode !== null || child.signalCode !== null;
}

/** Sends `signal` and resolves once the process is gone (SIGKILL after 10 s). */
export function stopChild(
  child: ChildProcess | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((r) => {
    const t = setTimeout(() => child!.kill('SIGKILL'), 10_000);
    child!.once('exit', () => {
      clearTimeout(t);
      r();
    });
    child!.kill(signal);
  });
}

export interface HubOptions {
  dir: string;
  port?: number;
  env?: Record<string, string>;
}

/** The hub (`addon/dist/main.js`) as a child process, restartable on the same data dir and port. */
export class HubProcess {
  child: ChildProcess | undefined;
  port = 0;
  /** Everything the hub wrote to stdout and stderr, across every start. */
  log = '';
  starts = 0;
  readonly dataDir: string;

  constructor(private readonly o: HubOptions) {
    this.dataDir = join(o.dir, 'hub');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !exited(this.child);
  }

  /** Starts the hub and resolves when `/health` answers. */
  async start(timeoutMs = 30_000): Promise<void> {
    if (!this.port) this.port = this.o.port ?? (await freePort());
    mkdirSync(this.dataDir, { recursive: true });
    const child = spawn(process.execPath, [HUB_MAIN], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        BREWPIT_DATA_DIR: this.dataDir,
        BREWPIT_ADMIN_TOKEN: ADMIN_TOKEN,
        BREWPIT_OPTIONS_FILE: join(this.o.dir, 'no-options.json'),
        SUPERVISOR_TOKEN: '',
        HA_URL: '',
        HA_TOKEN: '',
        ...this.o.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts++;
    child.stdout!.on('data', (d: Buffer) => (this.log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.log += d.toString()));
    await waitFor(
      'hub health',
      async () => {
        if (exited(child))
          throw new Error(
            `hub exited (${child.exitCode ?? child.signalCode}): ${this.log.slice(-2000)}`,
          );
        return (await fetch(`${this.url}/api/v1/health`)).ok || undefined;
      },
      timeoutMs,
      25,
    );
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return stopChild(this.child, signal);
  }

  /** An API call with the admin token unless `token` says otherwise (null: none). */
  api(path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
    const { token = ADMIN_TOKEN, ...rest } = init;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(rest.headers as Record<string, string>),
    };
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    return fetch(`${this.url}/api/v1${path}`, { ...rest, headers });
  }

  async json<T = unknown>(
    path: string,
    init: RequestInit & { token?: string | null } = {},
  ): Promise<T> {
    const res = await this.api(path, init);
    const text = await res.text();
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Registers a device through the admin API; returns its id and token. */
  async createDevice(name: string): Promise<{ device_id: string; token: string }> {
    const d = await this.json<{ id: string; token: string }>('/devices', {
      method: 'POST',
      body: JSON.stringify({ name }),
    });
    return { device_id: d.id, token: d.token };
  }

  /** Pairing code from the admin API. */
  async pairingCode(): Promise<string> {
    return (await this.json<{ code: string }>('/pairings', { method: 'POST', body: '{}' })).code;
  }
}

export interface EdgeOptions {
  dir: string;
  hubUrl: string;
  name?: string;
  intervalMs?: number;
  maxSize?: string;
  outboxPath?: string;
  /** `uplink:` keys over the suite's defaults (fast backoff, 3 s request timeout). */
  uplink?: Record<string, string | number | boolean>;
  /** The sensors list, YAML lines; default one simulated smoker with two meat probes. */
  sensors?: string[];
}

/** The edge node (`edge-node/dist/cli.js run`) as a child process with its own folder. */
export class EdgeProcess {
  child: ChildProcess | undefined;
  log = '';
  starts = 0;
  readonly config: string;
  readonly outbox: string;
  readonly statusFile: string;

  constructor(readonly o: EdgeOptions) {
    mkdirSync(o.dir, { recursive: true });
    this.config = join(o.dir, 'edge.yaml');
    this.outbox = o.outboxPath ?? join(o.dir, 'outbox.db');
    this.statusFile = join(o.dir, 'status.json');
    this.writeConfig(o.hubUrl);
  }

  /** (Re)writes edge.yaml, e.g. to point the node at a proxy instead of the hub. */
  writeConfig(hubUrl: string): void {
    const o = this.o;
    writeFileSync(
      this.config,
      [
        `hub: {url: "${hubUrl}", token_file: ./edge-token, apply_config: false}`,
        `device: {name: ${o.name ?? 'reliability-edge'}}`,
        `sample_interval: ${o.intervalMs ?? 100}ms`,
        `outbox: {path: "${this.outbox}", max_size: ${o.maxSize ?? '50MB'}}`,
        `uplink: {${Object.entries({
          backoff_initial: '50ms',
          backoff_max: '500ms',
          request_timeout: '3s',
          ...o.uplink,
        })
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')}}`,
        `status_file: ./status.json`,
        'sensors:',
        ...(o.sensors ?? [
          '  - {platform: simulated, model: smoker, time_scale: 600, seed: 3, meats: [{key: meat1, name: Brisket, cut: large}, {key: meat2, name: Ribs, cut: small}]}',
        ]),
        '',
      ].join('\n'),
    );
  }

  /** Writes the token file `pair` would write. */
  setToken(device: { device_id: string; token: string }): void {
    writeFileSync(join(this.o.dir, 'edge-token'), JSON.stringify(device), { mode: 0o600 });
  }

  /** Pairs with a code through the real CLI (`brewpit-edge pair`). */
  pair(hubUrl: string, code: string): { device_id: string; token: string } {
    const r = spawnSync(
      process.execPath,
      [EDGE_CLI, 'pair', hubUrl, code, '--config', this.config],
      {
        encoding: 'utf8',
        cwd: this.o.dir,
      },
    );
    assert.equal(r.status, 0, `pair failed: ${r.stderr}${r.stdout}`);
    this.log += r.stdout + r.stderr;
    return JSON.parse(readFileSync(join(this.o.dir, 'edge-token'), 'utf8')) as {
      device_id: string;
      token: string;
    };
  }

  get running(): boolean {
    return !exited(this.child);
  }

  start(): ChildProcess {
    const child = spawn(process.execPath, [EDGE_CLI, 'run', '--config', this.config], {
      cwd: this.o.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts++;
    child.stdout!.on('data', (d: Buffer) => (this.log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.log += d.toString()));
    return child;
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return stopChild(this.child, signal);
  }

  /** The outbox's own account, read straight from its SQLite file. */
  account(): OutboxAccount {
    return readOutbox(this.outbox);
  }
}

/** What an edge outbox file says about the seqs it assigned. */
export interface OutboxAccount {
  /** Highest seq ever assigned (next_seq - 1). */
  lastSeq: number;
  lastAckSeq: number;
  unsent: number;
  minUnsent: number | null;
  maxUnsent: number | null;
  /** Dropped ranges not yet acknowledged by the hub. */
  droppedPending: number;
  droppedTotal: number;
  lostTotal: number;
  rejectedTotal: number;
}

export function readOutbox(path: string): OutboxAccount {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const meta = (k: string): number =>
      Number(
        (db.prepare('SELECT value FROM meta WHERE key = ?').get(k) as { value: string } | undefined)
          ?.value ?? 0,
      );
    const unsent = db
      .prepare('SELECT count(*) AS n, min(seq) AS lo, max(seq) AS hi FROM readings')
      .get() as {
      n: number;
      lo: number | null;
      hi: number | null;
    };
    const dropped = db
      .prepare('SELECT coalesce(sum(to_seq - from_seq + 1), 0) AS n FROM dropped')
      .get() as { n: number };
    return {
      lastSeq: Math.max(0, meta('next_seq') - 1),
      lastAckSeq: meta('last_ack_seq'),
      unsent: unsent.n,
      minUnsent: unsent.lo,
      maxUnsent: unsent.hi,
      droppedPending: dropped.n,
      droppedTotal: meta('dropped_total'),
      lostTotal: meta('lost_total'),
      rejectedTotal: meta('rejected_total'),
    };
  } finally {
    db.close();
  }
}

/** What the hub store holds for one device, read from its SQLite file (hub stopped or not: WAL readers are fine). */
export interface HubAccount {
  ackSeq: number;
  droppedTotal: number;
  stored: number;
  /** Per channel key: stored timestamps in ts order. */
  byChannel: Map<string, number[]>;
  /** (series, ts) pairs stored more than once: must be 0 (the schema should forbid it). */
  duplicateTs: number;
}

export function readHub(dataDir: string, deviceId: string): HubAccount {
  const db = new Database(join(dataDir, 'brewpit.db'), { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const dev = db
      .prepare('SELECT ack_seq, dropped_total FROM devices WHERE id = ?')
      .get(deviceId) as { ack_seq: number; dropped_total: number } | undefined;
    assert.ok(dev, `device ${deviceId} is in the hub store`);
    const rows = db
      .prepare(
        'SELECT s.key AS key, r.ts AS ts FROM readings r JOIN series s ON s.id = r.series_id WHERE s.device_id = ? ORDER BY s.key, r.ts',
      )
      .raw()
      .all(deviceId) as [string, number][];
    const byChannel = new Map<string, number[]>();
    let duplicateTs = 0;
    for (const [key, ts] of rows) {
      const list = byChannel.get(key) ?? byChannel.set(key, []).get(key)!;
      if (list.length && list[list.length - 1] === ts) duplicateTs++;
      list.push(ts);
    }
    return {
      ackSeq: dev.ack_seq,
      droppedTotal: dev.dropped_total,
      stored: rows.length,
      byChannel,
      duplicateTs,
    };
  } finally {
    db.close();
  }
}

/**
 * The exactly-once verdict after a final drain: every seq the edge assigned is acknowledged,
 * the hub acknowledges the same seq, and the hub holds exactly one reading per seq that was not
 * reported dropped — none lost, none twice, per channel in strictly increasing time.
 */
export function assertExactlyOnce(edge: OutboxAccount, hub: HubAccount, label = ''): void {
  const p = label ? `${label}: ` : '';
  assert.equal(edge.unsent, 0, `${p}the edge outbox drained (${edge.unsent} unsent)`);
  assert.equal(edge.droppedPending, 0, `${p}every dropped range was reported`);
  assert.equal(
    edge.lastAckSeq,
    edge.lastSeq,
    `${p}the edge saw every seq it assigned acknowledged`,
  );
  assert.equal(hub.ackSeq, edge.lastSeq, `${p}the hub's contiguous ack is the edge's last seq`);
  assert.equal(hub.duplicateTs, 0, `${p}no (channel, ts) stored twice`);
  for (const [key, ts] of hub.byChannel) {
    for (let i = 1; i < ts.length; i++)
      assert.ok(ts[i]! > ts[i - 1]!, `${p}${key}: strictly increasing ts`);
  }
  const expected = edge.lastSeq - edge.droppedTotal - edge.rejectedTotal;
  assert.equal(
    hub.stored,
    expected,
    `${p}the hub stores one reading per delivered seq: ${hub.stored} stored, ${expected} expected (${edge.lastSeq} seqs, ${edge.droppedTotal} thinned, ${edge.rejectedTotal} rejected)`,
  );
}

/** The edge outbox's invariant at any moment: every assigned seq is acknowledged, unsent (contiguous after the ack), or reported dropped. */
export function assertOutboxConsistent(a: OutboxAccount, label = ''): void {
  const p = label ? `${label}: ` : '';
  if (a.unsent > 0) {
    assert.ok(a.minUnsent! > a.lastAckSeq, `${p}nothing acknowledged is still in the outbox`);
    assert.ok(
      a.maxUnsent! <= a.lastSeq,
      `${p}no unsent seq above the counter (${a.maxUnsent} > ${a.lastSeq})`,
    );
  }
  if (a.droppedTotal === 0 && a.rejectedTotal === 0) {
    assert.equal(
      a.lastAckSeq + a.unsent,
      a.lastSeq,
      `${p}every seq is acknowledged or unsent (ack ${a.lastAckSeq} + unsent ${a.unsent} != ${a.lastSeq})`,
    );
  }
}

/** A short, greppable summary line; the lead quotes these numbers. */
export function report(name: string, figures: Record<string, unknown>): void {
  const parts = Object.entries(figures).map(
    ([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : String(v)}`,
  );
  console.log(`      [reliability] ${name}: ${parts.join(' ')}`);
}
