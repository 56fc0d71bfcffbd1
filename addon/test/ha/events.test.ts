import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createContext, type HubContext } from '../../src/context.js';
import { HaEvents } from '../../src/ha/events.js';
import type { HaLink } from '../../src/ha/link.js';
import type { BridgeContext } from '../../src/ha/shared.js';
import { METRIC } from '../../src/ha/units.js';
import { loadSettings } from '../../src/settings.js';
import { Store } from '../../src/store/index.js';

const T0 = Date.UTC(2026, 11, 1, 18, 0, 0);
const HOUR = 3_600_000;

interface Fired {
  event_type: string;
  data: Record<string, unknown>;
  time_fired?: number;
}

/**
 * Home Assistant's side of `brewpit/events/fire` as the integration's EventRelay does it: fires
 * ids past the last one fired for the stream, saves it, answers it. `loseAnswers` makes the
 * connection die after firing and before the answer arrives.
 */
class FakeHa {
  fired: Fired[] = [];
  stream: string | null = null;
  lastId = 0;
  up = false;
  loseAnswers = false;

  readonly conn = {
    sendMessagePromise: async (msg: {
      type: string;
      stream: string;
      events: ({ id: number } & Fired)[];
    }) => {
      await Promise.resolve();
      expect(msg.type).to.equal('brewpit/events/fire');
      if (msg.stream !== this.stream) [this.stream, this.lastId] = [msg.stream, 0];
      for (const e of msg.events) {
        if (e.id <= this.lastId) continue;
        this.fired.push({ event_type: e.event_type, data: e.data, time_fired: e.time_fired });
        this.lastId = e.id;
      }
      if (this.loseAnswers) {
        this.up = false;
        throw new Error('connection lost');
      }
      return { last_id: this.lastId };
    },
  };

  hello() {
    return {
      integration_version: '0.2.0',
      ha_version: '2026.11',
      api: 2,
      events: { stream: this.stream, last_id: this.lastId },
    };
  }
}

describe('HaEvents (the store-backed outbox of Home Assistant events)', () => {
  let dir: string;
  let store: Store;
  let ctx: HubContext;
  let ha: FakeHa;
  let now: number;
  let bc: BridgeContext;
  let events: HaEvents;

  const open = () => {
    store = Store.open(path.join(dir, 'brewpit.db'));
    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
    });
    ctx = createContext({
      settings,
      store,
      log: pino({ level: 'silent' }),
      adminToken: 'x'.repeat(16),
    });
    const link = {
      get linked() {
        return ha.up ? ha.conn : null;
      },
    } as unknown as HaLink;
    bc = {
      hub: ctx,
      log: ctx.log,
      link,
      announced: new Set(),
      haConfig: METRIC,
    } as unknown as BridgeContext;
    events = new HaEvents(bc, () => now);
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-events-'));
    ha = new FakeHa();
    now = T0;
    open();
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const alert = (n: number) => ({
    alert_id: n,
    value: 101 + n,
    unit: '°C',
    message: `Pit is ${101 + n}.0 °C, above 100.0 °C`,
  });

  it('delivers events raised while Home Assistant is away, in order, each once, with their time', async () => {
    for (let i = 1; i <= 3; i++) {
      now = T0 + i * 60_000;
      events.fire('brewpit_alert', alert(i));
    }
    expect(ha.fired).to.deep.equal([]);
    expect(store.haEvents.count()).to.equal(3);
    ha.up = true;
    now = T0 + 20 * 60_000; // past the old 15-minute limit
    events.flush();
    events.flush();
    await events.idle();
    expect(ha.fired.map((e) => e.data.alert_id)).to.deep.equal([1, 2, 3]);
    expect(ha.fired.map((e) => e.time_fired)).to.deep.equal([
      T0 + 60_000,
      T0 + 120_000,
      T0 + 180_000,
    ]);
    expect(store.haEvents.count()).to.equal(0);
    events.flush();
    await events.idle();
    expect(ha.fired).to.have.length(3);
  });

  it('fires nothing twice when the answer is lost with the connection', async () => {
    ha.up = true;
    ha.loseAnswers = true;
    events.fire('brewpit_alert', alert(1));
    await events.idle();
    expect(ha.fired).to.have.length(1);
    expect(store.haEvents.count()).to.equal(1); // not confirmed: kept
    ha.loseAnswers = false;
    events.fire('brewpit_alert', alert(2)); // Home Assistant is away: kept
    ha.up = true;
    events.hello(ha.hello()); // the reconnect's hello says what was fired
    expect(store.haEvents.count()).to.equal(1);
    events.flush();
    await events.idle();
    expect(ha.fired.map((e) => e.data.alert_id)).to.deep.equal([1, 2]);
  });

  it('keeps events in the store across a hub restart', async () => {
    events.fire('brewpit_alert', alert(1));
    events.fire('brewpit_alert_cleared', alert(1));
    store.close();
    open();
    ha.up = true;
    events.flush();
    await events.idle();
    expect(ha.fired.map((e) => e.event_type)).to.deep.equal([
      'brewpit_alert',
      'brewpit_alert_cleared',
    ]);
  });

  it('gives up only events older than ha_event_max_age_h, and counts them', async () => {
    events.fire('brewpit_alert', alert(1));
    now = T0 + 2 * HOUR;
    events.fire('brewpit_alert', alert(2));
    now = T0 + 25 * HOUR;
    ha.up = true;
    events.flush();
    await events.idle();
    expect(ha.fired.map((e) => e.data.alert_id)).to.deep.equal([2]);
    const metrics = await ctx.metrics.registry.getSingleMetricAsString(
      'brewpit_ha_events_expired_total',
    );
    expect(metrics).to.contain('brewpit_ha_events_expired_total{event_type="brewpit_alert"} 1');
  });

  it('sends temperatures in °F to a Home Assistant on US customary units', async () => {
    bc.haConfig = { unit_system: 'us_customary', temperature_unit: '°F', language: 'en' };
    ha.up = true;
    events.fire('brewpit_target_reached', {
      value: 95,
      target: 95,
      threshold: null,
      unit: '°C',
      message: 'Brisket reached 95.0 °C (target 95.0 °C) (Sunday brisket)',
    });
    await events.idle();
    expect(ha.fired[0]!.data).to.deep.include({
      value: 203,
      target: 203,
      unit: '°F',
      message: 'Brisket reached 203.0 °F (target 203.0 °F) (Sunday brisket)',
    });
    // The outbox keeps SI; only what goes to Home Assistant is converted.
    expect(ha.fired[0]!.data.unit).to.equal('°F');
  });
});
