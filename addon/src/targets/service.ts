import type { Actor, HubCore } from '../core.js';
import { notFound } from '../errors.js';
import type { CommandsService } from '../commands/service.js';
import type { DeviceRow } from '../store/index.js';

/** One channel's target: a number, or null to remove it. */
export interface TargetChange {
  deviceId: string;
  /** The channel key (`meat1`), as the device announced it. */
  channel: string;
  value: number | null;
}

/** What a target change reached. */
export interface TargetOutcome {
  /** The devices whose desired config changed. */
  devices: string[];
  /** The edge `set_target` commands queued. */
  commands: string[];
  /** The active sessions whose channel target changed. */
  sessions: string[];
}

/** How a batch of target changes is applied. */
export interface ApplyOptions {
  /** False when the change is part of a use case that records its own audit entry. */
  audit?: boolean;
  /**
   * False when the device itself reported the target (a Brewfather stream's `temp_target`):
   * nothing is sent back to it.
   */
  command?: boolean;
}

/**
 * The one write path of a channel's target, wherever it is set: `PATCH /devices/{id}` and
 * `PATCH /sessions/{id}` (the panel uses the latter), a session started with targets, Home
 * Assistant's number entity and `brewpit.set_target` service, a hydrometer's own post. A target
 * reaches, together:
 * - the device's desired config (`targets`, which the edge node fetches by ETag),
 * - the edge node at once, as a `set_target` command in its next ingest answer (edge nodes
 *   only: a hydrometer has no command channel),
 * - every active session with a channel on that series: the target that alerts and
 *   time-to-target estimates use.
 * Then `deviceChanged` and `sessionChanged` tell Home Assistant, the alert engine and the
 * estimates to refresh.
 */
export class TargetsService {
  constructor(
    private readonly core: HubCore,
    private readonly commands: CommandsService,
  ) {}

  /** Sets one target (Home Assistant's entity and service); audited as `device.set_target`. */
  set(change: TargetChange, actor: Actor): TargetOutcome {
    return this.apply([change], actor);
  }

  /**
   * Applies target changes; what already has the value is left alone (no config write, no
   * command, no event). Throws
   * `Refused` (not found) for an unknown device before anything is written.
   */
  apply(changes: TargetChange[], actor: Actor, options: ApplyOptions = {}): TargetOutcome {
    const { store } = this.core;
    const byDevice = new Map<string, { device: DeviceRow; changes: TargetChange[] }>();
    for (const c of changes) {
      const entry = byDevice.get(c.deviceId);
      if (entry) entry.changes.push(c);
      else {
        const device = store.devices.get(c.deviceId);
        if (!device) throw notFound(`No device '${c.deviceId}'`);
        byDevice.set(c.deviceId, { device, changes: [c] });
      }
    }
    const out: TargetOutcome = { devices: [], commands: [], sessions: [] };
    const queue: TargetChange[] = [];
    store.transaction(() => {
      for (const { device, changes: list } of byDevice.values()) {
        // A session may lag behind the device (it started without a target): it follows even
        // when the device already has the value.
        this.updateSessions(device.id, list, out);
        const real = list.filter((c) => (device.config.targets[c.channel] ?? null) !== c.value);
        if (!real.length) continue;
        store.devices.setConfig(device.id, {
          ...device.config,
          targets: nextTargets(device, real),
        });
        out.devices.push(device.id);
        if (device.kind === 'edge' && options.command !== false)
          queue.push(...real.filter((c) => c.value !== null));
      }
    });
    for (const c of queue) {
      const cmd = this.commands.enqueue(
        c.deviceId,
        'set_target',
        { channel: c.channel, value: c.value },
        actor,
        { audit: false },
      );
      out.commands.push(cmd.id);
    }
    if (options.audit !== false)
      for (const c of changes)
        store.audit.add(actor, 'device.set_target', c.deviceId, {
          channel: c.channel,
          value: c.value,
          sessions: out.sessions,
        });
    for (const deviceId of out.devices)
      this.core.bus.emit('deviceChanged', { deviceId, reason: 'updated' });
    for (const sessionId of out.sessions)
      this.core.bus.emit('sessionChanged', { sessionId, reason: 'updated' });
    return out;
  }

  /** The active sessions' channels on the changed series take the new targets. */
  private updateSessions(deviceId: string, changes: TargetChange[], out: TargetOutcome): void {
    const { store } = this.core;
    const ids = store.readings.seriesIds(deviceId);
    for (const s of store.sessions.active()) {
      for (const c of changes) {
        const seriesId = ids.get(c.channel);
        if (seriesId === undefined || !s.channels.some((ch) => ch.series_id === seriesId)) continue;
        if (store.sessions.setChannelTarget(s.id, seriesId, c.value)?.changed)
          if (!out.sessions.includes(s.id)) out.sessions.push(s.id);
      }
    }
  }
}

function nextTargets(device: DeviceRow, changes: TargetChange[]): Record<string, number> {
  const targets = { ...device.config.targets };
  for (const c of changes) {
    if (c.value === null) delete targets[c.channel];
    else targets[c.channel] = c.value;
  }
  return targets;
}
