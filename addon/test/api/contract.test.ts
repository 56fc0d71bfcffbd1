import { expect } from 'chai';
import { allRouteDocs } from '../../src/routes.js';
import { ADMIN, PIT, readings, startTestHub, type TestHub } from '../helpers.js';

/**
 * Table-driven over every documented route: a missing or wrong token is refused (401/403), a
 * malformed body or query is refused (400/413) naming the field, and none of it changes a row.
 */
describe('API contract: refusals without side effects', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  let other: { device_id: string; token: string };
  let ids: Record<string, string>;

  before(async () => {
    // The seeded readings are from 2025: the compression job (every 10 min) would move them
    // into cold blocks between two snapshots, a write no refused request made.
    t = await startTestHub({ BREWPIT_COMPRESS_AFTER_DAYS: '0' });
    device = await t.pairDevice();
    other = await t.pairDevice('other-pi');
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', channels: [PIT], readings: readings(1, 20) },
      device.token,
    );
    const series = (await t.call('GET', '/series')).body[0].id as number;
    const session = (
      await t.call('POST', '/sessions', {
        kind: 'cook',
        name: 'Ribs',
        channels: [{ series_id: series, role: 'pit' }],
      })
    ).body.id as string;
    const cid = (
      await t.call('POST', `/devices/${device.device_id}/commands`, { type: 'identify' })
    ).body.id as string;
    ids = { id: device.device_id, cid, series: String(series), session };
  });
  after(() => t.stop());

  /** Every row of every table: compared before and after, so any write shows. */
  const snapshot = () => {
    const db = t.sql();
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return JSON.stringify(
      tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
    );
  };
  const url = (path: string) =>
    path
      .replace('{token}', 'not-a-gateway-token')
      .replace('/sessions/{id}', `/sessions/${ids.session}`)
      .replace('/series/{id}', `/series/${ids.series}`)
      .replace('{id}', ids.id!)
      .replace('{cid}', ids.cid!);
  const expectProblem = (
    res: { status: number; headers: Headers },
    status: number | number[],
    what: string,
  ) => {
    expect(res.status, what).to.be.oneOf(Array.isArray(status) ? status : [status]);
    expect(res.headers.get('content-type'), what).to.match(/^application\/problem\+json/);
  };

  /** Routes that take fixed secrets (the admin token among them): a wrong one is a 403. */
  const bySecret = (auth: string) => auth === 'admin' || auth === 'metrics' || auth === 'backup';

  for (const r of allRouteDocs().filter((d) => d.auth !== 'none')) {
    const method = r.method.toUpperCase();
    const name = `${method} ${r.path}`;
    const body = r.body ? {} : undefined;

    it(`${name}: 401 without a token, 401/403 with a wrong one, nothing written`, async () => {
      const before = snapshot();
      expectProblem(await t.call(method, url(r.path), body, null), 401, `${name} without token`);
      expectProblem(
        await t.call(method, url(r.path), body, 'not-a-real-token-at-all'),
        bySecret(r.auth) ? 403 : 401,
        `${name} with junk`,
      );
      // the other kind of token: a device token is not admin, the admin token is no device (or gateway) token
      const wrong = bySecret(r.auth) ? device.token : ADMIN;
      // (a token in the path wins over the header, so there the junk path token decides)
      if (!r.path.includes('{token}'))
        expectProblem(
          await t.call(method, url(r.path), body, wrong),
          r.auth === 'device' ? 401 : 403,
          `${name} with the other kind of token`,
        );
      if (r.auth === 'device' && r.path.includes('{id}')) {
        expectProblem(
          await t.call(method, url(r.path), body, other.token),
          403,
          `${name} with another device's token`,
        );
      }
      expect(snapshot(), name).to.equal(before);
    });

    // Hydrometer posts accept forms and extra fields by design; compat/ tests their bodies.
    // (an NDJSON upload, POST /import, is not JSON: replication.test.ts covers its refusals)
    if (!r.body || r.auth === 'gateway' || r.bodyContentType) continue;
    it(`${name}: 400 for malformed JSON, non-objects and unknown fields, 413 for a huge body, nothing written`, async () => {
      const token = bySecret(r.auth) ? ADMIN : device.token;
      const before = snapshot();
      const bad = await t.call(method, url(r.path), '{"text": ', token);
      expectProblem(bad, 400, `${name} malformed`);
      expect(bad.body.title).to.equal('Malformed JSON');
      for (const junk of ['[]', '"text"', '42', 'null', 'true', '[{"ok": true}]']) {
        const res = await t.call(method, url(r.path), junk, token);
        expectProblem(res, 400, `${name} body ${junk}`);
        // a strict parser (compat/) refuses a non-object as malformed JSON; the schema check names '/'
        if (res.body.title !== 'Malformed JSON')
          expect(res.body.errors, `${name} body ${junk}`).to.deep.include({
            path: '/',
            message: 'must be object',
          });
      }
      const unknown = await t.call(method, url(r.path), { zzz_unknown: 1 }, token);
      expectProblem(unknown, 400, `${name} unknown field`);
      expect(
        unknown.body.errors.map((e: { path: string }) => e.path),
        name,
      ).to.include('/zzz_unknown');
      expectProblem(
        await t.call(
          method,
          url(r.path),
          JSON.stringify({ text: 'x'.repeat(5 * 1024 * 1024) }),
          token,
        ),
        413,
        `${name} huge`,
      );
      expect(snapshot(), name).to.equal(before);
    });
  }

  const badInputs: [string, string, number, string?][] = [
    ['GET', '/series/{series}/readings?from=abc', 400, '/query/from'],
    ['GET', '/series/{series}/readings?max_points=1e400', 400, '/query/max_points'],
    ['GET', '/series/{series}/readings?max_points=99999999999999999999', 400, '/query/max_points'],
    ['GET', '/series/{series}/readings?from=1&from=2', 400, '/query/from'],
    ['GET', '/series/{series}/readings?to=-5', 400, '/query/to'],
    ['GET', '/series/{series}/readings?max_points=1', 400, '/query/max_points'],
    ['GET', '/series/{series}/readings?from=0x10', 400, '/query/from'],
    ['GET', '/series/{series}/readings?from=10&to=5', 400, '/query/from'],
    ['GET', '/series/abc/readings', 400, '/path/id'],
    ['GET', '/series/99999999999999999999/readings', 400, '/path/id'],
    ['GET', '/series/424242/readings', 404],
    ['GET', '/sessions?limit=0', 400, '/query/limit'],
    ['GET', '/sessions?kind=bbq', 400, '/query/kind'],
    ['GET', '/sessions?status=open', 400, '/query/status'],
    ['GET', '/sessions?from=2025-02-30', 400, '/query/from'],
    ['GET', '/sessions?to=yesterday', 400, '/query/to'],
    ['GET', '/sessions?offset=-1', 400, '/query/offset'],
    ['GET', '/sessions/not-a-uuid', 400, '/path/id'],
    ['GET', '/sessions/00000000-0000-4000-8000-000000000000', 404],
    ['GET', '/sessions/%E0%A4%A', 400],
    ['GET', '/sessions/{session}/history?max_points=0', 400, '/query/max_points'],
    ['GET', '/sessions/{session}/history?from=1e3x', 400, '/query/from'],
    ['GET', '/sessions/{session}/export.csv?to=soon', 400, '/query/to'],
    ['PATCH', '/sessions/00000000-0000-4000-8000-000000000000', 404],
    ['POST', '/sessions/00000000-0000-4000-8000-000000000000/end', 404],
    ['GET', '/audit?before=abc', 400, '/query/before'],
    ['GET', '/audit?limit=100000', 400, '/query/limit'],
    ['GET', '/devices/{id}/commands?status=zzz', 400, '/query/status'],
    ['GET', '/devices/not-a-uuid', 400, '/path/id'],
    ['GET', '/devices/00000000-0000-4000-8000-000000000000', 404],
    ['DELETE', '/devices/00000000-0000-4000-8000-000000000000', 404],
    ['GET', '/nothing-here', 404],
  ];
  for (const [method, path, status, field] of badInputs) {
    it(`${method} ${path} → ${status}${field ? ` naming ${field}` : ''}`, async () => {
      const before = snapshot();
      const body = method === 'PATCH' ? {} : undefined;
      const res = await t.call(
        method,
        path
          .replace('{series}', ids.series!)
          .replace('{session}', ids.session!)
          .replace('{id}', ids.id!),
        body,
      );
      expectProblem(res, status, `${method} ${path}`);
      if (field) expect(res.body.errors.map((e: { path: string }) => e.path)).to.include(field);
      expect(snapshot()).to.equal(before);
    });
  }

  it('never answers 5xx to junk in any route, query or body', async () => {
    const junk = [
      '',
      'x',
      '-1',
      '1e308',
      'NaN',
      '%00',
      '[]',
      '{}',
      'null',
      '9'.repeat(40),
      '\u0000',
      '😀',
      '../..',
    ];
    const bodies: unknown[] = [
      {},
      [],
      'x',
      0,
      null,
      { name: {} },
      { channels: [{}] },
      { readings: 'x' },
      { kind: 'cook', name: 'x', channels: [{ series_id: 1e308, role: 'pit' }] },
    ];
    let i = 0;
    // An event stream that accepts its query never ends: replication.test.ts sends it junk.
    const streams = (r: typeof allRouteDocs extends () => (infer D)[] ? D : never) =>
      r.responses[200]?.contentType === 'text/event-stream';
    for (const r of allRouteDocs().filter((d) => !streams(d))) {
      for (const j of junk) {
        const token = r.auth === 'device' ? device.token : ADMIN;
        const path = r.path
          .replace('{id}', encodeURIComponent(j) || 'x')
          .replace('{cid}', encodeURIComponent(j) || 'x');
        const query = `?from=${encodeURIComponent(j)}&to=${encodeURIComponent(j)}&max_points=${encodeURIComponent(j)}&limit=${encodeURIComponent(j)}`;
        const body = r.body ? bodies[i++ % bodies.length] : undefined;
        const res = await t.call(r.method.toUpperCase(), `${path}${query}`, body, token);
        expect(res.status, `${r.method} ${path}${query} ${JSON.stringify(body)}`).to.be.below(500);
      }
    }
  });
});
