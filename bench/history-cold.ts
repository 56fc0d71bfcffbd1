// The 50 M-reading history store with its oldest readings compressed by the hub's own job, for the
// history rows "95 % compressed". Built from the hot store once and cached beside it (keyed by
// the hot store's name and this builder's version); the job runs exactly as in a hub (one
// transaction per step, synchronous = FULL), so building takes a few minutes.
import {
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { createContext } from '../addon/src/context.js';
import { ColdStorageModule } from '../addon/src/jobs/compression.js';
import { loadSettings } from '../addon/src/settings.js';
import { Store } from '../addon/src/store/index.js';

/** Bump when compression changes what it writes, so cached cold stores are rebuilt. */
const COLD_BUILDER_VERSION = 1;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface ColdStore {
  file: string;
  buildSeconds: number;
  cached: boolean;
  bytes: number;
  coldReadings: number;
}

/** Compresses the readings of `hotFile` before `t0 + share × span` (down to a whole hour). */
export async function buildColdStore(
  hotFile: string,
  t0: number,
  span: number,
  share: number,
): Promise<ColdStore> {
  const base = hotFile.replace(/\.db$/, '');
  const file = `${base}-cold${Math.round(share * 100)}-v${COLD_BUILDER_VERSION}.db`;
  const metaFile = file.replace(/\.db$/, '.json');
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Omit<
      ColdStore,
      'file' | 'cached' | 'bytes'
    >;
    return { ...meta, file, cached: true, bytes: statSync(file).size };
  }
  const tmp = `${file}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  copyFileSync(hotFile, tmp);
  const start = performance.now();
  const store = Store.open(tmp);
  try {
    const dir = path.dirname(tmp);
    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
      BREWPIT_ADMIN_TOKEN: 'bench-cold-admin-token',
      BREWPIT_COMPRESS_AFTER_DAYS: '1',
    });
    const ctx = createContext({ settings, store, log: pino({ level: 'silent' }), adminToken: '-' });
    // The job compresses what is older than `now − 1 day`: place `now` so the cut-off lands at
    // the share wanted.
    const result = (await new ColdStorageModule(ctx).pass(t0 + share * span + DAY))!;
    const coldReadings = store.cold.stats().reduce((n, s) => n + s.readings, 0);
    if (coldReadings !== result.moved)
      throw new Error(`cold store: ${coldReadings} ≠ ${result.moved}`);
    store.close();
    const meta = { buildSeconds: (performance.now() - start) / 1000, coldReadings };
    renameSync(tmp, file);
    writeFileSync(metaFile, JSON.stringify({ ...meta, builtAt: new Date().toISOString() }));
    return { ...meta, file, cached: false, bytes: statSync(file).size };
  } catch (err) {
    store.close();
    throw err;
  }
}
