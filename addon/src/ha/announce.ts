import type { Connection } from 'home-assistant-js-websocket';
import type { SeriesInfo } from '@brewpit/protocol';
import type { HubEvents } from '../bus.js';
import type { DeviceRow } from '../store/index.js';
import { climateUid } from './climate.js';
import { configStates, toHaDevice, toHaEntities, uid } from './entities.js';
import type { BridgeContext } from './shared.js';
import { latestBySeries, type StatePublisher } from './states.js';

/**
 * Devices and their entities in Home Assistant: announced (`brewpit/devices/upsert`,
 * `brewpit/entities/upsert`) when they appear or change, removed when they go. Probes show up as
 * they are plugged in; chambers as the edge node reports them.
 */
export class DeviceAnnouncer {
  constructor(
    private readonly bc: BridgeContext,
    private readonly states: StatePublisher,
  ) {}

  /** Announces devices with their entities; records what was announced. */
  async upsert(conn: Connection, devices: DeviceRow[], series: SeriesInfo[]): Promise<void> {
    if (!devices.length) return;
    await conn.sendMessagePromise({
      type: 'brewpit/devices/upsert',
      devices: devices.map(toHaDevice),
    });
    const entities = devices.flatMap((d) => toHaEntities(d, ofDevice(series, d.id)));
    await conn.sendMessagePromise({ type: 'brewpit/entities/upsert', entities });
    for (const e of entities) this.bc.announced.add(e.unique_id);
    for (const d of devices) this.bc.climate.noteAnnounced(d);
  }

  /** Whether a batch brings channels Home Assistant does not know yet. */
  bringsNewChannels(e: HubEvents['readingsStored']): boolean {
    if (e.channels.length) return true;
    return [...latestBySeries(e.readings).values()].some(
      (r) => !this.bc.announced.has(uid(e.deviceId, r.channel)),
    );
  }

  /** Announces one device again, then sends its config and climate states. */
  async device(deviceId: string): Promise<void> {
    const conn = this.bc.link.linked;
    const device = this.bc.hub.store.devices.get(deviceId);
    if (!conn || !device) return;
    const all = this.bc.hub.store.series.list();
    await this.upsert(conn, [device], ofDevice(all, deviceId));
    for (const s of configStates(device, ofDevice(all, deviceId))) this.states.force(s);
    this.states.climate(device, all, true);
  }

  /** A device was created, changed or deleted in the hub. */
  changed(e: HubEvents['deviceChanged']): void {
    const conn = this.bc.link.linked;
    if (!conn) return;
    if (e.reason !== 'deleted') {
      this.device(e.deviceId).catch((err: unknown) =>
        this.bc.log.warn({ err, deviceId: e.deviceId }, 'Failed to announce a device'),
      );
      return;
    }
    conn
      .sendMessagePromise({ type: 'brewpit/devices/remove', device_ids: [e.deviceId] })
      .catch((err: unknown) =>
        this.bc.log.warn(
          { err, deviceId: e.deviceId },
          'Failed to remove a device from Home Assistant',
        ),
      );
    for (const id of [...this.bc.announced])
      if (id.startsWith(uid(e.deviceId, ''))) this.bc.announced.delete(id);
    this.bc.climate.forget(e.deviceId);
  }

  /**
   * A batch came with the device's status: its chambers' climate states follow it. Returns
   * 'announce' when a chamber appeared or changed (label, modes) and the device must be
   * announced again; a chamber that is gone is removed.
   */
  status(deviceId: string): 'announce' | 'done' {
    const conn = this.bc.link.linked;
    const device = conn && this.bc.hub.store.devices.get(deviceId);
    if (!conn || !device || !this.bc.climate.concerns(device)) return 'done';
    const { changed, gone } = this.bc.climate.noteAnnounced(device);
    if (gone.length) {
      const ids = gone.map((n) => climateUid(deviceId, n));
      for (const id of ids) this.bc.announced.delete(id);
      conn
        .sendMessagePromise({ type: 'brewpit/entities/remove', unique_ids: ids })
        .catch((err: unknown) =>
          this.bc.log.warn(
            { err, deviceId },
            'Failed to remove the climate entities of gone chambers',
          ),
        );
    }
    if (changed) return 'announce';
    this.states.climate(device, this.bc.hub.store.series.list());
    return 'done';
  }
}

function ofDevice(series: SeriesInfo[], deviceId: string): SeriesInfo[] {
  return series.filter((s) => s.device_id === deviceId);
}
