import { expect } from 'chai';
import sinon from 'sinon';
import { StateCoalescer } from '../../src/ha/coalescer.js';
import type { HaStateItem } from '../../src/ha/types.js';

const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('StateCoalescer', () => {
  const sandbox = sinon.createSandbox();
  let clock: sinon.SinonFakeTimers;
  let sent: HaStateItem[][];
  let c: StateCoalescer;

  beforeEach(() => {
    clock = sandbox.useFakeTimers({
      now: 1_000_000,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    sent = [];
    c = new StateCoalescer((items) => sent.push(items), 1000);
  });
  afterEach(() => sandbox.restore());

  it('sends the first state of an entity at once', async () => {
    c.push({ unique_id: 'a', state: 100 }, 0.5);
    await flush();
    expect(sent).to.deep.equal([[{ unique_id: 'a', state: 100 }]]);
  });

  it('batches states pushed in the same tick into one message', async () => {
    c.push({ unique_id: 'a', state: 1 }, 0.5);
    c.push({ unique_id: 'b', state: 2 }, 0.5);
    await flush();
    expect(sent).to.have.length(1);
    expect(sent[0]!.map((s) => s.unique_id)).to.deep.equal(['a', 'b']);
  });

  it('holds small changes to one per second, the latest winning', async () => {
    c.push({ unique_id: 'a', state: 100 }, 0.5);
    await flush();
    clock.tick(200);
    c.push({ unique_id: 'a', state: 100.1 }, 0.5);
    clock.tick(200);
    c.push({ unique_id: 'a', state: 100.2 }, 0.5);
    await flush();
    expect(sent).to.have.length(1);
    clock.tick(599);
    await flush();
    expect(sent).to.have.length(1);
    clock.tick(1);
    await flush();
    expect(sent[1]).to.deep.equal([{ unique_id: 'a', state: 100.2 }]);
  });

  it('does not let one late reading delay every later state of a 1 Hz probe', async () => {
    // Readings every second, one of them 300 ms late: later states must go out on arrival,
    // not stay 300 ms behind (a "one per second since the last send" rule would).
    const arrivals = [0, 1000, 2300, 3000, 4000, 5000];
    const sentAt: number[] = [];
    let t = 0;
    for (const [i, at] of arrivals.entries()) {
      clock.tick(at - t);
      t = at;
      c.push({ unique_id: 'a', state: 100 + i * 0.1 }, 0.5);
      await flush();
      if (sent.length > sentAt.length) sentAt.push(t);
    }
    expect(sentAt).to.deep.equal(arrivals);
  });

  it('sends each reading of a 1 Hz probe on arrival when its first state went out late', async () => {
    // The first state waited 250 ms behind the entity's announcement; the readings after it
    // arrive on time (their timestamps a second apart) and must not wait those 250 ms.
    const arrivals = [250, 1000, 2000, 2990, 4000, 5010, 6000];
    const sentAt: number[] = [];
    let t = 0;
    for (const [i, at] of arrivals.entries()) {
      clock.tick(at - t);
      t = at;
      c.push({ unique_id: 'a', state: 100 + i * 0.1 }, 0.5, 1_000_000 + i * 1000);
      await flush();
      if (sent.length > sentAt.length) sentAt.push(t);
    }
    expect(sentAt).to.deep.equal(arrivals);
  });

  it('sends each reading of a 1 Hz probe on arrival when its timestamps jitter by a few ms', async () => {
    // An edge's timer: readings 998–1,002 ms apart, each arriving 12 ms after it was taken, the
    // first state late behind the entity's announcement. None may wait for the bucket.
    const stamps = [0, 999, 2001, 2999, 3998, 5000, 5999, 6998, 8001];
    const arrivals = stamps.map((ts, i) => (i === 0 ? 400 : ts + 12));
    const sentAt: number[] = [];
    let t = 0;
    for (const [i, at] of arrivals.entries()) {
      clock.tick(at - t);
      t = at;
      c.push({ unique_id: 'a', state: 4 + (i % 3) / 100 }, 0.5, 1_000_000 + stamps[i]!);
      await flush();
      if (sent.length > sentAt.length) sentAt.push(t);
    }
    expect(sentAt).to.deep.equal(arrivals);
  });

  /**
   * Runs a 1 Hz probe in 10 ms steps: reading i (taken at 1,000 × i ms, 0.1 ° above the one
   * before: never a significant change) arrives at `arrivals[i]`; `before` runs at the given
   * step. Returns the index of the reading each state shows, and when it was sent.
   */
  async function run(
    arrivals: number[],
    before?: { at: number; fn: () => void },
  ): Promise<[number, number][]> {
    const out: [number, number][] = [];
    for (let t = 0; t <= arrivals.at(-1)! + 1000; t += 10) {
      if (before?.at === t) before.fn();
      const i = arrivals.indexOf(t);
      if (i >= 0) c.push({ unique_id: 'a', state: 100 + i / 10 }, 0.5, 1_000_000 + i * 1000);
      await flush();
      for (const batch of sent.splice(0))
        for (const item of batch) out.push([Math.round(((item.state as number) - 100) * 10), t]);
      clock.tick(10);
    }
    return out;
  }

  it('holds a reading that arrives soon after a late state only until half a second has passed', async () => {
    // Reading 2 arrives 700 ms late; reading 3, on time, 300 ms after it. Reading 3 waits for
    // the half-second spacing only (to 3,200), and reading 4 goes out on arrival again.
    const states = await run([0, 1000, 2700, 3000, 4000, 5000, 6000]);
    expect(states).to.deep.equal([
      [0, 0],
      [1, 1000],
      [2, 2700],
      [3, 3200],
      [4, 4000],
      [5, 5000],
      [6, 6000],
    ]);
  });

  for (const reset of [true, false])
    it(`sends each reading of a 1 Hz probe on arrival after a forced state (${reset ? 'a re-announcement' : 'a config change'})`, async () => {
      // A full re-announcement (Home Assistant reloaded the integration) forces the probe's last
      // state, with that reading's time, 920 ms after the reading arrived. The forced state does
      // not count against the rate limit: the next reading, 80 ms later, goes out on arrival (a
      // half-second spacing from the forced state would hold it to 1,420, and a wait for a token
      // would hold it and every later one by 920 ms).
      const states = await run([0, 1000, 2000, 3000, 4000], {
        at: 920,
        fn: () => {
          if (reset) c.reset();
          c.force({ unique_id: 'a', state: 100, ts: 1_000_000 });
        },
      });
      expect(states).to.deep.equal([
        [0, 0],
        [0, 920],
        [1, 1000],
        [2, 2000],
        [3, 3000],
        [4, 4000],
      ]);
    });

  it('sends a backlog of readings (newer and newer, arriving fast) at most once per half second', async () => {
    const times: number[] = [];
    for (let i = 0, t = 0; t < 5000; i++, t += 100) {
      c.push({ unique_id: 'a', state: 100 + (i % 2) / 10 }, 0.5, 1_000_000 + i * 5000);
      await flush();
      if (sent.length > times.length) times.push(t);
      clock.tick(100);
    }
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).to.be.at.least(500);
    expect(times.length).to.be.at.most(11);
  });

  it('never sends two states of one entity within half a second', async () => {
    const times: number[] = [];
    for (let t = 0; t < 5000; t += 50) {
      c.push({ unique_id: 'a', state: 100 + (t % 200) / 1000 }, 0.5);
      await flush();
      if (sent.length > times.length) times.push(t);
      clock.tick(50);
    }
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).to.be.at.least(500);
    expect(times.length).to.be.at.most(6);
  });

  it('sends a significant change at once', async () => {
    c.push({ unique_id: 'a', state: 100 }, 0.5);
    await flush();
    clock.tick(100);
    c.push({ unique_id: 'a', state: 100.6 }, 0.5);
    await flush();
    expect(sent[1]).to.deep.equal([{ unique_id: 'a', state: 100.6 }]);
  });

  it('sends a change of availability or status at once', async () => {
    c.push({ unique_id: 'a', state: 100 }, 0.5);
    await flush();
    clock.tick(10);
    c.push(
      { unique_id: 'a', state: null, available: false, attributes: { status: 'unavailable' } },
      0.5,
    );
    await flush();
    expect(sent).to.have.length(2);
  });

  it('reset() forgets what was sent and drops pending states', async () => {
    c.push({ unique_id: 'a', state: 100 }, 0.5);
    await flush();
    c.push({ unique_id: 'a', state: 100.1 }, 0.5);
    c.reset();
    clock.tick(5000);
    await flush();
    expect(sent).to.have.length(1);
    c.push({ unique_id: 'a', state: 100.1 }, 0.5);
    await flush();
    expect(sent).to.have.length(2);
  });
});
