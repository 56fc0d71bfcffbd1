/**
 * Child process of crash.test.ts: ingests one big batch through the store. In `hang` mode it
 * stops inside the transaction, after every row is written and before the commit, tells the
 * parent, and blocks until it is SIGKILLed. A tiny page cache makes SQLite spill the
 * uncommitted pages into the WAL file first, so the kill leaves real uncommitted frames on disk.
 */
import { Store } from '../../src/store/index.js';

const [file, deviceId, mode, count] = process.argv.slice(2) as [
  string,
  string,
  'hang' | 'commit',
  string,
];
const store = Store.open(file, { cachePages: 8 });
store.readings.hooks.beforeCommit = (result) => {
  process.stdout.write(`inside ${result.stored.length}\n`); // pipes are synchronous on Linux
  if (mode === 'hang') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
};
const t0 = 1_763_800_000_000;
const readings = Array.from({ length: Number(count) }, (_, i) => ({
  seq: i + 1,
  channel: `p${i % 4}`,
  ts: t0 + Math.floor(i / 4) * 1000,
  value: 100 + (i % 97) / 3,
}));
const channels = [0, 1, 2, 3].map((i) => ({
  key: `p${i}`,
  kind: 'temperature' as const,
  unit: '°C',
  name: `Probe ${i}`,
}));
const result = store.readings.ingest(deviceId, { boot_id: 'crash', channels, readings });
process.stdout.write(`committed ${result.ackSeq}\n`);
store.close();
