// What this machine's disk gives a writer with the hub's durability, no hub at all: the floor
// under the soak's slowest request (issue 25). One better-sqlite3 connection in WAL mode with
// `synchronous = FULL` (an fsync of the WAL at every commit, as the hub) commits 16 rows of one
// of 200 "devices" every 5 ms, about the soak's 200 batches a second, into the same clustered
// layout as the hub's readings; a worker thread checkpoints PASSIVE every `fold_ms` (5 s, the
// hub's `wal_fold_interval_ms`), as the hub's checkpointer does. Prints the commits' p50 / p99 /
// p99.9 / max in ms, how many took over 25 and 50 ms, and the slowest ones with when they came:
// a commit here is part of every request of the soak, so one slower than 20× the soak's median
// request (~26 ms) fails the soak's bar whatever the hub around it does.
//
//   npx tsx bench/disk-commits.ts [seconds] [fold_ms]   (60 s and 5,000 ms by default; run it alone)
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { percentile } from './lib.js';

const require = createRequire(import.meta.url);
const SECONDS = Number(process.argv[2] ?? 60);
const DEVICES = 200;
const CHANNELS = 16;
const EVERY_MS = 5;
const FOLD_MS = Number(process.argv[3] ?? 5000);

const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-disk-commits-'));
const file = path.join(dir, 'commits.db');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('wal_autocheckpoint = 0');
db.exec(`CREATE TABLE readings (series_id INTEGER, ts INTEGER, value REAL, status INTEGER,
  PRIMARY KEY (series_id, ts)) WITHOUT ROWID`);
const insert = db.prepare('INSERT INTO readings VALUES (?, ?, ?, 0)');
const commit = db.transaction((device: number, ts: number) => {
  for (let c = 0; c < CHANNELS; c++) insert.run(device * CHANNELS + c, ts, 20 + Math.random());
});

// The checkpointer, on a thread of its own like the hub's (addon/src/jobs/checkpointer.ts).
const checkpointer = new Worker(
  `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
   const db = new Database(${JSON.stringify(file)});
   db.pragma('synchronous = FULL');
   const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), ${FOLD_MS});
   require('node:worker_threads').parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });`,
  { eval: true },
);

const times: number[] = [];
/** Commits over 25 ms: seconds into the run, ms. */
const slow: [number, number][] = [];
const started = Date.now();
let n = 0;
await new Promise<void>((done) => {
  const tick = () => {
    const t = performance.now();
    // Each device's clock advances a second every round of the devices, as at 1 Hz.
    commit(n % DEVICES, started + Math.floor(n / DEVICES) * 1000);
    const ms = performance.now() - t;
    times.push(ms);
    if (ms > 25) slow.push([(Date.now() - started) / 1000, ms]);
    n++;
    if (Date.now() - started < SECONDS * 1000) setTimeout(tick, EVERY_MS);
    else done();
  };
  tick();
});
checkpointer.postMessage('stop');
await new Promise((r) => checkpointer.once('exit', r));
db.close();
rmSync(dir, { recursive: true, force: true });

times.sort((a, b) => a - b);
const q = (p: number) => percentile(times, p).toFixed(2);
console.log(
  `disk commits: n=${times.length} p50_ms=${q(50)} p99_ms=${q(99)} p999_ms=${q(99.9)} max_ms=${q(100)} over_25ms=${slow.length} over_50ms=${times.filter((t) => t > 50).length}`,
);
if (slow.length > 0)
  console.log(
    `over 25 ms (s: ms): ${slow.map(([at, ms]) => `${at.toFixed(1)}: ${ms.toFixed(1)}`).join(', ')}`,
  );
