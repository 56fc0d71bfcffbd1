import { expect } from 'chai';
import { PIT, readings, startTestHub, type TestHub } from '../helpers.js';

const MEAT = { key: 'meat1', kind: 'temperature', unit: '°C', name: 'Brisket' } as const;
const T0 = 1_763_800_000_000;

describe('sessions API', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  let pit: number;
  let meat: number;
  const events: unknown[] = [];

  beforeEach(async () => {
    t = await startTestHub();
    device = await t.pairDevice();
    events.length = 0;
    t.hub.ctx.bus.on('sessionChanged', (e) => void events.push(e));
    // pit and meat readings interleaved: seq 1..100 pit, 101..200 meat, same timestamps
    const batch = {
      boot_id: 'b',
      channels: [PIT, MEAT],
      readings: [
        ...readings(1, 100, 'pit', T0),
        ...readings(1, 100, 'meat1', T0).map((r) => ({
          ...r,
          seq: r.seq + 100,
          value: 20 + r.seq,
        })),
      ],
    };
    expect((await t.call('POST', '/ingest', batch, device.token)).status).to.equal(200);
    const series = (await t.call('GET', '/series')).body as { id: number; key: string }[];
    pit = series.find((s) => s.key === 'pit')!.id;
    meat = series.find((s) => s.key === 'meat1')!.id;
  });
  afterEach(() => t.stop());

  const create = (over: Record<string, unknown> = {}) =>
    t.call('POST', '/sessions', {
      kind: 'cook',
      name: 'Brisket, "Texas" style',
      started_at: T0,
      channels: [
        { series_id: pit, role: 'pit', target: 110 },
        { series_id: meat, role: 'meat', target: 95, label: 'Point' },
      ],
      ...over,
    });

  it('creates a session with its channels in order and announces it on the bus', async () => {
    const res = await create();
    expect(res.status).to.equal(201);
    expect(res.body).to.include({
      kind: 'cook',
      status: 'active',
      started_at: T0,
      ended_at: null,
      notes: '',
      recipe: null,
      og: null,
    });
    expect(res.body.id).to.match(/^[0-9a-f-]{36}$/);
    expect(res.body.channels).to.deep.equal([
      { series_id: pit, role: 'pit', target: 110 },
      { series_id: meat, role: 'meat', target: 95, label: 'Point' },
    ]);
    expect(events).to.deep.equal([{ sessionId: res.body.id, reason: 'started' }]);
  });

  it('refuses an unknown or repeated series with 422 naming the channel, storing nothing', async () => {
    const unknown = await create({
      channels: [
        { series_id: pit, role: 'pit' },
        { series_id: 999, role: 'meat' },
      ],
    });
    expect(unknown.status).to.equal(422);
    expect(unknown.body.errors).to.deep.equal([
      { path: '/channels/1/series_id', message: 'series 999 does not exist' },
    ]);
    const twice = await create({
      channels: [
        { series_id: pit, role: 'pit' },
        { series_id: pit, role: 'meat' },
      ],
    });
    expect(twice.status).to.equal(422);
    expect(twice.body.errors[0].path).to.equal('/channels/1/series_id');
    expect((await t.call('GET', '/sessions')).body).to.deep.equal([]);
  });

  it("gives key figures: duration and each series' min, max and latest value", async () => {
    const { body: s } = await create();
    const { body } = await t.call('GET', `/sessions/${s.id}`);
    expect(body.summary.channels).to.deep.equal([
      {
        series_id: pit,
        role: 'pit',
        label: 'Pit',
        min: 100,
        max: 124.5,
        last_value: 100,
        last_ts: T0 + 100 * 5000,
      },
      {
        series_id: meat,
        role: 'meat',
        label: 'Point',
        min: 21,
        max: 120,
        last_value: 120,
        last_ts: T0 + 100 * 5000,
      },
    ]);
    expect(body.summary.duration_s).to.be.greaterThan(0);
  });

  it('lists by kind, status, date and name search, newest first', async () => {
    const a = (await create({ name: 'Ribs 50%', started_at: T0 - 86_400_000 })).body;
    const b = (await create({ kind: 'brew', name: 'Hazy IPA', channels: [], og: 1.062 })).body;
    await t.call('POST', `/sessions/${a.id}/end`, { ended_at: T0 - 80_000_000 });
    const ids = async (q: string) =>
      ((await t.call('GET', `/sessions${q}`)).body as { id: string }[]).map((s) => s.id);
    expect(await ids('?kind=brew')).to.deep.equal([b.id]);
    expect(await ids('?status=ended')).to.deep.equal([a.id]);
    expect(await ids('?q=50%25')).to.deep.equal([a.id]);
    expect(await ids('?q=5_')).to.deep.equal([]);
    expect(await ids('?q=hazy')).to.deep.equal([b.id]);
    const day = new Date(T0 - 86_400_000).toISOString().slice(0, 10);
    expect(await ids(`?to=${day}`)).to.deep.equal([a.id]);
    expect(await ids(`?from=${T0}`)).to.have.members([b.id]);
    expect((await ids('?summary=false')).length).to.equal(2);
    expect(await ids('?limit=1&offset=1')).to.deep.equal([a.id]);
  });

  it('patches fields and replaces channels; refuses a start after the end with 422', async () => {
    const { body: s } = await create();
    const res = await t.call('PATCH', `/sessions/${s.id}`, {
      name: 'Brisket #2',
      notes: 'post oak',
      channels: [{ series_id: meat, role: 'meat' }],
    });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ name: 'Brisket #2', notes: 'post oak' });
    expect(res.body.channels).to.deep.equal([{ series_id: meat, role: 'meat', target: null }]);
    await t.call('POST', `/sessions/${s.id}/end`, { ended_at: T0 + 1000 });
    const bad = await t.call('PATCH', `/sessions/${s.id}`, { started_at: T0 + 2000 });
    expect(bad.status).to.equal(422);
    expect(bad.body.errors[0].path).to.equal('/started_at');
  });

  it('ends once: a repeated end changes nothing; an end before the start is 422', async () => {
    const { body: s } = await create();
    expect((await t.call('POST', `/sessions/${s.id}/end`, { ended_at: T0 - 1 })).status).to.equal(
      422,
    );
    const first = await t.call('POST', `/sessions/${s.id}/end`, { ended_at: T0 + 60_000 });
    expect(first.body).to.include({ status: 'ended', ended_at: T0 + 60_000 });
    const again = await t.call('POST', `/sessions/${s.id}/end`);
    expect(again.status).to.equal(200);
    expect(again.body.ended_at).to.equal(T0 + 60_000);
    expect(events.filter((e) => (e as { reason: string }).reason === 'ended')).to.have.length(1);
  });

  it('adds annotations and returns them with the history', async () => {
    const { body: s } = await create();
    const note = await t.call('POST', `/sessions/${s.id}/annotations`, {
      text: 'wrapped',
      ts: T0 + 10_000,
    });
    expect(note.status).to.equal(201);
    expect(note.body).to.include({
      session_id: s.id,
      ts: T0 + 10_000,
      text: 'wrapped',
      kind: 'note',
    });
    expect((await t.call('GET', `/sessions/${s.id}/annotations`)).body).to.deep.equal([note.body]);
    const h = await t.call('GET', `/sessions/${s.id}/history?to=${T0 + 100 * 5000}`);
    expect(h.status).to.equal(200);
    expect(h.body).to.include({ session_id: s.id, from: T0, to: T0 + 100 * 5000 });
    expect(h.body.annotations).to.deep.equal([note.body]);
    expect(h.body.series.map((x: { label: string }) => x.label)).to.deep.equal(['Pit', 'Point']);
    expect(h.body.series[0]).to.include({
      role: 'pit',
      unit: '°C',
      kind: 'temperature',
      target: 110,
      downsampled: false,
    });
    expect(h.body.series[0].points).to.have.length(100);
  });

  it('downsamples history to max_points per series', async () => {
    const { body: s } = await create();
    const h = await t.call('GET', `/sessions/${s.id}/history?max_points=10&to=${T0 + 10 ** 6}`);
    for (const series of h.body.series) {
      expect(series.downsampled).to.equal(true);
      expect(series.points.length).to.be.at.most(10);
    }
  });

  it('exports CSV: header, ISO times, one column per series, RFC 4180 quoting', async () => {
    const { body: s } = await create();
    const res = await fetch(`${t.url}/api/v1/sessions/${s.id}/export.csv?to=${T0 + 100 * 5000}`, {
      headers: { authorization: 'Bearer test-admin-token-0123456789' },
    });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/csv/);
    expect(res.headers.get('content-disposition')).to.equal(
      `attachment; filename="brewpit-brisket-texas-style-${new Date(T0).toISOString().slice(0, 10)}.csv"`,
    );
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).to.equal('time,Pit (°C),Point (°C),notes');
    expect(lines[1]).to.equal(`${new Date(T0 + 5000).toISOString()},100.5,21.0,`);
    expect(lines).to.have.length(102); // header, 100 records, trailing empty after the last CRLF
    await t.call('PATCH', `/sessions/${s.id}`, {
      channels: [{ series_id: pit, role: 'pit', label: 'Pit, "lid"' }],
    });
    const quoted = await (
      await fetch(`${t.url}/api/v1/sessions/${s.id}/export.csv?to=${T0}`, {
        headers: { authorization: 'Bearer test-admin-token-0123456789' },
      })
    ).text();
    expect(quoted).to.equal('time,"Pit, ""lid"" (°C)",notes\r\n');
  });

  it('deletes a session but keeps the readings', async () => {
    const { body: s } = await create();
    expect((await t.call('DELETE', `/sessions/${s.id}`)).status).to.equal(204);
    expect((await t.call('GET', `/sessions/${s.id}`)).status).to.equal(404);
    expect((await t.call('GET', `/series/${pit}/readings?from=0`)).body.points).to.have.length(100);
  });

  it('audits every change', async () => {
    const { body: s } = await create();
    await t.call('POST', `/sessions/${s.id}/annotations`, { text: 'spritz' });
    await t.call('POST', `/sessions/${s.id}/end`);
    const actions = ((await t.call('GET', '/audit?limit=3')).body as { action: string }[]).map(
      (a) => a.action,
    );
    expect(actions).to.deep.equal(['session.end', 'session.annotate', 'session.create']);
  });
});
