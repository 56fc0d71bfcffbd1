import { expect } from 'chai';
import { MAX_CLOCK_SKEW_MS } from '@brewpit/protocol';
import { MAX_HYDROMETERS_PER_GATEWAY } from '../../src/hydrometers/service.js';
import { MAX_CHANNELS_PER_DEVICE } from '../../src/ingest/service.js';
import { MAX_NOTES_PER_SESSION_HOUR } from '../../src/sessions/note-quota.js';
import { ADMIN, PIT, readings, sample, startTestHub, type TestHub } from '../helpers.js';
import { gatewayToken } from '../hydrometers/helpers.js';

describe('hostile input through the API', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  beforeEach(async () => {
    t = await startTestHub();
    device = await t.pairDevice();
  });
  afterEach(() => t.stop());

  const ingest = (body: unknown, token = device.token) => t.call('POST', '/ingest', body, token);
  const metrics = async () => (await t.call('GET', '/metrics')).body as string;

  describe('values and times', () => {
    it('refuses a value the hub cannot store, naming it, and a time after its clock', async () => {
      const now = Date.now();
      const res = await ingest({
        boot_id: 'b',
        channels: [PIT],
        readings: [
          { seq: 1, channel: 'pit', ts: now, value: 1e300 },
          { seq: 2, channel: 'pit', ts: now + MAX_CLOCK_SKEW_MS + 60_000, value: 1 },
        ],
      });
      expect(res.status).to.equal(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).to.include('/readings/0/value');
      const future = await ingest({
        boot_id: 'b',
        channels: [PIT],
        readings: [{ seq: 1, channel: 'pit', ts: now + 10 * 365 * 86_400_000, value: 1 }],
      });
      expect(future.status).to.equal(422);
      expect(future.body.errors).to.deep.equal([
        {
          path: '/readings/0/ts',
          message: future.body.errors[0].message,
        },
      ]);
      expect(future.body.errors[0].message).to.match(/after the hub's clock/);
      // Nothing was stored, and a reading now becomes the latest value.
      expect(
        (
          await ingest({
            boot_id: 'b',
            channels: [PIT],
            readings: [{ seq: 1, channel: 'pit', ts: now, value: 3 }],
          })
        ).status,
      ).to.equal(200);
      const series = (await t.call('GET', '/series')).body as { last_value: number }[];
      expect(series.map((s) => s.last_value)).to.deep.equal([3]);
    });

    it('refuses numbers JSON overflows to Infinity (1e400), naming each field', async () => {
      const now = Date.now();
      const text = `{"boot_id":"b","channels":[{"key":"pit","kind":"temperature","unit":"°C","name":"Pit"}],"readings":[{"seq":1,"channel":"pit","ts":${now},"value":1e400},{"seq":2,"channel":"pit","ts":${now},"value":-1e999}],"status":{"uptime_s":1e400}}`;
      const res = await t.call('POST', '/ingest', text, device.token, {
        'content-type': 'application/json',
      });
      expect(res.status).to.equal(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).to.include.members([
        '/readings/0/value',
        '/readings/1/value',
        '/status/uptime_s',
      ]);
      expect(t.sql().prepare('SELECT count(*) FROM readings').pluck().get()).to.equal(0);
    });

    it('refuses hydrometer values that overflow once converted, naming the sender field', async () => {
      const token = await gatewayToken(t);
      const res = await t.call(
        'POST',
        `/compat/brewfather/${token}`,
        { name: 'Stream', temp: 1e308, temp_unit: 'F', gravity: 1.05 },
        null,
      );
      expect(res.status).to.equal(400);
      expect(res.body.errors).to.deep.equal([
        {
          path: '/temp',
          message: res.body.errors[0].message,
        },
      ]);
      const tilt = await t.call(
        'POST',
        `/compat/tilt/${token}`,
        'Color=RED&Temp=1e308&SG=1.050',
        null,
        { 'content-type': 'application/x-www-form-urlencoded' },
      );
      expect(tilt.status).to.equal(400);
      expect(tilt.body.errors.map((e: { path: string }) => e.path)).to.deep.equal(['/Temp']);
      expect((await t.call('GET', '/compat/devices')).body).to.deep.equal([]);
    });

    it('refuses a 30 KB numeric form field by its length', async () => {
      const token = await gatewayToken(t);
      const res = await t.call(
        'POST',
        `/compat/tilt/${token}`,
        `Color=RED&Temp=${'9'.repeat(30_000)}x&SG=1.050`,
        null,
        { 'content-type': 'application/x-www-form-urlencoded' },
      );
      expect(res.status).to.equal(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).to.deep.equal(['/Temp']);
    });

    it('refuses control characters in names and units', async () => {
      const res = await ingest({
        boot_id: 'b',
        channels: [{ ...PIT, name: 'Pit\u001b[2J', unit: '°C\n' }],
        readings: [],
      });
      expect(res.status).to.equal(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).to.have.members([
        '/channels/0/name',
        '/channels/0/unit',
      ]);
      const session = await t.call('POST', '/sessions', {
        kind: 'cook',
        name: 'a\u0000b',
        channels: [],
      });
      expect(session.status).to.equal(400);
      expect(session.body.errors[0].path).to.equal('/name');
    });

    it('writes no formula into a CSV export', async () => {
      await ingest({
        boot_id: 'b',
        channels: [
          { ...PIT, name: '=HYPERLINK("http://evil.example","x")' },
          { key: 'meat1', kind: 'temperature', unit: '+1', name: '@SUM(A1)' },
        ],
        readings: readings(1, 2),
      });
      const series = (await t.call('GET', '/series')).body as { id: number; key: string }[];
      const s = await t.call('POST', '/sessions', {
        kind: 'cook',
        name: 'x',
        started_at: 1_763_800_000_000,
        channels: series.map((x) => ({ series_id: x.id, role: 'pit' })),
      });
      expect(s.status).to.equal(201);
      const csv = await (
        await fetch(`${t.url}/api/v1/sessions/${s.body.id}/export.csv?to=${1_763_800_100_000}`, {
          headers: { authorization: `Bearer ${ADMIN}` },
        })
      ).text();
      const header = csv.split('\r\n')[0]!;
      expect(header).to.equal(
        `time,"'=HYPERLINK(""http://evil.example"",""x"") (°C)",'@SUM(A1) (+1),notes`,
      );
    });
  });

  describe('seqs', () => {
    it('answers 409 for a batch that would leave too many seq gaps, and the edge can go on', async () => {
      const gaps = Array.from({ length: 1001 }, (_, i) => ({
        seq: 2 + 2 * i,
        channel: 'pit',
        ts: 1_763_800_000_000 + i * 1000,
        value: 1,
      }));
      const res = await ingest({ boot_id: 'b', channels: [PIT], readings: gaps });
      expect(res.status).to.equal(409);
      expect(res.body.title).to.equal('Too many seq gaps');
      expect(
        (await ingest({ boot_id: 'b', channels: [PIT], readings: readings(1, 5) })).body.ack_seq,
      ).to.equal(5);
      expect(
        sample(await metrics(), 'brewpit_ingest_rejected_total', 'reason="seq_gaps"'),
      ).to.equal(1);
    });

    it('refuses a dropped range to 2^53, which would silence the device', async () => {
      await ingest({ boot_id: 'b', channels: [PIT], readings: readings(1, 3) });
      const res = await ingest({
        boot_id: 'b',
        readings: [],
        dropped: [{ from: 4, to: Number.MAX_SAFE_INTEGER }],
      });
      expect(res.status).to.equal(422);
      expect(res.body.errors[0].path).to.equal('/dropped/0/to');
      expect((await ingest({ boot_id: 'b', readings: readings(4, 1) })).body.ack_seq).to.equal(4);
    });
  });

  describe('quotas', () => {
    it(`keeps ${MAX_CHANNELS_PER_DEVICE} channels per device: new announcements left out, their readings refused`, async () => {
      const channel = (i: number) => ({
        key: `c${i}`,
        kind: 'temperature',
        unit: '°C',
        name: `C ${i}`,
      });
      for (let from = 0; from < MAX_CHANNELS_PER_DEVICE; from += 64) {
        const res = await ingest({
          boot_id: 'b',
          channels: Array.from({ length: 64 }, (_, i) => channel(from + i)),
          readings: [],
        });
        expect(res.status).to.equal(200);
      }
      const extra = channel(MAX_CHANNELS_PER_DEVICE);
      expect((await ingest({ boot_id: 'b', channels: [extra], readings: [] })).status).to.equal(
        200,
      );
      const res = await ingest({
        boot_id: 'b',
        channels: [extra],
        readings: [{ seq: 1, channel: extra.key, ts: 1_763_800_000_000, value: 1 }],
      });
      expect(res.status).to.equal(422);
      expect(res.body.title).to.equal('Quota exceeded');
      expect(res.body.errors[0].path).to.equal('/readings/0/channel');
      expect((await t.call('GET', '/series')).body).to.have.length(MAX_CHANNELS_PER_DEVICE);
      expect(
        sample(await metrics(), 'brewpit_quota_refusals_total', 'quota="channels_per_device"'),
      ).to.equal(2);
    });

    it(`keeps ${MAX_HYDROMETERS_PER_GATEWAY} hydrometers per gateway token`, async () => {
      const token = await gatewayToken(t);
      const post = (name: string) =>
        t.call('POST', `/compat/brewfather/${token}`, { name, temp: 20 }, null);
      for (let i = 0; i < MAX_HYDROMETERS_PER_GATEWAY; i++)
        expect((await post(`stream ${i}`)).status).to.equal(200);
      const res = await post('one too many');
      expect(res.status).to.equal(422);
      expect(res.body.errors[0].path).to.equal('/name');
      // Known ones still post.
      expect((await post('stream 0')).status).to.equal(200);
      expect((await t.call('GET', '/compat/devices')).body).to.have.length(
        MAX_HYDROMETERS_PER_GATEWAY,
      );
      expect(
        sample(await metrics(), 'brewpit_quota_refusals_total', 'quota="hydrometers_per_gateway"'),
      ).to.equal(1);
    });

    it(`keeps ${MAX_NOTES_PER_SESSION_HOUR} notes per session per hour`, async () => {
      const s = await t.call('POST', '/sessions', { kind: 'cook', name: 'n', channels: [] });
      for (let i = 0; i < MAX_NOTES_PER_SESSION_HOUR; i++) {
        const res = await t.call('POST', `/sessions/${s.body.id}/annotations`, { text: `n${i}` });
        expect(res.status).to.equal(201);
      }
      const res = await t.call('POST', `/sessions/${s.body.id}/annotations`, { text: 'more' });
      expect(res.status).to.equal(429);
      expect(res.body.title).to.equal('Quota exceeded');
      expect(
        sample(await metrics(), 'brewpit_quota_refusals_total', 'quota="notes_per_session_hour"'),
      ).to.equal(1);
    });
  });

  describe('token rotation', () => {
    it('gives a device a new token, revokes the old one and keeps its history', async () => {
      await ingest({ boot_id: 'b', channels: [PIT], readings: readings(1, 5) });
      const res = await t.call('POST', `/devices/${device.device_id}/token`);
      expect(res.status).to.equal(200);
      expect(res.body.device_id).to.equal(device.device_id);
      expect((await ingest({ boot_id: 'b', readings: readings(6, 1) })).status).to.equal(401);
      const next = await ingest({ boot_id: 'b', readings: readings(6, 1) }, res.body.token);
      expect(next.body.ack_seq).to.equal(6);
      const audit = (await t.call('GET', '/audit?action=device.token.rotate')).body;
      expect(audit).to.have.length(1);
      expect(JSON.stringify(audit)).to.not.include(res.body.token);
    });

    it('gives a gateway a new token with its paths; its hydrometers stay', async () => {
      const created = await t.call('POST', '/compat/tokens', { name: 'gw' });
      const old = created.body.token as string;
      expect(
        (await t.call('POST', `/compat/brewfather/${old}`, { name: 's', temp: 20 }, null)).status,
      ).to.equal(200);
      const res = await t.call('POST', `/compat/tokens/${created.body.id}/token`);
      expect(res.status).to.equal(200);
      expect(res.body.paths.tilt).to.equal(`/api/v1/compat/tilt/${res.body.token}`);
      expect(
        (await t.call('POST', `/compat/brewfather/${old}`, { name: 's', temp: 21 }, null)).status,
      ).to.equal(401);
      expect(
        (
          await t.call(
            'POST',
            `/compat/brewfather/${res.body.token}`,
            { name: 's', temp: 21 },
            null,
          )
        ).status,
      ).to.equal(200);
      expect((await t.call('GET', '/compat/devices')).body).to.have.length(1);
      expect((await t.call('POST', '/compat/tokens/nope/token')).status).to.equal(404);
    });
  });
});
