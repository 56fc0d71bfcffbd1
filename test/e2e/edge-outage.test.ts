/**
 * End to end: the real hub and the real edge node as processes on loopback. The hub is stopped
 * for a minute (8 s with BREWPIT_FAST_TESTS=1) while the edge keeps sampling a simulated smoker;
 * after the restart every reading taken meanwhile must arrive exactly once, in order.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const ROOT = resolve(import.meta.dirname, '../..');
const HUB = join(ROOT, 'addon/dist/main.js');
const EDGE = join(ROOT, 'edge-node/dist/cli.js');
const ADMIN = 'e2e-admin-token-0123456789';
const OUTAGE_MS = process.env['BREWPIT_FAST_TESTS'] === '1' ? 8_000 : 60_000;
const INTERVAL_MS = 200;
const CHANNELS = ['pit', 'meat1', 'meat2'];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once('exit', () => r());
    child.kill(signal);
  });
}

describe('edge outage (hub + edge processes)', function () {
  this.timeout(OUTAGE_MS + 120_000);
  let dir: string;
  let port: number;
  let hub: ChildProcess | undefined;
  let edge: ChildProcess | undefined;
  let hubLog = '';
  let edgeLog = '';
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${ADMIN}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });

  const startHub = async (): Promise<void> => {
    hub = spawn(process.execPath, [HUB], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        BREWPIT_DATA_DIR: join(dir, 'hub'),
        BREWPIT_ADMIN_TOKEN: ADMIN,
        SUPERVISOR_TOKEN: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    hub.stdout!.on('data', (d: Buffer) => (hubLog += d.toString()));
    hub.stderr!.on('data', (d: Buffer) => (hubLog += d.toString()));
    await waitFor(
      'hub health',
      async () => (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok || undefined,
    );
  };

  before(function () {
    if (!existsSync(HUB) || !existsSync(EDGE)) this.skip(); // run `npx tsc -b` first
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'brewpit-e2e-edge-'));
    port = await freePort();
  });

  afterEach(async function () {
    await stop(edge, 'SIGKILL');
    await stop(hub, 'SIGKILL');
    if (this.currentTest?.state === 'failed') {
      console.error(
        `--- hub log (tail) ---\n${hubLog.slice(-4000)}\n--- edge log (tail) ---\n${edgeLog.slice(-4000)}`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers every reading taken during a hub outage exactly once, in order', async () => {
    await startHub();
    const code = (
      (await (await api('/pairings', { method: 'POST', body: '{}' })).json()) as { code: string }
    ).code;
    const config = join(dir, 'edge.yaml');
    writeFileSync(
      config,
      [
        // 200 ms is below what a hub config can ask for (0.5 s): keep edge.yaml's interval.
        `hub: {url: "http://127.0.0.1:${port}", token_file: ./edge-token, apply_config: false}`,
        'device: {name: e2e-smoker}',
        `sample_interval: ${INTERVAL_MS}ms`,
        'outbox: {path: ./outbox.db, max_size: 50MB}',
        'uplink: {backoff_initial: 200ms, backoff_max: 1s}',
        'sensors:',
        '  - {platform: simulated, model: smoker, time_scale: 600, seed: 3, meats: [{key: meat1, name: Brisket, cut: large}, {key: meat2, name: Ribs, cut: small}]}',
        '',
      ].join('\n'),
    );
    const paired = spawnSync(
      process.execPath,
      [EDGE, 'pair', `http://127.0.0.1:${port}`, code, '--config', config],
      { encoding: 'utf8' },
    );
    assert.equal(paired.status, 0, paired.stderr);
    const token = JSON.parse(readFileSync(join(dir, 'edge-token'), 'utf8')) as {
      device_id: string;
    };

    edge = spawn(process.execPath, [EDGE, 'run', '--config', config], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    edge.stdout!.on('data', (d: Buffer) => (edgeLog += d.toString()));
    edge.stderr!.on('data', (d: Buffer) => (edgeLog += d.toString()));
    const status = () =>
      JSON.parse(readFileSync(join(dir, 'outbox.db.status.json'), 'utf8')) as {
        uplink: { last_ack_seq: number | null };
        outbox: { depth: number };
      };
    await waitFor('first ack', () => ((status().uplink.last_ack_seq ?? 0) > 30 ? true : undefined));

    await stop(hub, 'SIGTERM');
    const outageFrom = Date.now();
    await sleep(OUTAGE_MS);
    const outageTo = Date.now();
    const buffered = status().outbox.depth;
    assert.ok(
      buffered >= (OUTAGE_MS / INTERVAL_MS) * CHANNELS.length * 0.8,
      `edge buffered ${buffered} readings during the outage`,
    );

    await startHub();
    await waitFor('backlog drained', () => (status().outbox.depth < 30 ? true : undefined), 60_000);
    await stop(edge, 'SIGTERM');

    // The edge's own account: every seq it ever assigned, and what is still unsent.
    const db = new Database(join(dir, 'outbox.db'), { readonly: true });
    const nextSeq = Number(
      (db.prepare("SELECT value FROM meta WHERE key = 'next_seq'").get() as { value: string })
        .value,
    );
    const ackSeq = Number(
      (db.prepare("SELECT value FROM meta WHERE key = 'last_ack_seq'").get() as { value: string })
        .value,
    );
    const unsent = db.prepare('SELECT count(*) AS n, min(seq) AS lo FROM readings').get() as {
      n: number;
      lo: number | null;
    };
    const dropped =
      (
        db.prepare("SELECT value FROM meta WHERE key = 'dropped_total'").get() as
          { value: string } | undefined
      )?.value ?? '0';
    db.close();
    assert.equal(dropped, '0', 'no thinning within a 50MB bound');
    assert.equal(
      ackSeq + unsent.n,
      nextSeq - 1,
      'every seq is either acknowledged or still in the outbox',
    );
    if (unsent.lo !== null) assert.equal(unsent.lo, ackSeq + 1);

    // The hub's account: count and order of stored readings per channel.
    const series = (
      (await (await api('/series')).json()) as { id: number; device_id: string; key: string }[]
    ).filter((s) => s.device_id === token.device_id);
    assert.deepEqual(series.map((s) => s.key).sort(), [...CHANNELS].sort());
    let stored = 0;
    for (const s of series) {
      const res = (await (
        await api(`/series/${s.id}/readings?from=0&to=${Date.now() + 60_000}&max_points=20000`)
      ).json()) as { downsampled: boolean; points: [number, number | null][] };
      assert.equal(res.downsampled, false);
      const ts = res.points.map((p) => p[0]);
      for (let i = 1; i < ts.length; i++)
        assert.ok(ts[i]! > ts[i - 1]!, `${s.key}: readings in order, none twice`);
      const during = ts.filter((t) => t >= outageFrom && t <= outageTo).length;
      assert.ok(
        during >= (OUTAGE_MS / INTERVAL_MS) * 0.9,
        `${s.key}: ${during} readings from the outage arrived`,
      );
      stored += ts.length;
    }
    assert.equal(
      stored,
      ackSeq,
      'the hub holds exactly the acknowledged readings: none lost, none twice',
    );
    assert.match(edgeLog, /Hub reachable again/);
  });
});
