import { expect } from 'chai';
import { platoToSg } from '@brewpit/protocol';
import { startTestHub, type TestHub } from '../helpers.js';
import {
  gatewayToken,
  ispindelPost,
  points,
  seriesByKey,
  tiltPost,
} from '../hydrometers/helpers.js';

const spindle = (angle: number, gravity = 1.05) =>
  `{"name":"iSpindel000","ID":4974097,"angle":${angle},"temperature":20,"temp_units":"C","battery":4.0,"gravity":${gravity},"interval":900,"RSSI":-70}`;

describe('GET/PUT/DELETE /api/v1/devices/{id}/calibration', () => {
  let t: TestHub;
  let token: string;
  let spindleId: string;
  beforeEach(async () => {
    t = await startTestHub();
    token = await gatewayToken(t);
    spindleId = (await ispindelPost(t, `/compat/ispindel/${token}`, spindle(50))).body.device_id;
  });
  afterEach(() => t.stop());

  const put = (id: string, body: unknown) => t.call('PUT', `/devices/${id}/calibration`, body);
  const gravityValues = async (id: string) =>
    (await points(t, (await seriesByKey(t, id)).gravity!.id)).map(([, v]) => v);

  it('fits a line through 2 points and applies it to later angles, keeping the raw values', async () => {
    const res = await put(spindleId, {
      points: [
        { raw: 25, actual: 1.0 },
        { raw: 65, actual: 1.08 },
      ],
    });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({
      format: 'brewpit-calibration/1',
      input: 'angle',
      degree: 1,
      source: 'fitted',
      r2: 1,
    });
    expect(res.body.coefficients[0]).to.be.closeTo(0.95, 1e-12);
    expect(res.body.coefficients[1]).to.be.closeTo(0.002, 1e-14);
    await ispindelPost(t, `/compat/ispindel/${token}`, spindle(45, 1.033));
    const s = await seriesByKey(t, spindleId);
    expect(s.gravity!.last_value).to.be.closeTo(1.04, 1e-12);
    expect(s.gravity_raw!.last_value).to.equal(1.033);
    expect(s.angle!.last_value).to.equal(45);
    // Readings stored before the calibration keep the sender's gravity.
    expect((await gravityValues(spindleId))[0]).to.equal(1.05);
  });

  it('fits a quadratic through 3 points and a least-squares cubic through more, with residuals and R²', async () => {
    const quad = await put(spindleId, {
      points: [
        { raw: 25, actual: 1.0 },
        { raw: 45, actual: 1.03 },
        { raw: 65, actual: 1.08 },
      ],
    });
    expect(quad.body.degree).to.equal(2);
    expect(quad.body.residuals.every((r: number) => Math.abs(r) < 1e-12)).to.equal(true);
    const pts = [
      [25, 1.0],
      [30, 1.006],
      [40, 1.021],
      [50, 1.04],
      [60, 1.062],
      [70, 1.09],
    ].map(([raw, actual]) => ({ raw, actual: actual! + (raw! % 20 === 0 ? 0.0005 : -0.0003) }));
    const cubic = await put(spindleId, { points: pts });
    expect(cubic.body.degree).to.equal(3);
    expect(cubic.body.coefficients).to.have.length(4);
    expect(cubic.body.residuals).to.have.length(6);
    expect(cubic.body.r2).to.be.within(0.99, 1);
    expect(cubic.body.r2).to.be.below(1);
    const lower = await put(spindleId, { points: pts, degree: 1 });
    expect(lower.body.degree).to.equal(1);
    expect(lower.body.r2).to.be.below(cubic.body.r2);
  });

  it('calibrates a Tilt SG → SG, and takes reference gravities in °Plato', async () => {
    const tiltId = (
      await tiltPost(t, `/compat/tilt/${token}`, { Temp: '68', SG: '1.050', Color: 'BLUE' })
    ).body.device_id;
    const res = await put(tiltId, {
      points: [
        { raw: 1.003, actual: 0 },
        { raw: 1.053, actual: 12 },
      ],
      actual_unit: 'P',
    });
    expect(res.status).to.equal(200);
    expect(res.body.input).to.equal('gravity');
    expect(res.body.points[1].actual).to.be.closeTo(platoToSg(12), 1e-12);
    await tiltPost(t, `/compat/tilt/${token}`, { Temp: '68', SG: '1.003', Color: 'BLUE' });
    expect((await seriesByKey(t, tiltId)).gravity!.last_value).to.be.closeTo(1.0, 1e-9);
  });

  it('exports a calibration as JSON that imports verbatim onto another device', async () => {
    await put(spindleId, {
      points: [
        { raw: 25, actual: 1.0 },
        { raw: 45, actual: 1.03 },
        { raw: 65, actual: 1.08 },
      ],
    });
    const exported = (await t.call('GET', `/devices/${spindleId}/calibration`)).body;
    const other = (
      await ispindelPost(t, `/compat/ispindel/${token}`, spindle(50).replace('4974097', '42'))
    ).body.device_id;
    const imported = await put(other, exported);
    expect(imported.status).to.equal(200);
    expect(imported.body.device_id).to.equal(other);
    expect(imported.body.coefficients).to.deep.equal(exported.coefficients);
    expect((await t.call('GET', `/devices/${other}/calibration`)).body.points).to.deep.equal(
      exported.points,
    );
  });

  it('takes a polynomial as coefficients (from the iSpindel spreadsheet), without points', async () => {
    const res = await put(spindleId, { coefficients: [0.9, 0.003] });
    expect(res.body).to.include({ source: 'coefficients', degree: 1, r2: null });
    await ispindelPost(t, `/compat/ispindel/${token}`, spindle(40));
    expect((await seriesByKey(t, spindleId)).gravity!.last_value).to.be.closeTo(1.02, 1e-12);
  });

  it('marks a calibrated gravity outside 0.95–1.2 implausible (an iSpindel lying flat)', async () => {
    await put(spindleId, {
      points: [
        { raw: 25, actual: 1.0 },
        { raw: 35, actual: 1.04 },
      ],
    });
    await ispindelPost(t, `/compat/ispindel/${token}`, spindle(89));
    const values = await gravityValues(spindleId);
    expect(values[1]).to.equal(null);
    const status = t
      .sql()
      .prepare(
        "SELECT status FROM readings r JOIN series s ON s.id = r.series_id WHERE s.key = 'gravity' ORDER BY ts DESC",
      )
      .pluck()
      .get();
    expect(status).to.equal(4);
  });

  it('deletes a calibration: gravity is the sender’s again', async () => {
    await put(spindleId, { coefficients: [0.9, 0.003] });
    expect((await t.call('DELETE', `/devices/${spindleId}/calibration`)).status).to.equal(204);
    expect((await t.call('GET', `/devices/${spindleId}/calibration`)).status).to.equal(404);
    await ispindelPost(t, `/compat/ispindel/${token}`, spindle(40, 1.044));
    expect((await seriesByKey(t, spindleId)).gravity!.last_value).to.equal(1.044);
  });

  describe('refuses', () => {
    const refused = async (res: { status: number; body: any }, status: number, path?: string) => {
      expect(res.status).to.equal(status);
      if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).to.include(path);
      expect((await t.call('GET', `/devices/${spindleId}/calibration`)).status).to.equal(404);
    };

    it('one point (422 /points) or repeated raw values (422 /points)', async () => {
      await refused(await put(spindleId, { points: [{ raw: 25, actual: 1.0 }] }), 422, '/points');
      await refused(
        await put(spindleId, {
          points: [
            { raw: 25, actual: 1.0 },
            { raw: 25, actual: 1.01 },
          ],
        }),
        422,
        '/points',
      );
    });

    it('a Plato reference given as SG (422, with a hint)', async () => {
      const res = await put(spindleId, {
        points: [
          { raw: 25, actual: 1.0 },
          { raw: 65, actual: 20 },
        ],
      });
      await refused(res, 422, '/points/1/actual');
      expect(res.body.detail).to.match(/actual_unit/);
    });

    it('an angle calibration for a Tilt (422 /input)', async () => {
      const tiltId = (
        await tiltPost(t, `/compat/tilt/${token}`, { Temp: '68', SG: '1.050', Color: 'BLUE' })
      ).body.device_id;
      const res = await put(tiltId, {
        input: 'angle',
        points: [
          { raw: 25, actual: 1.0 },
          { raw: 65, actual: 1.08 },
        ],
      });
      expect(res.status).to.equal(422);
      expect(res.body.errors[0].path).to.equal('/input');
    });

    it('a malformed body (400), a device that is no hydrometer (409), an unknown device (404)', async () => {
      await refused(
        await put(spindleId, { points: [{ raw: 'x', actual: 1 }] }),
        400,
        '/points/0/raw',
      );
      const edge = await t.pairDevice();
      expect((await put(edge.device_id, { coefficients: [1] })).status).to.equal(409);
      expect((await put('no-such-device', { coefficients: [1] })).status).to.equal(404);
    });

    it('callers without the admin token (401, 403)', async () => {
      await refused(
        await t.call('PUT', `/devices/${spindleId}/calibration`, { coefficients: [1] }, null),
        401,
      );
      await refused(
        await t.call('PUT', `/devices/${spindleId}/calibration`, { coefficients: [1] }, token),
        403,
      );
    });
  });
});
