import type { SeriesInfo } from '@brewpit/protocol';
import type { HubEvents } from '../bus.js';
import type { DeviceRow } from '../store/index.js';
import { StateCoalescer } from './coalescer.js';
import {
  connectivityUid,
  diagnosticStates,
  readingState,
  significantDelta,
  staleState,
  uid,
} from './entities.js';
import type { BridgeContext } from './shared.js';
import type { HaStateItem } from './types.js';

/** Most states per `brewpit/states` message. */
const STATES_PER_MESSAGE = 500;

/**
 * States sent to Home Assistant: readings under the coalescer's rate limit (significant changes
 * at once), climate and config states at once, all batched into `brewpit/states` messages.
 */
export class StatePublisher {
  private readonly coalescer: StateCoalescer;

  constructor(private readonly bc: BridgeContext) {
    this.coalescer = new StateCoalescer((items) => this.send(items));
  }

  /** Forgets what was sent: the next connection gets everything again. */
  reset(): void {
    this.coalescer.reset();
  }

  /** Sends a state now, outside the rate limit. */
  force(item: HaStateItem): void {
    this.coalescer.force(item);
  }

  /** Offers a state under the rate limit (announced entities only). */
  push(item: HaStateItem): void {
    if (this.bc.announced.has(item.unique_id)) this.coalescer.push(item);
  }

  /** An edge node's outbox figures, under the rate limit (they come with every batch). */
  diagnostics(deviceId: string): void {
    const device = this.bc.link.linked && this.bc.hub.store.devices.get(deviceId);
    if (device) for (const item of diagnosticStates(device)) this.push(item);
  }

  /** The latest reading of each series in a stored batch. */
  readings(e: HubEvents['readingsStored']): void {
    const latest = latestBySeries(e.readings);
    const kinds = new Map(this.bc.hub.store.series.ofDevice(e.deviceId).map((s) => [s.id, s.kind]));
    for (const r of latest.values()) {
      this.coalescer.push(
        readingState(e.deviceId, r),
        significantDelta(kinds.get(r.seriesId) ?? 'other'),
        r.ts,
      );
    }
  }

  /**
   * A device's chambers' climate states: a change of mode, target, action, fault or profile at
   * once (the applied target must show within the second), a new temperature alone under the
   * readings' rate limit, nothing when nothing changed.
   */
  climate(device: DeviceRow, series: SeriesInfo[], force = false): void {
    const { announced, climate, presence } = this.bc;
    const { now, later } = climate.states(device, series, presence.isOnline(device.id), force);
    for (const item of now) if (announced.has(item.unique_id)) this.coalescer.force(item);
    for (const item of later) if (announced.has(item.unique_id)) this.coalescer.push(item);
  }

  /**
   * A device went online or offline: its connectivity and its chambers' availability. An edge
   * node that stopped reporting (past the grace period `Presence` derives from its sample
   * interval) makes its probe sensors unavailable, so nothing acts on a stale temperature; each
   * returns with its next reading (a change of availability skips the rate limit).
   */
  presence(deviceId: string, online: boolean): void {
    this.coalescer.force({ unique_id: connectivityUid(deviceId), state: online });
    const device = this.bc.hub.store.devices.get(deviceId);
    if (!device || !this.bc.link.linked) return;
    if (!online && device.kind === 'edge')
      for (const s of this.bc.hub.store.series.ofDevice(deviceId))
        if (this.bc.announced.has(uid(deviceId, s.key))) this.coalescer.force(staleState(s));
    this.climate(device, this.bc.hub.store.series.list());
  }

  private send(items: HaStateItem[]): void {
    const conn = this.bc.link.linked;
    if (!conn) return;
    for (let i = 0; i < items.length; i += STATES_PER_MESSAGE) {
      conn
        .sendMessagePromise({
          type: 'brewpit/states',
          states: items.slice(i, i + STATES_PER_MESSAGE),
        })
        .catch((err: unknown) =>
          this.bc.log.warn({ err }, 'Failed to send states to Home Assistant'),
        );
    }
  }
}

/** The newest reading of each series. */
export function latestBySeries(
  readings: HubEvents['readingsStored']['readings'],
): Map<number, HubEvents['readingsStored']['readings'][number]> {
  const latest = new Map<number, HubEvents['readingsStored']['readings'][number]>();
  for (const r of readings) {
    const prev = latest.get(r.seriesId);
    if (!prev || prev.ts <= r.ts) latest.set(r.seriesId, r);
  }
  return latest;
}
