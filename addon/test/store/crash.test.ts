import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Store } from '../../src/store/index.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-child.ts');
const COUNT = 5000;

/** Runs the child; resolves with its stdout lines once it printed `until` (then kills it) or exited. */
function runChild(
  file: string,
  deviceId: string,
  mode: 'hang' | 'commit',
  until?: string,
): Promise<{ lines: string[]; walBytes: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, file, deviceId, mode, String(COUNT)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines: string[] = [];
    let walBytes = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      lines.push(...chunk.split('\n').filter(Boolean));
      if (until && lines.some((l) => l.startsWith(until))) {
        walBytes = statSync(`${file}-wal`).size;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ lines, walBytes, signal }));
  });
}

describe('a batch killed mid-transaction', function () {
  this.timeout(60_000);
  let dir: string;
  let file: string;
  let deviceId: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-crash-'));
    file = path.join(dir, 'brewpit.db');
    const store = Store.open(file);
    deviceId = store.devices.create('crash-pi').device_id;
    store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const inspect = () => {
    const store = Store.open(file);
    const db = new Database(file);
    try {
      return {
        readings: db.prepare('SELECT count(*) FROM readings').pluck().get(),
        rollups: db.prepare('SELECT count(*) FROM rollups_1m').pluck().get(),
        series: db.prepare('SELECT count(*) FROM series').pluck().get(),
        ack: store.devices.get(deviceId)!.ack_seq,
        integrity: db.pragma('integrity_check', { simple: true }),
      };
    } finally {
      db.close();
      store.close();
    }
  };

  it('leaves nothing of the batch: no readings, rollups, series or acknowledgement', async () => {
    const { lines, walBytes, signal } = await runChild(file, deviceId, 'hang', 'inside');
    expect(signal).to.equal('SIGKILL');
    expect(lines).to.deep.equal([`inside ${COUNT}`]);
    expect(walBytes, 'uncommitted pages reached the WAL before the kill').to.be.greaterThan(
      100_000,
    );
    expect(inspect()).to.deep.equal({
      readings: 0,
      rollups: 0,
      series: 0,
      ack: 0,
      integrity: 'ok',
    });
  });

  it('stores all of it when the same batch is allowed to commit', async () => {
    const { lines } = await runChild(file, deviceId, 'commit');
    expect(lines).to.deep.equal([`inside ${COUNT}`, `committed ${COUNT}`]);
    expect(inspect()).to.deep.include({ readings: COUNT, series: 4, ack: COUNT, integrity: 'ok' });
  });
});
