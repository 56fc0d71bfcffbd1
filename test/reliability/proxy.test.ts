import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChaosProxy } from './proxy.js';

describe('ChaosProxy', () => {
  let upstream: Server;
  let port: number;
  let hits = 0;
  before(async () => {
    upstream = createServer((req, res) => {
      hits++;
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    port = (upstream.address() as AddressInfo).port;
  });
  after(() => upstream.close());

  const none = { pass: 0, reset: 0, resetAfterRequest: 0, truncate: 0, delay: 0, blackhole: 0 };
  const get = (p: number) =>
    fetch(`http://127.0.0.1:${p}/`, {
      method: 'POST',
      body: 'x'.repeat(1000),
      signal: AbortSignal.timeout(2000),
      headers: { connection: 'close' },
    });

  it('passes requests through', async () => {
    const proxy = new ChaosProxy({ host: '127.0.0.1', port }, { ...none, pass: 1 });
    const p = await proxy.start();
    expect(await (await get(p)).text()).to.equal('ok');
    await proxy.stop();
  });

  for (const [fault, when, upstreamHits] of [
    ['reset', 'before the upstream sees anything', 0],
    ['resetAfterRequest', 'after the upstream handled the request', 1],
  ] as const) {
    it(`resets ${when} (${fault})`, async () => {
      const proxy = new ChaosProxy({ host: '127.0.0.1', port }, { ...none, [fault]: 1 });
      const p = await proxy.start();
      const before = hits;
      await get(p).then(
        () => expect.fail('should fail'),
        (err: Error) => expect(err).to.be.an('error'),
      );
      expect(hits).to.equal(before + upstreamHits);
      await proxy.stop();
    });
  }

  it('picks faults reproducibly for a seed', () => {
    const mix = { pass: 1, reset: 1, resetAfterRequest: 1, truncate: 1, delay: 1, blackhole: 1 };
    const a = new ChaosProxy({ host: '127.0.0.1', port }, mix, 10, 42) as any;
    const b = new ChaosProxy({ host: '127.0.0.1', port }, mix, 10, 42) as any;
    const seqA = Array.from({ length: 20 }, () => a.pick());
    expect(Array.from({ length: 20 }, () => b.pick())).to.deep.equal(seqA);
    expect(new Set(seqA).size).to.be.greaterThan(3);
  });
});
