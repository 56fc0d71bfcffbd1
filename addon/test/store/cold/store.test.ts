import { expect } from 'chai';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createContext } from '../../../src/context.js';
import { ColdStorageModule } from '../../../src/jobs/compression.js';
import { loadSettings } from '../../../src/settings.js';
import { ColdBlockCorrupt } from '../../../src/store/cold/codec.js';
import { Store } from '../../../src/store/index.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 10, 22, 8, 0, 0);

describe('cold storage on a damaged store', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let ids: Map<string, number>;
  let deviceId: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-cold-'));
    file = path.join(dir, 'brewpit.db');
    store = Store.open(file);
    deviceId = store.devices.create('pi', 'edge', T0).device_id;
    const channels = ['a', 'b'].map((key) => ({
      key,
      kind: 'temperature' as const,
      unit: '°C',
      name: key,
      precision: 1,
    }));
    const readings = [];
    for (let i = 0; i < 2 * 3600; i += 10)
      for (const c of channels)
        readings.push({
          seq: readings.length + 1,
          channel: c.key,
          ts: T0 + i * 1000,
          value: i / 10,
        });
    store.readings.ingest(deviceId, { boot_id: 'b', channels, readings });
    ids = store.readings.seriesIds(deviceId);
    for (const id of ids.values())
      for (let h = T0; h < T0 + 2 * HOUR; h += HOUR) store.cold.compressStep(id, h);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Overwrites the first block of series `a` behind the store's back (bit rot, a bad restore). */
  const damage = () => {
    const db = new Database(file);
    db.prepare(
      'UPDATE cold_blocks SET data = zeroblob(16) WHERE id = (SELECT min(id) FROM cold_blocks WHERE series_id = ?)',
    ).run(ids.get('a'));
    db.close();
  };

  it('names the damaged block when a query meets it, and reads other series as before', () => {
    damage();
    expect(() => store.series.history(ids.get('a')!, T0, T0 + 600_000, 4000)).to.throw(
      ColdBlockCorrupt,
      /^Cold block \d+ \(2025-11-22T08:00:00.000Z, 360 readings\)/,
    );
    expect(store.series.history(ids.get('b')!, T0, T0 + 600_000, 4000).points).to.have.length(61);
  });

  it('lets a pass go on with the other series when one cannot be merged, and says so', async () => {
    damage();
    // Late readings for both series in the damaged hour: series a's merge must decode the block.
    store.readings.ingest(deviceId, {
      boot_id: 'b',
      readings: ['a', 'b'].map((channel, k) => ({
        seq: 10_000 + k,
        channel,
        ts: T0 + 5_500,
        value: 1,
      })),
    });
    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
      BREWPIT_ADMIN_TOKEN: 'cold-test-admin-token',
    });
    const logged: string[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => logged.push(line) });
    const ctx = createContext({ settings, store, log, adminToken: '-' });
    const result = (await new ColdStorageModule(ctx).pass(T0 + 3 * 86_400_000))!;
    expect(result).to.include({ failed: 1, moved: 1 });

    expect(logged.join('')).to.match(
      /Failed to compress series \d+ at 2025-11-22T08:00:00.000Z: Cold block \d+/,
    );
    const stats = await ctx.metrics.registry.getSingleMetricAsString('brewpit_cold_failures_total');
    expect(stats).to.match(/brewpit_cold_failures_total 1$/m);
  });
});
