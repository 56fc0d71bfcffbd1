import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Channel, Reading } from '@brewpit/protocol';
import { Store, ImportRefused } from '../../src/store/index.js';
import { allTables, NOT_REPLICATED, REPLICATED } from '../../src/store/replicated.js';
import { diffTables, dumpTables } from '../../../test/support/tables.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 10, 22, 8, 0, 0);
const PIT: Channel = { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit', precision: 1 };
const RAW: Channel = { key: 'raw', kind: 'other', unit: '', name: 'Raw' };

/** Collects an export into parsed lines. */
async function exportOf(store: Store): Promise<unknown[]> {
  const lines: unknown[] = [];
  for await (const l of store.replication.exportLines('test')) lines.push(JSON.parse(l));
  return lines;
}

/** A store with devices, readings hot and cold, a session with notes, alerts, a deleted device. */
function populate(store: Store, from = 0, n = 3 * 3600): void {
  const dev = store.devices.create('Pit node', 'edge', T0).device_id;
  const gone = store.devices.create('Old node', 'edge', T0).device_id;
  let seq = 0;
  for (let b = from; b < n; b += 500) {
    const readings: Reading[] = [];
    for (let i = b; i < Math.min(n, b + 500); i++) {
      readings.push({ seq: ++seq, channel: 'pit', ts: T0 + i * 1000, value: 100 + (i % 70) / 10 });
      readings.push({ seq: ++seq, channel: 'raw', ts: T0 + i * 1000, value: Math.sin(i) / 3 });
    }
    readings.push({
      seq: ++seq,
      channel: 'raw',
      ts: T0 + b * 1000 + 1,
      value: null,
      status: 'unavailable',
    });
    store.readings.ingest(dev, { boot_id: 'b1', channels: [PIT, RAW], readings }, T0 + n * 1000);
  }
  store.readings.ingest(
    gone,
    { boot_id: 'b', channels: [PIT], readings: [{ seq: 1, channel: 'pit', ts: T0, value: 1 }] },
    T0 + HOUR,
  );
  const ids = store.readings.seriesIds(dev);
  const s = store.sessions.create(
    {
      kind: 'cook',
      name: 'Brisket',
      started_at: T0,
      channels: [{ series_id: ids.get('pit')!, role: 'pit', target: 110 }],
    },
    T0,
  );
  store.sessions.annotate(s.id, 'Wrapped', T0 + HOUR);
  store.sessions.update(s.id, { notes: 'Post oak' }, T0 + HOUR);
  store.devices.delete(gone);
  // Two hours go cold: the export must read them from blocks.
  for (const id of ids.values()) {
    for (let h = store.cold.oldestHotHour(id, T0 + 2 * HOUR); h !== null;) {
      store.cold.compressStep(id, h);
      h = store.cold.oldestHotHour(id, T0 + 2 * HOUR);
    }
  }
}

describe('Replication store', () => {
  let dir: string;
  const stores: Store[] = [];
  const open = (name: string) => {
    const s = Store.open(path.join(dir, name));
    stores.push(s);
    return s;
  };
  const file = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-repl-'));
  });
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('classifies every table of the store as replicated or not', () => {
    const store = open('a.db');
    store.close();
    const db = new Database(file('a.db'), { readonly: true });
    const known = new Set([...Object.keys(REPLICATED), ...Object.keys(NOT_REPLICATED)]);
    expect(allTables(db).filter((t) => !known.has(t))).to.deep.equal([]);
    db.close();
  });

  it('exports hot and cold readings and every table, and an import reproduces them', async () => {
    const a = open('a.db');
    populate(a);
    expect(a.cold.stats().length).to.be.greaterThan(0);
    const lines = await exportOf(a);
    const header = lines[0] as { format: string; version: number; cursor: number };
    expect(header.format).to.equal('brewpit-export');
    expect(header.version).to.equal(1);
    expect(header.cursor).to.equal(a.replication.head());
    expect(JSON.stringify(lines)).not.to.contain('scrypt$');
    const b = open('b.db');
    const imp = b.replication.importer();
    expect(imp.isEmpty()).to.equal(true);
    for (const l of lines) imp.line(l);
    const r = imp.finish();
    expect(r.counts.readings).to.equal(2 * 3 * 3600 + 22);
    expect(b.replication.replicaCursor()).to.equal(header.cursor);
    expect(diffTables(dumpTables(file('a.db')), dumpTables(file('b.db')))).to.deep.equal({});
  });

  it('refuses a truncated export, another format and a line of an unknown table', () => {
    const b = open('b.db');
    const head = {
      format: 'brewpit-export',
      version: 1,
      cursor: 0,
      tables: { meta: ['key', 'value'] },
    };
    let imp = b.replication.importer();
    imp.line(head);
    imp.line({ t: 'meta', r: { key: 'k', value: 'v' } });
    expect(() => imp.finish()).to.throw(ImportRefused, /truncated/);
    imp = b.replication.importer();
    expect(() => imp.line({ ...head, version: 2 })).to.throw(ImportRefused, /version 1/);
    imp = b.replication.importer();
    imp.line(head);
    expect(() => imp.line({ t: 'pairings', r: {} })).to.throw(ImportRefused, /no exported table/);
    imp = b.replication.importer();
    imp.line(head);
    imp.line({ end: true, counts: { meta: 2 } });
    expect(() => imp.finish()).to.throw(ImportRefused, /counts 2 meta/);
  });

  it('a replica following the changes feed page by page ends with the same tables', async () => {
    const a = open('a.db');
    const b = open('b.db');
    // The replica starts from an export of an empty-ish primary, then follows changes only.
    const imp = b.replication.importer();
    for (const l of await exportOf(a)) imp.line(l);
    imp.finish();
    populate(a);
    for (let cursor = b.replication.replicaCursor()!; ;) {
      const page = a.replication.changes(cursor, 777);
      if ('gone' in page) throw new Error('gone');
      if (!page.changes.length) break;
      b.replication.applyChanges(page.changes, page.next);
      cursor = page.next;
    }
    expect(b.replication.replicaCursor()).to.equal(a.replication.head());
    expect(diffTables(dumpTables(file('a.db')), dumpTables(file('b.db')))).to.deep.equal({});
  });

  it('logs updates and deletes, keeps cursors across a reopen, and says gone past a trim', () => {
    let a = open('a.db');
    a.replication.arm();
    const dev = a.devices.create('n', 'edge', T0).device_id;
    const c0 = a.replication.head();
    a.devices.rename(dev, 'renamed');
    a.devices.delete(dev);
    a.close();
    a = open('a.db');
    const page = a.replication.changes(c0, 100);
    if ('gone' in page) throw new Error('gone');
    expect(page.changes.map((c) => [c.table, c.op, c.row.name ?? null])).to.deep.equal([
      ['devices', 'u', 'renamed'],
      ['devices', 'd', null],
    ]);
    expect(page.changes[0]!.row).not.to.have.property('token_hash');
    expect(a.replication.trim(1)).to.be.greaterThan(0);
    expect(a.replication.changes(c0, 100)).to.deep.include({ gone: true });
    const last = a.replication.changes(a.replication.head() - 1, 10);
    expect('gone' in last).to.equal(false);
  });

  /** Rows in the file's change log and its change-log triggers, read from a second connection. */
  const logOf = (name: string) => {
    const db = new Database(file(name), { readonly: true });
    try {
      const rows = db.prepare('SELECT COUNT(*) FROM change_log').pluck().get() as number;
      const triggers = db
        .prepare(
          "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'changes_*'",
        )
        .pluck()
        .get() as number;
      return { rows, triggers };
    } finally {
      db.close();
    }
  };

  it('logs nothing until armed, then every later change; older cursors are gone', () => {
    const a = open('a.db');
    populate(a, 0, 1200);
    expect(a.replication.armed()).to.equal(false);
    expect(logOf('a.db')).to.deep.equal({ rows: 0, triggers: 0 });
    expect(a.replication.changes(0, 10)).to.deep.include({ gone: true });
    const from = a.replication.arm();
    expect(a.replication.arm()).to.equal(from);
    expect(a.replication.armed()).to.equal(true);
    expect(logOf('a.db').triggers).to.be.greaterThan(0);
    // Nothing before the arming was logged: a cursor from then (0 included) is told to export.
    expect(a.replication.changes(0, 10)).to.deep.include({ gone: true });
    expect(a.replication.changes(from - 1, 10)).to.deep.include({ gone: true });
    expect(a.replication.changes(from, 10)).to.deep.include({ changes: [], next: from });
    const dev = a.devices.create('Later node', 'edge', T0).device_id;
    const readings: Reading[] = [1, 2, 3].map((i) => ({
      seq: i,
      channel: 'pit',
      ts: T0 + i * 1000,
      value: 20 + i,
    }));
    a.readings.ingest(dev, { boot_id: 'b', channels: [PIT], readings }, T0 + 5000);
    a.devices.rename(dev, 'Renamed');
    const page = a.replication.changes(from, 1000);
    if ('gone' in page) throw new Error('gone');
    const of = (t: string) => page.changes.filter((c) => c.table === t);
    expect(of('readings').map((c) => c.row.value)).to.deep.equal([21, 22, 23]);
    const names = of('devices').map((c) => c.row.name);
    expect([names[0], names.at(-1)]).to.deep.equal(['Later node', 'Renamed']);
    expect(of('series')).not.to.be.empty;
    expect(page.changes[0]!.id).to.equal(from + 1);
    expect(page.next).to.equal(a.replication.head());
  });

  it('stays armed across a restart, with its triggers and cursors; an unarmed log stays off', () => {
    let a = open('a.db');
    let b = open('b.db');
    a.devices.create('One', 'edge', T0);
    b.devices.create('One', 'edge', T0);
    const from = a.replication.arm();
    a.devices.create('Two', 'edge', T0);
    const mid = a.replication.head();
    a.close();
    b.close();
    a = open('a.db');
    b = open('b.db');
    expect(a.replication.armed()).to.equal(true);
    expect(b.replication.armed()).to.equal(false);
    expect(logOf('b.db')).to.deep.equal({ rows: 0, triggers: 0 });
    a.devices.create('Three', 'edge', T0);
    b.devices.create('Three', 'edge', T0);
    expect(logOf('b.db').rows).to.equal(0);
    const names = (cursor: number) => {
      const page = a.replication.changes(cursor, 100);
      if ('gone' in page) throw new Error('gone');
      return page.changes.filter((c) => c.table === 'devices').map((c) => c.row.name);
    };
    expect(names(from)).to.deep.equal(['Two', 'Three']);
    expect(names(mid)).to.deep.equal(['Three']);
    expect(a.replication.changes(from - 1, 10)).to.deep.include({ gone: true });
  });

  it('an export arms the log and hands out the cursor of its snapshot', async () => {
    const a = open('a.db');
    populate(a, 0, 600);
    expect(a.replication.armed()).to.equal(false);
    const lines = exportOf(a);
    // Writes between the arming and the end of the export land after the cursor, not in it.
    const later = a.devices.create('After', 'edge', T0).device_id;
    const all = await lines;
    const header = all[0] as { cursor: number };
    expect(a.replication.armed()).to.equal(true);
    const page = a.replication.changes(header.cursor, 100);
    if ('gone' in page) throw new Error('gone');
    const devs = all.filter((l) => (l as { t?: string }).t === 'devices');
    const inExport = devs.some((l) => (l as { r: { id: string } }).r.id === later);
    const inFeed = page.changes.some((c) => c.table === 'devices' && c.row.id === later);
    expect(inExport !== inFeed).to.equal(true);
  });
});
