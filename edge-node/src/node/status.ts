import type { EdgeStatus } from '@brewpit/protocol';
import { errorMessage } from '../errors.js';
import { moduleLogger, type Logger } from '../log.js';
import { writeStatusFile, type StatusSnapshot } from '../status.js';
import { EDGE_VERSION } from '../version.js';
import type { NodeContext, NodeModule } from './context.js';

/** `brewpit-edge status` calls a node dead whose file is older than a few of these. */
const STATUS_EVERY_MS = 2000;

/**
 * The status file `brewpit-edge status` reads: written at start, every 2 s, and once more,
 * marked stopped, after every other module has stopped.
 */
export class StatusModule implements NodeModule {
  private readonly log: Logger;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: NodeContext) {
    this.log = moduleLogger(ctx.log, 'edge:node');
  }

  async start(): Promise<void> {
    this.timer = setInterval(() => this.write(false), STATUS_EVERY_MS);
    this.write(false);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.write(true);
  }

  private write(stopped: boolean): void {
    const file = this.ctx.config.statusFile;
    try {
      writeStatusFile(file, nodeSnapshot(this.ctx, stopped));
    } catch (err) {
      this.log.debug(`Failed to write status file ${file}: ${errorMessage(err)}`);
    }
  }
}

/** The node's state as the status file and `EdgeNodeHandle.status()` show it. */
export function nodeSnapshot(ctx: NodeContext, stopped = false): StatusSnapshot {
  const { config, sampler, desired, uplink, control } = ctx;
  return {
    pid: process.pid,
    version: EDGE_VERSION,
    device: config.deviceName,
    hub_url: config.hub.url,
    started_at: ctx.startedAt,
    updated_at: Date.now(),
    stopped,
    sample_interval_ms: sampler.intervalMs,
    samples_taken: sampler.samples,
    clock_offset_ms: ctx.clock.offsetMs,
    recording: desired.recording,
    targets: { ...desired.targets },
    outbox: ctx.outbox.stats(),
    uplink: { ...uplink.state },
    drain: uplink.drainProgress() ?? null,
    sensors: sampler.health(),
    config_etag: desired.etag,
    ...(desired.config ? { hub_config: desired.config } : {}),
    ...(control ? { control: control.status() } : {}),
  };
}

/**
 * The health figures each batch carries to the hub. Each batch carries the chambers' state
 * too, so Home Assistant's climate entities show what the node applied (a command's effect
 * arrives with the batch right after it).
 */
export function hubStatus(ctx: Pick<NodeContext, 'outbox' | 'control' | 'startedAt'>): EdgeStatus {
  const s = ctx.outbox.stats();
  const chambers = ctx.control?.states();
  return {
    outbox_depth: s.depth,
    oldest_unsent_ts: s.oldestTs,
    dropped_total: s.droppedTotal,
    uptime_s: Math.round((Date.now() - ctx.startedAt) / 1000),
    version: EDGE_VERSION,
    ...(chambers ? { control: chambers } : {}),
  };
}
