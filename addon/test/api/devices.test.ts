import { expect } from 'chai';
import { PIT, readings, startTestHub, type TestHub } from '../helpers.js';

describe('POST /api/v1/devices/{id}/token', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(() => t.stop());

  const ingest = (token: string, seq: number) =>
    t.call('POST', '/ingest', { boot_id: 'b', channels: [PIT], readings: readings(seq, 1) }, token);

  it('gives a new token that works and stops the old one at once', async () => {
    const device = await t.pairDevice();
    expect((await ingest(device.token, 1)).status).to.equal(200);
    const res = await t.call('POST', `/devices/${device.device_id}/token`);
    expect(res.status).to.equal(200);
    expect(res.body.device_id).to.equal(device.device_id);
    expect(res.body.token).to.be.a('string').and.not.equal(device.token);
    expect((await ingest(device.token, 2)).status).to.equal(401);
    expect((await ingest(res.body.token, 2)).status).to.equal(200);
    const audit = t
      .sql()
      .prepare("SELECT count(*) FROM audit WHERE action = 'device.token.rotate'")
      .pluck()
      .get();
    expect(audit).to.equal(1);
  });

  it('answers 404 for an unknown device and needs the admin token', async () => {
    const device = await t.pairDevice();
    const unknown = await t.call('POST', '/devices/00000000-0000-4000-8000-000000000000/token');
    expect(unknown.status).to.equal(404);
    const asDevice = await t.call(
      'POST',
      `/devices/${device.device_id}/token`,
      undefined,
      device.token,
    );
    expect(asDevice.status).to.equal(403);
  });
});
