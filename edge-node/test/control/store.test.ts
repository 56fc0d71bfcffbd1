import { expect } from 'chai';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JsonFile } from '../../src/control/store.js';

describe('JsonFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-store-'));

  it('round-trips a document and leaves no temp file behind', async () => {
    const f = new JsonFile<{ a: number }>(path.join(dir, 'sub', 'a.json'));
    expect(await f.load()).to.equal(undefined);
    await f.save({ a: 1 });
    expect(await f.load()).to.deep.equal({ a: 1 });
    expect(readdirSync(path.join(dir, 'sub'))).to.deep.equal(['a.json']);
  });

  it('coalesces a burst of saves and ends with the newest', async () => {
    const f = new JsonFile<{ n: number }>(path.join(dir, 'b.json'));
    await Promise.all(Array.from({ length: 20 }, (_, n) => f.save({ n })));
    expect(await f.load()).to.deep.equal({ n: 19 });
  });

  it('reports a corrupt file with its code', async () => {
    const file = path.join(dir, 'c.json');
    writeFileSync(file, '{"half":');
    const err = await new JsonFile(file).load().catch((e: unknown) => e);
    expect(err).to.have.property('code', 'state_corrupt');
  });
});
