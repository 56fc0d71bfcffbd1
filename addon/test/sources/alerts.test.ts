import { expect } from 'chai';
import { brisket, trueArrival, trueStallStart } from '../fixtures/cook.js';
import { startTestHub, type TestHub } from '../helpers.js';

type Ev = { eventType: string; data: Record<string, any> };
const MIN = 60_000;
const toF = (c: number): string => ((c * 9) / 5 + 32).toFixed(1);

describe('sources: alerts on Home Assistant thermometers', () => {
  let t: TestHub;
  afterEach(() => t?.stop());

  it('detects the stall and fires target reached as on an edge probe', async function () {
    this.timeout(120_000);
    t = await startTestHub();
    const events: Ev[] = [];
    t.hub.ctx.bus.on('haEvent', (e) => void events.push(e as Ev));
    const follow = async (entity_id: string, name: string) =>
      (
        await t.call('POST', '/sources/ha', {
          entity_id,
          name,
          device_class: 'temperature',
          unit: '°F',
        })
      ).body as { series_id: number; unit: string };
    const pit = await follow('sensor.signals_grill_probe_temperature', 'Signals Grill');
    const meat = await follow('sensor.meater_probe_internal_temperature', 'MEATER Internal');
    expect(meat.unit).to.equal('°C');
    const cook = brisket({ seed: 7 });
    const arrival = trueArrival(cook, 95)!;
    const stallTruth = trueStallStart(cook, 6)!;
    // Home Assistant reports a °F sensor with one decimal, and a state only when it changes.
    const rows = cook.filter((s) => s.ts <= arrival + 30 * MIN);
    const session = (
      await t.call('POST', '/sessions', {
        kind: 'cook',
        name: 'HA brisket',
        started_at: rows[0]!.ts,
        channels: [
          { series_id: pit.series_id, role: 'pit' },
          { series_id: meat.series_id, role: 'meat', target: 95, label: 'Brisket' },
        ],
      })
    ).body;
    const { sources } = t.hub.ctx.services;
    const last: Record<string, string> = {};
    for (let i = 0; i < rows.length; i += 12) {
      const states = rows.slice(i, i + 12).flatMap((s) =>
        (
          [
            ['sensor.signals_grill_probe_temperature', toF(s.pit)],
            [
              'sensor.meater_probe_internal_temperature',
              s.meat === null ? 'unavailable' : toF(s.meat),
            ],
          ] as const
        )
          .filter(([id, state]) => last[id] !== state && (last[id] = state))
          .map(([entity_id, state]) => ({ entity_id, state, ts: s.ts })),
      );
      sources.record(states, 'live', rows[Math.min(i + 11, rows.length - 1)]!.ts);
      await new Promise((r) => setImmediate(r));
    }
    const of = (type: string) => events.filter((e) => e.eventType === type);
    const reached = of('brewpit_target_reached');
    expect(reached).to.have.length(1);
    expect(reached[0]!.data).to.include({ session_id: session.id, target: 95, unit: '°C' });
    expect(Math.abs(Date.parse(reached[0]!.data.ts) - arrival) / MIN).to.be.at.most(3);
    const stalls = of('brewpit_stall_started');
    expect(stalls).to.have.length(1);
    expect((Date.parse(stalls[0]!.data.ts) - stallTruth) / MIN).to.be.within(-15, 15);
  });
});
