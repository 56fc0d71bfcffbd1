import { expect } from 'chai';
import sinon from 'sinon';
import type { MintedToken } from '../../src/store/index.js';
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

describe('Tokens minted off the event loop', () => {
  let t: TestHub;
  let mint: sinon.SinonSpy<[string?], Promise<MintedToken>>;
  beforeEach(async () => {
    t = await startTestHub();
    // The store hashes a token with scryptSync when it is handed none (~35 ms on the loop, more
    // on a Pi); the service must mint the secret first, on the thread pool, and hand it in.
    mint = sinon.spy(t.hub.ctx.store.devices, 'mintSecret');
  });
  afterEach(async () => {
    mint.restore();
    await t.stop();
  });

  const storedHash = (id: string) =>
    t.sql().prepare('SELECT token_hash FROM devices WHERE id = ?').pluck().get(id);
  const lastSecret = () => mint.lastCall.returnValue;
  /** `spy` has minted `calls` secrets in all, the last one the id and token the answer holds. */
  const handedOut = async (
    spy: { callCount: number; lastCall: { returnValue: Promise<MintedToken> } },
    calls: number,
    id: string,
    token: string,
  ) => {
    expect(spy.callCount).to.equal(calls);
    expect(await spy.lastCall.returnValue).to.include({ id, token });
  };

  it('pairs, creates and rotates with a secret minted first, and never for a wrong code', async () => {
    expect((await t.call('POST', '/pair', { code: 'AAA-AAA', name: 'x' }, null)).status).to.equal(
      403,
    );
    expect(mint.callCount).to.equal(0);

    const paired = await t.pairDevice('pi');
    await handedOut(mint, 1, paired.device_id, paired.token);
    expect(storedHash(paired.device_id)).to.equal((await lastSecret()).hash);

    const created = await t.call('POST', '/devices', { name: 'direct' });
    expect(created.status).to.equal(201);
    await handedOut(mint, 2, created.body.id, created.body.token);
    expect(storedHash(created.body.id)).to.equal((await lastSecret()).hash);

    const rotated = await t.call('POST', `/devices/${paired.device_id}/token`);
    expect(rotated.status).to.equal(200);
    expect(mint.callCount).to.equal(3);
    expect(mint.lastCall.args[0]).to.equal(paired.device_id);
    expect(storedHash(paired.device_id)).to.equal((await lastSecret()).hash);
    const ingest = (token: string) =>
      t.call('POST', '/ingest', { boot_id: 'b', channels: [PIT], readings: readings(1, 1) }, token);
    expect((await ingest(rotated.body.token)).status).to.equal(200);
    expect((await ingest(paired.token)).status).to.equal(401);

    // An unknown device is refused before anything is minted for it.
    const unknown = await t.call('POST', '/devices/00000000-0000-4000-8000-000000000000/token');
    expect(unknown.status).to.equal(404);
    expect(mint.callCount).to.equal(3);
  });

  it('creates and rotates gateway tokens and creates API tokens with secrets minted first', async () => {
    const { hydrometers, apiTokens } = t.hub.ctx.store;
    const gwMint = sinon.spy(hydrometers, 'mintGatewaySecret');
    const apiMint = sinon.spy(apiTokens, 'mintSecret');
    try {
      const gw = await t.call('POST', '/compat/tokens', { name: 'Garage' });
      expect(gw.status).to.equal(201);
      await handedOut(gwMint, 1, gw.body.id, gw.body.token);
      const rotated = await t.call('POST', `/compat/tokens/${gw.body.id}/token`);
      expect(rotated.status).to.equal(200);
      expect(gwMint.lastCall.args[0]).to.equal(gw.body.id);
      expect((await gwMint.lastCall.returnValue).token).to.equal(rotated.body.token);
      // An unknown gateway is refused before anything is minted for it.
      const unknown = await t.call(
        'POST',
        '/compat/tokens/00000000-0000-4000-8000-000000000000/token',
      );
      expect(unknown.status).to.equal(404);
      expect(gwMint.callCount).to.equal(2);

      const api = await t.call('POST', '/tokens', { name: 'replica' });
      expect(api.status).to.equal(201);
      await handedOut(apiMint, 1, api.body.id, api.body.token);
    } finally {
      gwMint.restore();
      apiMint.restore();
    }
  });
});
