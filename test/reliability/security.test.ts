/**
 * Security: who may call what, rate limits, pairing codes, and secrets in logs.
 *
 * The authorisation matrix is built from the hub's own `GET /api/v1/openapi.json`, so a route
 * added later is covered without touching this file: every operation × {no token, a wrong
 * token, another device's token, a revoked token, the admin token, the device's own token, a
 * hydrometer gateway token} must get exactly the answer its declared security implies, and an
 * unauthorised call never succeeds.
 */
import { strict as assert } from 'node:assert';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sinon from 'sinon';
import { startTestHub, type TestHub } from '../../addon/test/helpers.js';
import { HubProcess, requireBuilt } from '../support/processes.js';
import { sleep, waitFor } from '../support/wait.js';
import { report, smokerEdge } from './harness.js';

type Column =
  | 'none'
  | 'wrong'
  | 'otherDevice'
  | 'revoked'
  | 'admin'
  | 'device'
  | 'gateway'
  | 'metrics'
  | 'backup'
  | 'read';
type Auth = 'admin' | 'device' | 'gateway' | 'metrics' | 'backup' | 'none';
const COLUMNS: Column[] = [
  'none',
  'wrong',
  'otherDevice',
  'revoked',
  'gateway',
  'metrics',
  'backup',
  'device',
  'read',
  'admin',
];
/** The hub's metrics token and backup secret (a hub setting each; the add-on makes the latter). */
const METRICS_TOKEN = 'security-metrics-token-0123456789';
const BACKUP_SECRET = 'security-backup-secret-0123456789';

/** A route of fixed secrets refuses every other token with 403 and none with 401. */
const secretRoute = (own: 'metrics' | 'backup' | null): Record<Column, number | 'ok'> => ({
  none: 401,
  wrong: 403,
  otherDevice: 403,
  revoked: 403,
  gateway: 403,
  metrics: own === 'metrics' ? 'ok' : 403,
  backup: own === 'backup' ? 'ok' : 403,
  device: 403,
  read: 403,
  admin: 'ok',
});

/**
 * A read-only API token: every GET an admin may call, nothing that writes (403), and no
 * other kind's routes.
 */
const readColumn = (op: Operation): number | 'ok' =>
  op.auth === 'admin' ? (op.method === 'GET' ? 'ok' : 403) : EXPECTED[op.auth].read;

/** 'ok': authorised; the answer may be any non-auth status below 500 (a 404 for a made-up id is fine). */
const EXPECTED: Record<Auth, Record<Column, number | 'ok'>> = {
  admin: secretRoute(null),
  metrics: secretRoute('metrics'),
  backup: secretRoute('backup'),
  device: {
    none: 401,
    wrong: 401,
    otherDevice: 403,
    revoked: 401,
    gateway: 401,
    metrics: 401,
    backup: 401,
    device: 'ok',
    read: 401,
    admin: 401,
  },
  gateway: {
    none: 401,
    wrong: 401,
    otherDevice: 403,
    revoked: 401,
    gateway: 'ok',
    metrics: 401,
    backup: 401,
    device: 403,
    read: 401,
    admin: 403,
  },
  none: {
    none: 'ok',
    wrong: 'ok',
    otherDevice: 'ok',
    revoked: 'ok',
    gateway: 'ok',
    metrics: 'ok',
    backup: 'ok',
    device: 'ok',
    read: 'ok',
    admin: 'ok',
  },
};

interface Operation {
  method: string;
  path: string;
  auth: Auth;
}

function operations(doc: {
  paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
}): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const schemes = (op.security ?? []).flatMap((r) => Object.keys(r));
      const auth: Auth = schemes.includes('metricsToken')
        ? 'metrics'
        : schemes.includes('backupSecret')
          ? 'backup'
          : schemes.includes('adminToken')
            ? 'admin'
            : schemes.includes('deviceToken')
              ? 'device'
              : schemes.includes('gatewayToken')
                ? 'gateway'
                : 'none';
      out.push({ method: method.toUpperCase(), path, auth });
    }
  }
  return out;
}

describe('reliability: security', function () {
  this.timeout(120_000);
  let dir: string;
  let hub: HubProcess;
  /** Every secret issued during the scenario: none may appear in any log. */
  const secrets = new Set<string>();

  before(async function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-security-'));
    hub = new HubProcess({
      dir,
      env: {
        BREWPIT_LOG_LEVEL: 'debug',
        BREWPIT_METRICS_TOKEN: METRICS_TOKEN,
        BREWPIT_BACKUP_SECRET: BACKUP_SECRET,
      },
    });
    await hub.start();
  });

  after(async () => {
    await hub?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers every endpoint × credential with the status its security implies', async () => {
    const doc = await hub.json<Parameters<typeof operations>[0]>('/openapi.json', { token: null });
    const ops = operations(doc);
    assert.ok(ops.length >= 40, `the OpenAPI document lists the API (${ops.length} operations)`);
    for (const p of ['/devices/{id}/token', '/compat/tokens/{id}/token', '/metrics', '/backup/pre'])
      assert.ok(
        ops.some((o) => o.path === p),
        `the matrix covers ${p}`,
      );

    const a = await hub.createDevice('matrix-a');
    const b = await hub.createDevice('matrix-b');
    const r = await hub.createDevice('matrix-revoked');
    const gw = await hub.json<{ token: string }>('/compat/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'matrix-gw' }),
    });
    const read = await hub.json<{ token: string }>('/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'matrix-read' }),
    });
    assert.equal((await hub.api(`/devices/${r.device_id}`, { method: 'DELETE' })).status, 204);
    for (const t of [a.token, b.token, r.token, gw.token, METRICS_TOKEN, BACKUP_SECRET, read.token])
      secrets.add(t);
    const tokens: Record<Column, string | null> = {
      none: null,
      wrong: `bpd_${randomUUID()}_${randomBytes(24).toString('base64url')}`,
      otherDevice: b.token,
      revoked: r.token,
      gateway: gw.token,
      metrics: METRICS_TOKEN,
      backup: BACKUP_SECRET,
      device: a.token,
      read: read.token,
      admin: null, // filled below: the admin column runs last, it may delete things
    };

    const failures: string[] = [];
    let calls = 0;
    for (const column of COLUMNS) {
      for (const op of ops) {
        if (op.path.includes('{token}') && column === 'none') continue; // the path is the credential
        // Pairing takes no token: every column would be the same call, and each refused one
        // spends the address's pairing budget, which the log test below needs.
        if (op.path === '/pair' && column !== 'none') continue;
        // Device paths name device A; the admin column uses made-up ids so deletes touch nothing.
        const id = column === 'admin' ? randomUUID() : a.device_id;
        let token = column === 'admin' ? hub.adminToken : tokens[column];
        let path = op.path
          .replace('{id}', id)
          .replace('{cid}', randomUUID())
          .replace('{token}', token ?? '');
        if (op.path.includes('{token}')) token = null;
        if (op.path.includes('/series/{id}')) path = path.replace(id, '1');
        const res = await hub.api(path, {
          method: op.method,
          token,
          ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { body: '{}' }),
        });
        // An event stream never ends by itself: its answer is in the status line.
        if (res.headers.get('content-type')?.startsWith('text/event-stream'))
          await res.body?.cancel();
        else await res.arrayBuffer();
        calls++;
        // Without a device in the path, another device's token simply acts as that device.
        const want =
          op.auth === 'device' && column === 'otherDevice' && !op.path.includes('{id}')
            ? 'ok'
            : column === 'read'
              ? readColumn(op)
              : EXPECTED[op.auth][column];
        const got = res.status;
        const okay = want === 'ok' ? got !== 401 && got !== 403 && got < 500 : got === want;
        if (!okay)
          failures.push(
            `${op.method} ${op.path} [${op.auth}] with ${column}: ${got}, expected ${want}`,
          );
        if (want !== 'ok' && got < 300)
          failures.push(`UNAUTHORISED SUCCESS: ${op.method} ${op.path} with ${column}: ${got}`);
      }
    }
    report('auth-matrix', {
      operations: ops.length,
      credentials: COLUMNS.length,
      calls,
      failures: failures.length,
    });
    assert.deepEqual(failures, []);
  });

  it('serves the backup hooks only with a token, to this machine, and never 5xx', async () => {
    for (const hook of ['/backup/pre', '/backup/post']) {
      const res = await hub.api(hook, { method: 'POST', token: null, body: '{}' });
      assert.equal(res.status, 401, hook);
    }
    for (const hook of ['/backup/pre', '/backup/post']) {
      const res = await hub.api(hook, { method: 'POST', token: BACKUP_SECRET, body: '{}' });
      assert.equal(res.status, 200, hook);
    }
  });

  it('rate-limits pairing attempts per IP with 429 problem+json and Retry-After', async () => {
    // An attacker guessing codes: 32^6 codes, so without a limit a LAN host can try them all.
    // Its own hub: the limit is per address and every test here calls from 127.0.0.1.
    const ownDir = mkdtempSync(join(tmpdir(), 'brewpit-rel-ratelimit-'));
    const own = new HubProcess({ dir: ownDir });
    await own.start();
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 60; i++) {
      const res = await own.api('/pair', {
        method: 'POST',
        token: null,
        body: JSON.stringify({
          code: `ZZZ-${String(i).padStart(3, '2').replace(/[01]/g, '2')}`,
          name: 'guess',
        }),
      });
      statuses.push(res.status);
      if (res.status === 429 && !limited) limited = res;
      await res.arrayBuffer();
    }
    const counts = statuses.reduce<Record<number, number>>(
      (m, s) => ((m[s] = (m[s] ?? 0) + 1), m),
      {},
    );
    report('rate-limit-pair', {
      attempts: statuses.length,
      ...Object.fromEntries(Object.entries(counts).map(([s, n]) => [`http_${s}`, n])),
    });
    assert.ok(
      limited,
      `60 wrong pairing codes in a row from one IP were never refused with 429 (${JSON.stringify(counts)})`,
    );
    assert.match(limited.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/);
    await own.kill('SIGTERM');
    rmSync(ownDir, { recursive: true, force: true });
  });

  it('rate-limits a device flooding ingest with 429 problem+json and Retry-After', async () => {
    // A healthy node sends about one batch a second, a draining one a few dozen; 1,000 in a
    // burst from one token is a runaway (or stolen) node that must not starve the others.
    const d = await hub.createDevice('flooder');
    secrets.add(d.token);
    const body = JSON.stringify({
      boot_id: 'flood',
      channels: [{ key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' }],
      readings: [],
    });
    let limited: Response | undefined;
    const counts: Record<number, number> = {};
    const started = Date.now();
    let sent = 0;
    const worker = async () => {
      while (sent < 1_000 && !limited) {
        sent++;
        const res = await hub.api('/ingest', { method: 'POST', token: d.token, body });
        counts[res.status] = (counts[res.status] ?? 0) + 1;
        if (res.status === 429) limited = res;
        await res.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    report('rate-limit-ingest', {
      sent,
      seconds: (Date.now() - started) / 1000,
      ...Object.fromEntries(Object.entries(counts).map(([s, n]) => [`http_${s}`, n])),
    });
    assert.ok(
      limited,
      `${sent} ingest calls from one device in ${Date.now() - started} ms were never refused with 429`,
    );
    assert.match(limited.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/);
    // Another device is not affected by its neighbour's limit.
    const other = await hub.createDevice('neighbour');
    secrets.add(other.token);
    const res = await hub.api('/ingest', { method: 'POST', token: other.token, body });
    assert.equal(res.status, 200);
  });

  it('accepts a pairing code once', async () => {
    const code = await hub.pairingCode();
    secrets.add(code);
    const first = await hub.api('/pair', {
      method: 'POST',
      token: null,
      body: JSON.stringify({ code, name: 'once' }),
    });
    assert.equal(first.status, 201);
    secrets.add(((await first.json()) as { token: string }).token);
    const again = await hub.api('/pair', {
      method: 'POST',
      token: null,
      body: JSON.stringify({ code, name: 'twice' }),
    });
    assert.equal(again.status, 403);
    assert.match(again.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  it('never writes a token or pairing code to the hub or edge log', async function () {
    // A real edge node paired with the CLI and run against the hub, with debug logs on both.
    const code = await hub.pairingCode();
    secrets.add(code);
    const edge = smokerEdge({ dir: join(dir, 'edge'), hubUrl: hub.url, sampleIntervalMs: 200 });
    const paired = edge.pair(code);
    secrets.add(paired.token);
    edge.start();
    await waitFor('edge readings acknowledged', () => edge.account().lastAckSeq > 5, {
      timeoutMs: 20_000,
    });
    // A stolen-token attempt and a bad admin call, which the hub logs at warn/debug.
    await (
      await hub.api('/ingest', { method: 'POST', token: `${paired.token}x`, body: '{}' })
    ).arrayBuffer();
    await (await hub.api('/devices', { token: `${paired.token}`, method: 'GET' })).arrayBuffer();
    await edge.kill('SIGTERM');
    await sleep(200);
    secrets.add(hub.adminToken);
    const logs = { hub: hub.log, edge: edge.log };
    const leaks: string[] = [];
    for (const [who, text] of Object.entries(logs)) {
      for (const s of secrets) {
        if (text.includes(s)) leaks.push(`${who} log contains ${s.slice(0, 8)}…`);
        // The secret part of a device token alone is just as bad.
        const secretPart = s.startsWith('bpd_') ? s.slice(41) : null;
        if (secretPart && text.includes(secretPart))
          leaks.push(`${who} log contains the secret of ${s.slice(0, 12)}…`);
      }
    }
    report('tokens-in-logs', {
      secrets: secrets.size,
      hub_log_bytes: hub.log.length,
      edge_log_bytes: edge.log.length,
      leaks: leaks.length,
    });
    assert.deepEqual(leaks, []);
  });
});

describe('reliability: pairing codes expire on the hub clock', function () {
  let t: TestHub;
  let clock: sinon.SinonFakeTimers;
  afterEach(async () => {
    clock?.restore();
    await t?.stop();
  });

  it('refuses a code one millisecond after its expires_at, and accepts it just before', async () => {
    // Only Date is faked: the HTTP server runs on real timers.
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    t = await startTestHub();
    const fresh = await t.call('POST', '/pairings');
    const stale = await t.call('POST', '/pairings');
    const { code, expires_at } = stale.body as { code: string; expires_at: number };
    assert.ok(expires_at > Date.now() && expires_at <= Date.now() + 24 * 3600_000);
    clock.setSystemTime(expires_at - 1);
    const ok = await t.call(
      'POST',
      '/pair',
      { code: (fresh.body as { code: string }).code, name: 'in-time' },
      null,
    );
    assert.equal(ok.status, 201);
    clock.setSystemTime(expires_at + 1);
    const late = await t.call('POST', '/pair', { code, name: 'too-late' }, null);
    assert.equal(late.status, 403);
  });
});
