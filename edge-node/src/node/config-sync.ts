import type { DeviceConfig } from '@brewpit/protocol';
import { errorMessage } from '../errors.js';
import { moduleLogger, type Logger } from '../log.js';
import type { NodeContext, NodeModule } from './context.js';

/**
 * Keeps the node on the hub's desired config. Every ingest answer carries the config's ETag;
 * when it differs from the one applied, the config is fetched (`If-None-Match`), stored with
 * the outbox and announced as `configApplied`, on which sampling changes its interval and
 * control its setpoints. Recording and targets take effect here (the recorder and `status`
 * read them). Off with `hub.apply_config: false`.
 */
export class ConfigSyncModule implements NodeModule {
  private readonly log: Logger;
  private off: (() => void) | undefined;
  private warnedNoDevice = false;

  constructor(private readonly ctx: NodeContext) {
    this.log = moduleLogger(ctx.log, 'edge:config');
  }

  async start(): Promise<void> {
    if (!this.ctx.config.hub.applyConfig) return;
    this.off = this.ctx.events.on('ack', (ack) => this.sync(ack.config_etag));
  }

  async stop(): Promise<void> {
    this.off?.();
    this.off = undefined;
  }

  /** Fetches and applies the desired config if `etag` is not the one applied. Never throws. */
  async sync(etag: string): Promise<void> {
    const { desired, tokens, client, events } = this.ctx;
    if (!etag || etag === desired.etag) return;
    const deviceId = tokens.deviceId();
    if (!deviceId) {
      if (!this.warnedNoDevice)
        this.log.warn(
          'Hub config changed but the device id is unknown (set hub.device_id or pair with a token file)',
        );
      this.warnedNoDevice = true;
      return;
    }
    let fetched: { config: DeviceConfig; etag: string } | undefined;
    try {
      fetched = await client.config(deviceId, desired.etag ?? undefined);
    } catch (err) {
      // The next answer carries the ETag again: the fetch is retried then.
      this.log.warn(`Failed to fetch the desired config: ${errorMessage(err)}`);
      return;
    }
    if (!fetched) {
      desired.seen(etag); // 304: what is applied is current
      return;
    }
    const previous = desired.apply(fetched.config, fetched.etag || etag);
    this.log.info(
      { config: fetched.config },
      `Desired config from the hub: ${describeChanges(previous, fetched.config)}`,
    );
    events.emit('configApplied', { config: fetched.config, previous });
  }
}

/** What a new desired config changes, in words, for the log. */
function describeChanges(before: DeviceConfig | undefined, after: DeviceConfig): string {
  const parts: string[] = [];
  if (before?.sample_interval_s !== after.sample_interval_s)
    parts.push(`sample interval ${after.sample_interval_s} s`);
  if (before?.recording !== after.recording)
    parts.push(after.recording ? 'recording on' : 'recording paused');
  for (const [channel, value] of Object.entries(after.targets))
    if (before?.targets[channel] !== value) parts.push(`target of '${channel}' ${value}`);
  for (const channel of Object.keys(before?.targets ?? {}))
    if (!(channel in after.targets)) parts.push(`target of '${channel}' removed`);
  return parts.length ? parts.join(', ') : 'unchanged';
}
