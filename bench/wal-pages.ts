// What a live commit writes: WAL pages per commit of the store itself (issues 21 and 25; on a
// Raspberry Pi's SD card the volume matters more than the speed). 8 nodes × 8 channels at 1 Hz,
// each node one 8-reading batch a second, after `hours` of such history stored in 100-s batches.
// The WAL is truncated before each commit and measured after it; the hub's clock follows the
// simulated seconds, so rollups are merged when they would be live. Prints the mean.
//
//   npx tsx bench/wal-pages.ts [hours]   (1 by default; 0.17 is 10 minutes, 24 a day)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store } from '../addon/src/store/index.js';

const HISTORY_S = Math.round(Number(process.argv[2] ?? 1) * 3600);
const NODES = 8;
const CHANNELS = 8;
const LIVE_S = 300;
/** A WAL frame: a page and its 24-byte header; the file starts with a 32-byte header. */
const FRAME = 4096 + 24;

const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-wal-pages-'));
const file = path.join(dir, 'brewpit.db');
const store = Store.open(file);
const channels = Array.from({ length: CHANNELS }, (_, i) => ({
  key: `t${i}`,
  kind: 'temperature' as const,
  unit: '°C',
  name: `Probe ${i}`,
}));
const devices = Array.from(
  { length: NODES },
  (_, n) => store.devices.create(`node-${n}`, 'edge').device_id,
);
const seqs = new Array<number>(NODES).fill(0);
const t0 = Date.now() - (HISTORY_S + LIVE_S + 60) * 1000;
const send = (n: number, from: number, seconds: number) => {
  const readings = [];
  for (let s = from; s < from + seconds; s++)
    for (let c = 0; c < CHANNELS; c++)
      readings.push({
        seq: ++seqs[n]!,
        channel: `t${c}`,
        ts: t0 + s * 1000,
        value: 20 + 5 * Math.sin(s / 100 + c),
      });
  store.readings.ingest(devices[n]!, { boot_id: 'bench', channels, readings });
};

try {
  for (let s = 0; s < HISTORY_S; s += 100)
    for (let n = 0; n < NODES; n++) send(n, s, Math.min(100, HISTORY_S - s));
  store.series.history(1, 0, Date.now(), 100); // merges what the history left waiting
  const realNow = Date.now;
  let clock = realNow();
  Date.now = () => clock;
  let frames = 0;
  for (let s = HISTORY_S; s < HISTORY_S + LIVE_S; s++)
    for (let n = 0; n < NODES; n++) {
      store.maintenance.checkpoint('TRUNCATE');
      clock += 1000 / NODES;
      send(n, s, 1);
      frames += (statSync(`${file}-wal`).size - 32) / FRAME;
    }
  Date.now = realNow;
  const commits = LIVE_S * NODES;
  console.log(
    `history ${(HISTORY_S / 3600).toFixed(2)} h: ${(frames / commits).toFixed(1)} WAL pages per live commit (mean of ${commits})`,
  );
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
