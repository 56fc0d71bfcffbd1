import { expect } from 'chai';
import { ADMIN, PIT, readings, sample, startTestHub, type TestHub } from '../helpers.js';

describe('operations endpoints', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  beforeEach(async () => {
    t = await startTestHub();
    device = await t.pairDevice('smoker-pi');
  });
  afterEach(() => t.stop());

  it('GET /metrics counts ingest, duplicates and refusals, and reports lag, queue depth and store size', async () => {
    const batch = {
      boot_id: 'b',
      channels: [PIT],
      readings: readings(1, 10),
      status: { outbox_depth: 7 },
    };
    await t.call('POST', '/ingest', batch, device.token);
    await t.call('POST', '/ingest', batch, device.token);
    await t.call('POST', '/ingest', batch, null);
    await t.call('POST', '/ingest', { boot_id: 'b', readings: 'x' }, device.token);
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', readings: readings(11, 1, 'nope') },
      device.token,
    );
    t.hub.ctx.services.commands.enqueue(device.device_id, 'identify', {}, 'admin');
    const res = await fetch(`${t.url}/api/v1/metrics`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/plain/);
    const text = await res.text();
    expect(sample(text, 'brewpit_ingest_readings_total')).to.equal(10);
    expect(sample(text, 'brewpit_ingest_batches_total')).to.equal(2);
    expect(sample(text, 'brewpit_ingest_duplicates_total')).to.equal(10);
    expect(sample(text, 'brewpit_ingest_rejected_total', 'reason="unauthorized"')).to.equal(1);
    expect(sample(text, 'brewpit_ingest_rejected_total', 'reason="invalid"')).to.equal(1);
    expect(sample(text, 'brewpit_ingest_rejected_total', 'reason="unprocessable"')).to.equal(1);
    const dev = `device="${device.device_id}"`;
    expect(sample(text, 'brewpit_device_ack_seq', dev)).to.equal(10);
    expect(sample(text, 'brewpit_device_outbox_depth', dev)).to.equal(7);
    expect(sample(text, 'brewpit_device_last_seen_timestamp_seconds', dev)).to.be.closeTo(
      Date.now() / 1000,
      60,
    );
    expect(sample(text, 'brewpit_device_ack_lag_seconds', dev)).to.be.greaterThan(0);
    expect(sample(text, 'brewpit_command_queue', 'status="queued"')).to.equal(1);
    expect(sample(text, 'brewpit_command_queue', 'status="dead"')).to.equal(0);
    expect(sample(text, 'brewpit_store_bytes')).to.be.greaterThan(0);
    // One group for each batch that reached the store, the refused one included (its
    // transaction was rolled back); the unauthenticated and invalid never did.
    expect(sample(text, 'brewpit_ingest_commit_seconds_count')).to.equal(3);
    expect(sample(text, 'brewpit_ingest_commit_seconds_sum')).to.be.greaterThan(0);
    expect(
      sample(
        text,
        'brewpit_http_request_duration_seconds_count',
        'method="POST",route="/api/v1/ingest",status="200"',
      ),
    ).to.equal(2);
  });

  it("keeps each hub's metrics apart", async () => {
    const other = await startTestHub();
    try {
      await t.call(
        'POST',
        '/ingest',
        { boot_id: 'b', channels: [PIT], readings: readings(1, 3) },
        device.token,
      );
      const text = (await other.call('GET', '/metrics')).body as string;
      expect(sample(text, 'brewpit_ingest_readings_total')).to.equal(0);
    } finally {
      await other.stop();
    }
  });

  it('GET /health answers without a token', async () => {
    const res = await t.call('GET', '/health', undefined, null);
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ status: 'ok', devices: 1 });
  });

  it('GET /audit lists admin actions newest first, filtered and paged', async () => {
    await t.call('PATCH', `/devices/${device.device_id}`, { name: 'big-smoker' });
    await t.call('POST', `/devices/${device.device_id}/commands`, { type: 'identify' });
    const all = (await t.call('GET', '/audit')).body as {
      id: number;
      action: string;
      target: string;
    }[];
    expect(all.map((a) => a.action)).to.deep.equal([
      'command.enqueue',
      'device.update',
      'device.pair',
      'pairing.create',
    ]);
    expect(all[1]).to.deep.include({
      actor: 'admin',
      target: device.device_id,
      detail: { name: 'big-smoker' },
    });
    expect((await t.call('GET', '/audit?action=device.update')).body).to.have.length(1);
    const page = (await t.call('GET', `/audit?before=${all[1]!.id}&limit=1`)).body as {
      action: string;
    }[];
    expect(page.map((a) => a.action)).to.deep.equal(['device.pair']);
  });
});
