import { expect } from 'chai';
import { PIT, readings, startTestHub, type TestHub } from '../helpers.js';

describe('rate limits', () => {
  let t: TestHub;
  afterEach(() => t.stop());

  it('refuses a device past its ingest rate with 429 problem+json and Retry-After, sparing other devices', async () => {
    t = await startTestHub({ BREWPIT_INGEST_RATE_LIMIT: '5' }); // burst of 20
    const [a, b] = [await t.pairDevice('a'), await t.pairDevice('b')];
    const statuses: number[] = [];
    let limited: { headers: Headers; body: any } | null = null;
    for (let i = 0; i < 30; i++) {
      const res = await t.call(
        'POST',
        '/ingest',
        { boot_id: 'x', channels: [PIT], readings: readings(i + 1, 1) },
        a.token,
      );
      statuses.push(res.status);
      if (res.status === 429 && !limited) limited = res;
    }
    expect(statuses.filter((s) => s === 200).length).to.be.within(20, 22);
    expect(limited!.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(limited!.headers.get('retry-after')).to.match(/^\d+$/);
    const other = await t.call(
      'POST',
      '/ingest',
      { boot_id: 'x', channels: [PIT], readings: readings(1, 1) },
      b.token,
    );
    expect(other.status).to.equal(200);
  });

  it('limits failed pairing attempts per address, never successful ones', async () => {
    t = await startTestHub();
    for (let i = 0; i < 12; i++) await t.pairDevice(`node-${i}`);
    const codes: number[] = [];
    for (let i = 0; i < 12; i++)
      codes.push((await t.call('POST', '/pair', { code: 'ZZZ-ZZZ', name: 'guess' }, null)).status);
    expect(codes.slice(0, 10)).to.deep.equal(Array(10).fill(403));
    expect(codes.slice(10)).to.deep.equal([429, 429]);
  });
});
