import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { Hub } from '../../src/hub.js';
import { importCommand } from '../../src/replication/cli.js';
import { loadSettings } from '../../src/settings.js';
import { readSse, type SseEvent } from '../../src/replication/sse.js';
import { ChaosProxy } from '../../../test/reliability/proxy.js';
import { diffTables, dumpTables } from '../../../test/support/tables.js';
import { ADMIN, PIT, readings, startTestHub, type TestHub } from '../helpers.js';

const PASS = { pass: 1, reset: 0, resetAfterRequest: 0, truncate: 0, delay: 0, blackhole: 0 };
const dbOf = (t: TestHub) => path.join(t.dir, 'brewpit.db');

/** Until `check` holds, or fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A hub with a device, 2,000 readings, a session with a note. */
async function populate(t: TestHub, from = 1, n = 2000): Promise<void> {
  const device = await t.pairDevice();
  for (let s = from; s < from + n; s += 500) {
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', channels: [PIT], readings: readings(s, 500) },
      device.token,
    );
  }
  const series = (await t.call('GET', '/series')).body as { id: number }[];
  const session = await t.call('POST', '/sessions', {
    kind: 'cook',
    name: 'Brisket',
    channels: [{ series_id: series[0]!.id, role: 'pit', target: 110 }],
  });
  expect(session.status).to.equal(201);
  await t.call('POST', `/sessions/${session.body.id}/annotations`, { text: 'Wrapped' });
}

describe('Replication API', () => {
  const hubs: TestHub[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const t = await startTestHub(env);
    hubs.push(t);
    return t;
  };
  afterEach(async () => {
    for (const t of hubs.splice(0).reverse()) await t.stop();
  });

  it('exports as NDJSON and an import into an empty hub reproduces every table', async () => {
    const a = await start();
    await populate(a);
    const res = await fetch(`${a.url}/api/v1/export`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/application\/x-ndjson/);
    const text = await res.text();
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).to.include({ format: 'brewpit-export', version: 1 });
    expect(lines.at(-1).end).to.equal(true);
    expect(text).not.to.contain('scrypt$');
    const b = await start();
    const imported = await b.call('POST', '/import', text, ADMIN, {
      'content-type': 'application/x-ndjson',
    });
    expect(imported.status, JSON.stringify(imported.body)).to.equal(200);
    expect(imported.body.counts.readings).to.equal(2000);
    // The importing hub records the import in its own audit log, after the imported entries.
    const copy = dumpTables(dbOf(b));
    copy.audit = copy.audit!.filter((row) => !row.includes('"action","import"'));
    expect(diffTables(dumpTables(dbOf(a)), copy)).to.deep.equal({});
    // Not into a hub that holds data.
    expect((await b.call('POST', '/import', text)).status).to.equal(409);
  });

  it('brewpit-hub import loads an export file into an empty data dir', async () => {
    const a = await start();
    await populate(a, 1, 500);
    const text = await (
      await fetch(`${a.url}/api/v1/export`, { headers: { authorization: `Bearer ${ADMIN}` } })
    ).text();
    const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-cli-import-'));
    try {
      writeFileSync(path.join(dir, 'export.ndjson'), text);
      const settings = loadSettings({
        BREWPIT_DATA_DIR: dir,
        BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
      });
      const log = pino({ level: 'silent' });
      const file = path.join(dir, 'export.ndjson');
      expect(await importCommand(settings, log, file)).to.equal(0);
      const copy = dumpTables(path.join(dir, 'brewpit.db'));
      copy.audit = copy.audit!.filter((row) => !row.includes('"action","import"'));
      expect(diffTables(dumpTables(dbOf(a)), copy)).to.deep.equal({});
      expect(await importCommand(settings, log, file)).to.equal(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a truncated export with 422 and stays empty', async () => {
    const a = await start();
    await populate(a);
    const text = await (
      await fetch(`${a.url}/api/v1/export`, { headers: { authorization: `Bearer ${ADMIN}` } })
    ).text();
    const cut = text.slice(0, text.lastIndexOf('{"end"'));
    const b = await start();
    const r = await b.call('POST', '/import', cut);
    expect(r.status).to.equal(422);
    expect(r.body.detail).to.match(/truncated/);
    expect((await b.call('GET', '/series')).body).to.deep.equal([]);
    expect((await b.call('POST', '/import', 'not json\n')).status).to.equal(422);
  });

  it('serves changes after a cursor with the next one, and 410 once trimmed past it', async () => {
    const a = await start();
    // The log is armed by the first request; nothing before it was logged, so cursor 0 is gone.
    expect((await a.call('GET', '/changes?cursor=0&limit=1')).status).to.equal(410);
    const head0 = a.hub.ctx.store.replication.head();
    expect((await a.call('GET', `/changes?cursor=${head0}&limit=1`)).body).to.deep.equal({
      changes: [],
      next: head0,
      head: head0,
    });
    await populate(a);
    const page = await a.call('GET', `/changes?cursor=${head0}&limit=100`);
    expect(page.status).to.equal(200);
    expect(page.body.changes).to.have.length(100);
    expect(page.body.changes[0].id).to.equal(head0 + 1);
    expect(page.body.next).to.equal(head0 + 100);
    const tables = new Set<string>();
    for (let c = head0; ;) {
      const p = await a.call('GET', `/changes?cursor=${c}&limit=5000`);
      for (const ch of p.body.changes) tables.add(ch.table);
      if (p.body.next === c) break;
      c = p.body.next;
    }
    expect([...tables]).to.include.members([
      'readings',
      'series',
      'devices',
      'sessions',
      'annotations',
      'rollups_1m',
    ]);
    expect((await a.call('GET', '/changes?cursor=abc')).status).to.equal(400);
    a.hub.ctx.store.replication.trim(1000);
    const gone = await a.call('GET', `/changes?cursor=${head0}`);
    expect(gone.status).to.equal(410);
    expect(gone.body.detail).to.match(/export/);
  });

  it('refuses junk cursors, Last-Event-IDs and table lists of the stream and the feed with 400', async () => {
    const a = await start();
    for (const q of [
      'cursor=-1',
      'cursor=x',
      'cursor=1e400',
      'tables=Readings;drop',
      'tables=',
      'zzz=1',
    ])
      expect((await a.call('GET', `/stream?${q}`)).status, q).to.equal(400);
    for (const id of ['x', '-1', '1e3', '9'.repeat(40)])
      expect(
        (await a.call('GET', '/stream', undefined, ADMIN, { 'last-event-id': id })).status,
        id,
      ).to.equal(400);
    for (const q of ['limit=0', 'limit=100000', 'cursor=abc'])
      expect((await a.call('GET', `/changes?${q}`)).status, q).to.equal(400);
  });

  it('a read-only token reads everything, writes nothing, and stops at its revocation', async () => {
    const a = await start();
    await populate(a, 1, 500);
    const created = await a.call('POST', '/tokens', { name: 'NAS' });
    expect(created.status).to.equal(201);
    const token = created.body.token as string;
    expect((await a.call('GET', '/series', undefined, token)).status).to.equal(200);
    // Creating the token armed the change log: it can follow from then on.
    const armed = a.hub.ctx.store.replication.head();
    expect(a.hub.ctx.store.replication.armed()).to.equal(true);
    expect((await a.call('GET', `/changes?cursor=${armed}`, undefined, token)).status).to.equal(
      200,
    );
    for (const [m, route, body] of [
      ['POST', '/sessions', { kind: 'cook', name: 'x', channels: [] }],
      ['POST', '/tokens', { name: 'more' }],
      ['POST', '/pairings', undefined],
      ['POST', '/import', 'x'],
      ['DELETE', `/tokens/${created.body.id}`, undefined],
    ] as const) {
      expect((await a.call(m, route, body, token)).status, `${m} ${route}`).to.equal(403);
    }
    expect((await a.call('GET', '/tokens')).body[0]).to.include({
      name: 'NAS',
      kind: 'read',
      revoked_at: null,
    });
    expect((await a.call('DELETE', `/tokens/${created.body.id}`)).status).to.equal(204);
    expect((await a.call('GET', '/series', undefined, token)).status).to.equal(401);
  });

  it('an SSE client that resumes with Last-Event-ID misses nothing and gets nothing twice', async () => {
    const a = await start();
    const device = await a.pairDevice();
    const seen: SseEvent[] = [];
    /** Reads `n` change events (or until aborted) from `lastId`. */
    const read = async (lastId: string | null, n: number) => {
      const ac = new AbortController();
      const res = await fetch(`${a.url}/api/v1/stream?tables=readings`, {
        headers: {
          authorization: `Bearer ${ADMIN}`,
          ...(lastId ? { 'last-event-id': lastId } : {}),
        },
        signal: ac.signal,
      });
      expect(res.status).to.equal(200);
      let got = 0;
      try {
        for await (const ev of readSse(res.body!)) {
          if (ev.event !== 'change') continue;
          seen.push(ev);
          if (++got === n) break;
        }
      } finally {
        ac.abort();
      }
    };
    const first = read(null, 700);
    await new Promise((r) => setTimeout(r, 200));
    let seq = 1;
    const feed = (async () => {
      for (let i = 0; i < 8; i++, seq += 250) {
        await a.call(
          'POST',
          '/ingest',
          { boot_id: 'b', channels: [PIT], readings: readings(seq, 250) },
          device.token,
        );
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    await first;
    // Disconnected while the feed goes on; resume after the last event seen, twice.
    await read(seen.at(-1)!.id, 600);
    await feed;
    await read(seen.at(-1)!.id, 2000 - seen.length);
    const ts = seen.map((e) => (JSON.parse(e.data) as { row: { ts: number } }).row.ts);
    expect(new Set(ts).size).to.equal(ts.length);
    expect(ts.length).to.equal(2000);
    const ids = seen.map((e) => Number(e.id));
    expect(ids).to.deep.equal([...ids].sort((x, y) => x - y));
  });

  it('ends its event streams when the hub stops, so a stop does not wait for them', async () => {
    const a = await startTestHub();
    const res = await fetch(`${a.url}/api/v1/stream`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status).to.equal(200);
    const t = Date.now();
    await a.stop();
    expect(Date.now() - t).to.be.below(3000);
    await res.body?.cancel().catch(() => undefined);
  });

  it('a replica imports, follows live, serves reads, refuses writes and shows its lag', async () => {
    const a = await start();
    await populate(a);
    const token = (await a.call('POST', '/tokens', { name: 'replica' })).body.token as string;
    const r = await start({ BREWPIT_REPLICATE_FROM: a.url, BREWPIT_REPLICATE_TOKEN: token });
    const caughtUp = async () => {
      const h = (await r.call('GET', '/health')).body.replica;
      return h.state === 'live' && h.cursor === a.hub.ctx.store.replication.head();
    };
    await until(caughtUp);
    const device = await a.pairDevice('second');
    await a.call(
      'POST',
      '/ingest',
      { boot_id: 'c', channels: [PIT], readings: readings(1, 300) },
      device.token,
    );
    await until(caughtUp);
    expect(diffTables(dumpTables(dbOf(a)), dumpTables(dbOf(r)))).to.deep.equal({});
    const health = (await r.call('GET', '/health')).body.replica;
    expect(health).to.include({ source: a.url, lag_s: 0, imports: 1 });
    expect((await r.call('GET', '/sessions')).body).to.have.length(1);
    expect(
      (await r.call('POST', '/sessions', { kind: 'cook', name: 'x', channels: [] })).status,
    ).to.equal(403);
    const metrics = await r.call('GET', '/metrics');
    expect(metrics.body).to.match(/brewpit_replica_lag_seconds 0/);
  });

  it('a replica catches up after its link is cut and after restarts, holding exactly the primary', async () => {
    const a = await start();
    await populate(a, 1, 1000);
    const token = (await a.call('POST', '/tokens', { name: 'replica' })).body.token as string;
    const proxy = new ChaosProxy({ host: '127.0.0.1', port: Number(new URL(a.url).port) }, PASS);
    const port = await proxy.start();
    const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-replica-'));
    const settings = loadSettings({
      PORT: '0',
      HOST: '127.0.0.1',
      BREWPIT_DATA_DIR: dir,
      BREWPIT_ADMIN_TOKEN: ADMIN,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
      BREWPIT_REPLICATE_FROM: `http://127.0.0.1:${port}`,
      BREWPIT_REPLICATE_TOKEN: token,
    });
    let replica = new Hub(settings, pino({ level: 'silent' }));
    try {
      await replica.start();
      const device = await a.pairDevice('feed');
      let seq = 1;
      const feed = async (n: number) => {
        await a.call(
          'POST',
          '/ingest',
          { boot_id: 'f', channels: [PIT], readings: readings(seq, n) },
          device.token,
        );
        seq += n;
      };
      const caughtUp = () =>
        replica.ctx.replica.state === 'live' &&
        replica.ctx.replica.cursor === a.hub.ctx.store.replication.head();
      await until(caughtUp);
      // The link drops every connection and refuses new ones while the primary goes on.
      await proxy.stop();
      await feed(300);
      await a.call('POST', '/sessions', { kind: 'brew', name: 'Saison', channels: [] });
      await new Promise((r) => setTimeout(r, 300));
      expect(replica.ctx.replica.state).not.to.equal('live');
      await proxy.start(port);
      await until(caughtUp);
      // Restarts of the replica (a stop, then a fresh process on the same store) while fed.
      for (let k = 0; k < 3; k++) {
        await feed(200);
        await replica.stop();
        await feed(100);
        replica = new Hub(settings, pino({ level: 'silent' }));
        await replica.start();
      }
      await until(caughtUp);
      // Each restart resumed from its stored cursor: the primary served one full export only.
      expect((await a.call('GET', '/audit?action=export')).body).to.have.length(1);
      expect(
        diffTables(dumpTables(dbOf(a)), dumpTables(path.join(dir, 'brewpit.db'))),
      ).to.deep.equal({});
    } finally {
      await replica.stop();
      await proxy.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
