import { expect } from 'chai';
import { request } from 'node:http';
import path from 'node:path';
import { PIT, readOnlySql, readings, startTestHub } from './helpers.js';

describe('Hub', () => {
  it('finishes a batch in flight before it stops, and the batch is on disk afterwards', async () => {
    const t = await startTestHub();
    const device = await t.pairDevice();
    const body = Buffer.from(
      JSON.stringify({ boot_id: 'b', channels: [PIT], readings: readings(1, 2000) }),
    );
    const url = new URL(`${t.url}/api/v1/ingest`);
    let stopped = false;
    const answer = new Promise<{ status: number; ack: number }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${device.token}`,
            'content-type': 'application/json',
            'content-length': body.length,
          },
        },
        (res) => {
          let text = '';
          res
            .setEncoding('utf8')
            .on('data', (c: string) => (text += c))
            .on('end', () => resolve({ status: res.statusCode!, ack: JSON.parse(text).ack_seq }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, 1000));
      // the rest arrives only after the hub was told to stop
      setTimeout(() => {
        expect(stopped).to.equal(false);
        req.end(body.subarray(1000));
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 50));
    const stopping = t.hub.stop().then(() => (stopped = true));
    expect(await answer).to.deep.equal({ status: 200, ack: 2000 });
    await stopping;
    const sql = readOnlySql(path.join(t.dir, 'brewpit.db'));
    expect(sql.prepare('SELECT count(*) FROM readings').pluck().get()).to.equal(2000);
    sql.close();
    await t.stop();
  });
});

describe('Hub start', () => {
  it('fails with a clear error when its port is taken', async () => {
    const first = await startTestHub();
    const port = new URL(first.url).port;
    try {
      await startTestHub({ PORT: port }).then(
        () => expect.fail('the second hub should not start'),
        (err: Error) =>
          expect(err.message).to.match(
            new RegExp(`Failed to listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`),
          ),
      );
    } finally {
      await first.stop();
    }
  });
});
