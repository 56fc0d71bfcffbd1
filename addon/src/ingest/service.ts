import type { IngestAck, IngestBatch } from '@brewpit/protocol';
import type { CommandsService } from '../commands/service.js';
import type { HubCore } from '../core.js';
import { configEtag } from '../devices/etag.js';
import { Refused } from '../errors.js';
import { child, type Log } from '../log.js';

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

  /** Stores a validated batch; `IngestRejected` when it names an unknown channel. */
  ingest(deviceId: string, batch: IngestBatch): IngestAck {
    const { store, bus, metrics } = this.core;
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
}
