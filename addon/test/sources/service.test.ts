import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connection } from 'home-assistant-js-websocket';
import { pino } from 'pino';
import { createContext, type HubContext } from '../../src/context.js';
import { loadSettings } from '../../src/settings.js';
import { HaSourceFollower } from '../../src/sources/follower.js';
import { Store } from '../../src/store/index.js';
import { readOnlySql } from '../helpers.js';

const T0 = Date.UTC(2026, 10, 22, 12);
const sec = (ms: number) => ms / 1000;
const probe = {
  entity_id: 'sensor.signals_probe_1',
  name: 'Probe 1',
  device_class: 'temperature',
  unit: '°F',
};

/** Home Assistant's side of a connection, as far as the follower uses it: a recorder and a subscription. */
class FakeHa {
  recorder: { s: string; lu: number }[] = [];
  push: ((msg: unknown) => void) | null = null;
  historyCalls: Record<string, unknown>[] = [];
  readonly conn = {
    connected: true,
    subscribeMessage: async (cb: (msg: unknown) => void, msg: { entity_ids: string[] }) => {
      this.push = cb;
      const last = this.recorder.at(-1);
      if (last)
        cb({
          a: { [msg.entity_ids[0]!]: { s: last.s, a: { unit_of_measurement: '°F' }, lc: last.lu } },
        });
      return async () => {
        this.push = null;
      };
    },
    sendMessagePromise: async (msg: {
      start_time: string;
      end_time: string;
      entity_ids: string[];
    }) => {
      this.historyCalls.push(msg);
      const from = sec(Date.parse(msg.start_time));
      const to = sec(Date.parse(msg.end_time));
      return { [msg.entity_ids[0]!]: this.recorder.filter((r) => r.lu >= from && r.lu <= to) };
    },
  } as unknown as Connection;
}

describe('sources: Home Assistant entities as a source', () => {
  let dir: string;
  let store: Store;
  let ctx: HubContext;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-sources-'));
    store = Store.open(path.join(dir, 'brewpit.db'));
    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
    });
    ctx = createContext({
      settings,
      store,
      log: pino({ level: 'silent' }),
      adminToken: 'x'.repeat(16),
    });
  });

  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rows = (seriesId: number) =>
    readOnlySql(path.join(dir, 'brewpit.db'))
      .prepare('SELECT ts, value, status FROM readings WHERE series_id = ? ORDER BY ts')
      .all(seriesId) as { ts: number; value: number | null; status: number }[];

  it('stores states in °C on a series of the Home Assistant device, once each', () => {
    const { sources } = ctx.services;
    const e = sources.follow(probe, 'admin', true, T0);
    expect(e).to.include({ kind: 'temperature', unit: '°C', role: 'meat', followed: true });
    expect(store.devices.get(store.haEntities.sourceDevice())).to.include({
      kind: 'homeassistant',
      last_seen: null,
    });
    const states = [
      { entity_id: probe.entity_id, state: '150.8', ts: T0 + 1000 },
      { entity_id: probe.entity_id, state: 'unavailable', ts: T0 + 2000 },
      { entity_id: probe.entity_id, state: '203', ts: T0 + 3000 },
    ];
    expect(sources.record(states, 'live', T0 + 3000)).to.equal(3);
    // The same states again (a backfill overlapping what came live) store nothing.
    expect(sources.record(states, 'backfill', T0 + 4000)).to.equal(0);
    const stored = rows(e.series_id);
    expect(stored.map((r) => r.ts)).to.deep.equal([T0 + 1000, T0 + 2000, T0 + 3000]);
    expect(stored[0]!.value).to.be.closeTo(66, 1e-9);
    expect(stored[1]).to.include({ value: null, status: 1 });
    expect(stored[2]!.value).to.be.closeTo(95, 1e-9);
    expect(store.devices.get(store.haEntities.sourceDevice())!.last_seen).to.equal(null);
  });

  it('skips states of entities it does not follow and lets go of session-only entities', () => {
    const { sources, sessions } = ctx.services;
    const e = sources.follow(probe, 'home_assistant', false, T0);
    expect(sources.record([{ entity_id: 'sensor.other', state: '1', ts: T0 }], 'live')).to.equal(0);
    const s = sessions.start(
      { kind: 'cook', name: 'Ribs', channels: [{ series_id: e.series_id, role: 'meat' }] },
      'admin',
    );
    expect(sources.releaseUnused()).to.deep.equal([]);
    sessions.end(s.id, Date.now(), 'admin');
    expect(sources.releaseUnused()).to.deep.equal([probe.entity_id]);
    expect(sources.followed()).to.deep.equal([]);
    expect(sources.list()[0]).to.include({ series_id: e.series_id, followed: false });
  });

  it('stores live state changes, not attribute updates, and follows a unit change', async () => {
    const ha = new FakeHa();
    const follower = new HaSourceFollower(ctx);
    await follower.start();
    const e = ctx.services.sources.follow(probe, 'admin', true);
    ctx.bus.emit('haConnected', { connection: ha.conn });
    await waitUntil(() => ha.push !== null);
    const t = Date.now();
    ha.push!({ c: { [probe.entity_id]: { '+': { s: '212', lc: sec(t) } } } });
    ha.push!({ c: { [probe.entity_id]: { '+': { lu: sec(t + 500), a: { battery: 80 } } } } });
    ha.push!({ c: { [probe.entity_id]: { '+': { a: { unit_of_measurement: '°C' } } } } });
    ha.push!({ c: { [probe.entity_id]: { '+': { s: '100', lc: sec(t + 1000) } } } });
    await waitUntil(() => rows(e.series_id).length === 2);
    await follower.stop();
    const stored = rows(e.series_id);
    expect(stored.map((r) => r.ts)).to.deep.equal([t, t + 1000]);
    expect(stored.map((r) => r.value)).to.deep.equal([100, 100]);
  });

  it('backfills the gap after a reconnect with every state once', async () => {
    const ha = new FakeHa();
    const follower = new HaSourceFollower(ctx);
    await follower.start();
    const e = ctx.services.sources.follow(probe, 'admin', true, Date.now() - 60_000);
    const t = Date.now() - 50_000;
    ha.recorder = [0, 1, 2].map((i) => ({ s: String(200 + i), lu: sec(t + i * 1000) }));
    ctx.bus.emit('haConnected', { connection: ha.conn });
    await waitUntil(() => rows(e.series_id).length === 3);
    // The hub was away: Home Assistant recorded more, then the connection came back.
    ha.recorder.push(
      ...[3, 4, 5].map((i) => ({
        s: i === 4 ? 'unavailable' : String(200 + i),
        lu: sec(t + i * 1000),
      })),
    );
    ctx.bus.emit('haConnected', { connection: ha.conn });
    await waitUntil(() => rows(e.series_id).length === 6);
    await follower.stop();
    const stored = rows(e.series_id);
    expect(stored.map((r) => r.ts)).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => t + i * 1000));
    expect(stored[4]).to.include({ value: null, status: 1 });
    expect(stored[5]!.value).to.be.closeTo(((205 - 32) * 5) / 9, 1e-9);
    // The second backfill started at the newest stored state, not at the beginning.
    expect(Date.parse(ha.historyCalls.at(-1)!.start_time as string)).to.equal(t + 2000);
    expect(store.haEntities.get(probe.entity_id)!.covered_from).to.equal(e.added_at);
  });
});

async function waitUntil(ok: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
