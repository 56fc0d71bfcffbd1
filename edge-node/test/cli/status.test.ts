import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectStatus, formatStatus } from '../../src/cli/status.js';
import { resolveConfig } from '../../src/config/load.js';
import { Outbox } from '../../src/outbox/outbox.js';

describe('brewpit-edge status', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'brewpit-status-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the readings the hub refused, apart from thinned ones', async () => {
    const config = await resolveConfig(
      {
        hub: { url: 'http://127.0.0.1:8488', token: 't' },
        outbox: { path: './outbox.db' },
        sensors: [{ platform: 'simulated', model: 'smoker' }],
      },
      { source: '<test>', baseDir: dir },
    );
    const outbox = Outbox.open(config.outbox.path, 0);
    outbox.append(
      [1, 2, 3].map((i) => ({ channel: 'pit', ts: 1_763_800_000_000 + i, value: i, status: 'ok' })),
    );
    outbox.reject([2, 3]);
    outbox.close();
    const report = collectStatus(config);
    expect(report.outbox).to.include({ depth: 1, rejected_total: 2, dropped_total: 0 });
    expect(formatStatus(report)).to.match(
      /Refused: {6}2 readings the hub could not store \(reported to it as dropped\)/,
    );
  });
});
