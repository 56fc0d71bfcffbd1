import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createContext } from '../../src/context.js';
import { uid } from '../../src/ha/entities.js';
import type { HaLink } from '../../src/ha/link.js';
import type { Presence } from '../../src/ha/presence.js';
import type { BridgeContext } from '../../src/ha/shared.js';
import { StatePublisher } from '../../src/ha/states.js';
import type { HaStateItem } from '../../src/ha/types.js';
import { loadSettings } from '../../src/settings.js';
import { Store } from '../../src/store/index.js';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

/** Availability of an edge node's probes: what the bridge sends when the node goes quiet. */
describe('StatePublisher: a node that stops reporting', () => {
  let dir: string;
  let store: Store;
  let sent: HaStateItem[];
  let publisher: StatePublisher;
  let deviceId: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-states-'));
    store = Store.open(path.join(dir, 'brewpit.db'));
    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
    });
    const ctx = createContext({
      settings,
      store,
      log: pino({ level: 'silent' }),
      adminToken: 'x'.repeat(16),
    });
    deviceId = store.devices.create('smoker-pi', 'edge', T0).device_id;
    store.readings.ingest(
      deviceId,
      {
        boot_id: 'b',
        channels: [
          { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' },
          { key: 'meat1', kind: 'temperature', unit: '°C', name: 'Brisket' },
        ],
        readings: [
          { seq: 1, channel: 'pit', ts: T0, value: 110 },
          { seq: 2, channel: 'meat1', ts: T0, value: 70 },
        ],
      },
      T0,
    );
    sent = [];
    const conn = {
      sendMessagePromise: (msg: { states: HaStateItem[] }) => {
        sent.push(...msg.states);
        return Promise.resolve();
      },
    };
    const link = { linked: conn } as unknown as HaLink;
    const presence = { isOnline: () => false } as unknown as Presence;
    const bc = {
      hub: ctx,
      log: ctx.log,
      link,
      announced: new Set([uid(deviceId, 'pit'), uid(deviceId, 'meat1')]),
      presence,
      climate: { states: () => ({ now: [], later: [] }) },
    } as unknown as BridgeContext;
    publisher = new StatePublisher(bc);
  });
  afterEach(() => {
    publisher.reset();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const flush = () => new Promise((r) => setTimeout(r, 20));

  it('makes every probe unavailable, and a probe returns with its next reading at once', async () => {
    publisher.readings({
      deviceId,
      channels: [],
      readings: [{ seriesId: 1, channel: 'pit', ts: T0, value: 110, status: 'ok' }],
    } as never);
    await flush();
    sent = [];
    publisher.presence(deviceId, false);
    await flush();
    const probes = sent.filter((s) => s.unique_id !== uid(deviceId, 'connectivity'));
    expect(probes.map((s) => [s.unique_id, s.available, s.state])).to.deep.equal([
      [uid(deviceId, 'pit'), false, null],
      [uid(deviceId, 'meat1'), false, null],
    ]);
    expect(sent.find((s) => s.unique_id === uid(deviceId, 'connectivity'))?.state).to.equal(false);
    sent = [];
    // A change far below the significant 0.5 °C: only the return to availability sends it now.
    publisher.readings({
      deviceId,
      channels: [],
      readings: [{ seriesId: 1, channel: 'pit', ts: T0 + 90_000, value: 110.1, status: 'ok' }],
    } as never);
    await flush();
    expect(sent).to.deep.equal([
      { unique_id: uid(deviceId, 'pit'), series_id: 1, ts: T0 + 90_000, state: 110.1 },
    ]);
  });
});
