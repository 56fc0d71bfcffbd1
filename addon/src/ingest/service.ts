import type { IngestAck, IngestBatch } from '@brewpit/protocol';
import type { CommandsService } from '../commands/service.js';
import type { HubCore } from '../core.js';
import { configEtag } from '../devices/etag.js';
import { quotaReached, Refused } from '../errors.js';
import { child, type Log } from '../log.js';

/**
 * Channels one device may have. A smoker node has a pit and a few meat probes, a fermentation
 * node a few chambers with three channels each; an edge announcing hundreds is broken or
 * hostile, and each channel becomes a series and a Home Assistant entity.
 */
export const MAX_CHANNELS_PER_DEVICE = 128;

/**
 * An edge node's batch: stored in one transaction and acknowledged by seq, with the device's
 * due commands in the answer. `command_results` in the batch acknowledge earlier commands (the
 * same as the ack endpoint, for edges that prefer one round trip).
 */
export class IngestService {
  private readonly log: Log;

  constructor(
    private readonly core: HubCore,
    private readonly commands: CommandsService,
  ) {
    this.log = child(core.log, 'hub:ingest');
  }

  /**
   * Stores a validated batch; `IngestRejected` when it names an unknown channel or holds what
   * the store cannot keep, `Refused` (422) when its readings use channels over the quota.
   */
  ingest(deviceId: string, sent: IngestBatch): IngestAck {
    const { store, bus, metrics } = this.core;
    const batch = this.withinChannelQuota(deviceId, sent);
    const result = store.readings.ingest(deviceId, batch);
    metrics.batches.inc();
    metrics.readings.inc(result.stored.length);
    metrics.duplicates.inc(result.duplicates);
    if (result.duplicates > 0)
      this.log.debug({ deviceId, duplicates: result.duplicates }, 'Resent readings skipped');
    if (result.collisions > 0)
      this.log.warn(
        { deviceId, collisions: result.collisions },
        'Readings with a timestamp already stored for their channel were kept once',
      );
    for (const r of batch.command_results ?? []) {
      try {
        this.commands.ack(deviceId, r.id, r);
      } catch (err) {
        // An answer to a command the hub no longer knows (pruned, device re-paired) is not
        // worth refusing the readings for.
        if (!(err instanceof Refused)) throw err;
        this.log.debug({ deviceId, commandId: r.id }, 'Result for an unknown command ignored');
      }
    }
    bus.emit('deviceSeen', { deviceId, status: batch.status });
    if (result.stored.length > 0)
      bus.emit('readingsStored', { deviceId, readings: result.stored, channels: result.channels });
    const device = store.devices.get(deviceId)!;
    return {
      ack_seq: result.ackSeq,
      server_time: Date.now(),
      config_etag: configEtag(device.config),
      commands: this.commands.deliver(deviceId),
    };
  }

  /**
   * Leaves out announcements of channels past {@link MAX_CHANNELS_PER_DEVICE} (counted and
   * logged). A reading on such a channel is refused with a 422 naming it, which the edge counts
   * and drops; an announcement alone is not refused, because an edge that sees its `channels`
   * refused stops announcing any, and its renamed channels would never reach the hub.
   */
  private withinChannelQuota(deviceId: string, batch: IngestBatch): IngestBatch {
    if (!batch.channels?.length) return batch;
    const known = this.core.store.readings.seriesIds(deviceId);
    const fresh = [...new Set(batch.channels.map((c) => c.key))].filter((k) => !known.has(k));
    const room = Math.max(0, MAX_CHANNELS_PER_DEVICE - known.size);
    if (fresh.length <= room) return batch;
    const over = new Set(fresh.slice(room));
    this.core.metrics.quotaReached('channels_per_device', over.size);
    this.log.warn(
      { deviceId, channels: [...over].slice(0, 10) },
      `Device announced ${over.size} channel(s) past its quota of ${MAX_CHANNELS_PER_DEVICE}; left out`,
    );
    const errors = batch.readings
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => over.has(r.channel))
      .slice(0, 20)
      .map(({ r, i }) => ({
        path: `/readings/${i}/channel`,
        message: `channel '${r.channel}' is past this device's quota of ${MAX_CHANNELS_PER_DEVICE} channels`,
      }));
    if (errors.length)
      throw quotaReached(
        `This device has its ${MAX_CHANNELS_PER_DEVICE} channels; readings on new channels are refused`,
        errors,
      );
    return { ...batch, channels: batch.channels.filter((c) => !over.has(c.key)) };
  }
}
