import { expect } from 'chai';
import sinon from 'sinon';
import { SamplingModule } from '../../src/node/sampling.js';
import { nodeRig, type NodeRig } from './rig.js';

describe('SamplingModule', () => {
  const sandbox = sinon.createSandbox();
  let rig: NodeRig;
  let sampling: SamplingModule | undefined;
  let clock: sinon.SinonFakeTimers;
  const sampleTimes: number[] = [];

  /** Starts sampling under fake timers; every sample's timestamp lands in `sampleTimes`. */
  const start = async () => {
    clock = sandbox.useFakeTimers({
      now: 1_763_800_000_000,
      toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'],
    });
    sampleTimes.length = 0;
    rig.ctx.events.on('sampled', ({ readings }) => void sampleTimes.push(readings[0]!.ts));
    sampling = new SamplingModule(rig.ctx);
    await sampling.start();
    await clock.tickAsync(0);
  };
  const hubSays = (sample_interval_s: number, etag: string) => {
    const config = { sample_interval_s, recording: true, targets: {} };
    const previous = rig.ctx.desired.apply(config, etag);
    rig.ctx.events.emit('configApplied', { config, previous });
  };
  const gaps = () => sampleTimes.slice(1).map((t, i) => t - sampleTimes[i]!);

  afterEach(async () => {
    await sampling?.stop();
    sampling = undefined;
    sandbox.restore();
    await rig.close();
  });

  it("samples at the hub's interval once the hub's config is applied, not edge.yaml's", async () => {
    rig = await nodeRig({ sample_interval: '1s' });
    await start();
    await clock.tickAsync(2000);
    hubSays(5, '"c1"');
    await clock.tickAsync(20_000);
    expect(rig.ctx.sampler.intervalMs).to.equal(5000);
    expect(gaps()).to.deep.equal([1000, 1000, 5000, 5000, 5000, 5000]);
    hubSays(2, '"c2"');
    await clock.tickAsync(6000);
    expect(gaps().slice(6)).to.deep.equal([2000, 2000, 2000]);
  });

  it('starts at the interval the hub last set, kept with the outbox across a restart', async () => {
    rig = await nodeRig({ sample_interval: '1s' });
    rig.ctx.desired.apply({ sample_interval_s: 3, recording: true, targets: {} }, '"c1"');
    await rig.reopen();
    await start();
    await clock.tickAsync(9000);
    expect(gaps()).to.deep.equal([3000, 3000, 3000]);
  });

  it('keeps the interval of edge.yaml with hub.apply_config: false', async () => {
    rig = await nodeRig({
      sample_interval: '1s',
      hub: { url: 'http://127.0.0.1:9', token: 't', apply_config: false },
    });
    await start();
    hubSays(5, '"c1"');
    await clock.tickAsync(3000);
    expect(gaps()).to.deep.equal([1000, 1000, 1000]);
  });

  it('records every sample while the hub records', async () => {
    rig = await nodeRig({ sample_interval: '1s' });
    await start();
    await clock.tickAsync(2000);
    expect(rig.ctx.outbox.depth).to.equal(3 * 3); // pit, brisket, ribs × 3 samples
  });
});
