import { formatDuration } from '../config/units.js';
import { moduleLogger, type Logger } from '../log.js';
import type { NodeContext, NodeModule } from './context.js';

/**
 * The sampling loop: runs the sampler at the interval in force and records every sample.
 * The interval is `sample_interval` from `edge.yaml` until the hub's desired config is known
 * (from this run or, stored with the outbox, from an earlier one); from then on the hub's,
 * changed whenever the hub changes it. With `hub.apply_config: false` it stays the file's.
 */
export class SamplingModule implements NodeModule {
  private readonly log: Logger;
  private off: (() => void)[] = [];

  constructor(private readonly ctx: NodeContext) {
    this.log = moduleLogger(ctx.log, 'edge:sampler');
  }

  async start(): Promise<void> {
    const { events, recorder, sampler, config, desired } = this.ctx;
    const wanted = desired.intervalMs;
    if (wanted !== undefined && wanted !== config.sampleIntervalMs) {
      sampler.setInterval(wanted);
      this.log.info(
        `Sampling every ${formatDuration(wanted)} as the hub last said (edge.yaml says ${formatDuration(config.sampleIntervalMs)})`,
      );
    }
    this.off = [
      events.on('sampled', ({ readings }) => recorder.record(readings)),
      events.on('configApplied', () => this.followHub()),
    ];
    sampler.start();
  }

  async stop(): Promise<void> {
    for (const off of this.off) off();
    this.off = [];
    await this.ctx.sampler.stop();
  }

  private followHub(): void {
    const { sampler, desired, config } = this.ctx;
    const wanted = desired.intervalMs;
    if (wanted === undefined || wanted === sampler.intervalMs) return;
    const was = sampler.intervalMs;
    sampler.setInterval(wanted);
    this.log.info(
      { interval_ms: wanted, was_ms: was },
      `Sampling every ${formatDuration(wanted)} as set on the hub (was ${formatDuration(was)}; edge.yaml says ${formatDuration(config.sampleIntervalMs)})`,
    );
  }
}
