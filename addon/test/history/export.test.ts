import { expect } from 'chai';
import { exportTimeZone, isoFormatter } from '../../src/history/export.js';
import { PIT, startTestHub, type TestHub } from '../helpers.js';

const ADMIN = { authorization: 'Bearer test-admin-token-0123456789' };
const T0 = Date.UTC(2026, 2, 29, 0, 59, 0); // an hour before Europe's clocks go forward

describe('session CSV export', () => {
  it('reads the tz parameter as an IANA zone, UTC by default, and refuses anything else', () => {
    expect(exportTimeZone(undefined)).to.equal('UTC');
    expect(exportTimeZone('Europe/Berlin')).to.equal('Europe/Berlin');
    expect(exportTimeZone('America/Argentina/Salta')).to.equal('America/Argentina/Salta');
    for (const bad of [
      'Mars/Olympus',
      '+01:00',
      '',
      '../etc/passwd',
      ['UTC', 'UTC'],
      'A'.repeat(80),
    ]) {
      expect(() => exportTimeZone(bad), String(bad)).to.throw(/not a time zone/);
    }
  });

  it('writes local times with their offset, across a change of the clocks', () => {
    const berlin = isoFormatter('Europe/Berlin');
    expect(berlin(T0)).to.equal('2026-03-29T01:59:00.000+01:00');
    expect(berlin(T0 + 60_000)).to.equal('2026-03-29T03:00:00.000+02:00');
    expect(isoFormatter('America/St_Johns')(Date.UTC(2026, 0, 10, 12))).to.equal(
      '2026-01-10T08:30:00.000-03:30',
    );
    expect(isoFormatter('UTC')(T0)).to.equal('2026-03-29T00:59:00.000Z');
  });

  describe('over HTTP', () => {
    let t: TestHub;
    let id: string;

    beforeEach(async () => {
      t = await startTestHub();
      const device = await t.pairDevice();
      const gravity = { key: 'sg', kind: 'gravity', unit: 'SG', name: 'Gravity' };
      const batch = {
        boot_id: 'b',
        channels: [PIT, gravity],
        readings: [
          { seq: 1, channel: 'pit', ts: T0, value: 21.299999999999997 },
          { seq: 2, channel: 'sg', ts: T0, value: 1.04812345 },
          { seq: 3, channel: 'pit', ts: T0 + 120_000, value: 107.25 },
        ],
      };
      expect((await t.call('POST', '/ingest', batch, device.token)).status).to.equal(200);
      const series = (await t.call('GET', '/series')).body as { id: number; key: string }[];
      const sid = (k: string) => series.find((s) => s.key === k)!.id;
      const s = await t.call('POST', '/sessions', {
        kind: 'brew',
        name: 'Export',
        started_at: T0 - 60_000,
        channels: [
          { series_id: sid('pit'), role: 'chamber' },
          { series_id: sid('sg'), role: 'gravity' },
        ],
      });
      id = s.body.id;
      await t.call('POST', `/sessions/${id}/annotations`, { text: 'Pitched yeast', ts: T0 });
      await t.call('POST', `/sessions/${id}/annotations`, {
        text: 'Dry hopped, "Citra"',
        ts: T0 + 60_000,
      });
      await t.call('POST', `/sessions/${id}/end`, { ended_at: T0 + 3_600_000 });
    });
    afterEach(() => t.stop());

    const csv = async (query = '') => {
      const res = await fetch(`${t.url}/api/v1/sessions/${id}/export.csv${query}`, {
        headers: ADMIN,
      });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };

    it('writes the user zone with offsets, values at their precision, and the notes', async () => {
      const { status, text } = await csv('?tz=Europe/Berlin');
      expect(status).to.equal(200);
      expect(text.split('\r\n')).to.deep.equal([
        'time,Pit (°C),Gravity (SG),notes',
        '2026-03-29T01:59:00.000+01:00,21.3,1.048,Pitched yeast',
        '2026-03-29T03:00:00.000+02:00,,,"Dry hopped, ""Citra"""',
        '2026-03-29T03:01:00.000+02:00,107.3,,',
        '',
      ]);
    });

    it('defaults to UTC', async () => {
      const { text } = await csv();
      expect(text.split('\r\n')[1]).to.equal('2026-03-29T00:59:00.000Z,21.3,1.048,Pitched yeast');
    });

    it('answers a bad zone with a 400 naming the parameter', async () => {
      const { status, type, text } = await csv('?tz=Nowhere%2FLand');
      expect(status).to.equal(400);
      expect(type).to.match(/application\/problem\+json/);
      expect(JSON.parse(text).errors).to.deep.equal([
        { path: '/query/tz', message: 'must be an IANA time zone name such as Europe/Berlin' },
      ]);
    });

    it('refuses a session starting outside the dates a reading may carry, naming the field', async () => {
      // Any epoch ms used to be taken as a start, and exporting such a session was a 500.
      for (const started_at of [1e16, 0]) {
        const res = await t.call('POST', '/sessions', {
          kind: 'cook',
          name: 'Far future',
          started_at,
          channels: [],
        });
        expect(res.status).to.equal(400);
        expect(res.body.errors.map((e: { path: string }) => e.path)).to.deep.equal(['/started_at']);
      }
    });
  });
});
