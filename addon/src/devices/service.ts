import type { DeviceConfig } from '@brewpit/protocol';
import type { Actor, HubCore } from '../core.js';
import { notFound, Refused } from '../errors.js';
import { child, type Log } from '../log.js';
import type { DeviceRow } from '../store/index.js';
import type { TargetChange, TargetsService } from '../targets/service.js';

/** A change to a device: a new name and/or config fields (`targets` replaces the map). */
export interface DeviceUpdate {
  name?: string;
  config?: Partial<DeviceConfig>;
}

/**
 * The device registry's one write path: pairing, registration, renaming, the desired config,
 * deletion. Targets in a config change go through `TargetsService`, so they reach the edge node
 * and the running sessions too.
 */
export class DevicesService {
  private readonly log: Log;

  constructor(
    private readonly core: HubCore,
    private readonly targets: TargetsService,
  ) {
    this.log = child(core.log, 'hub:devices');
  }

  /** A device, or `Refused` (not found). */
  get(id: string): DeviceRow {
    const d = this.core.store.devices.get(id);
    if (!d) throw notFound(`No device '${id}'`);
    return d;
  }

  /** A one-time pairing code for a new edge node. */
  createPairing(actor: Actor): { code: string; expires_at: number } {
    const pairing = this.core.store.devices.createPairing();
    this.core.store.audit.add(actor, 'pairing.create', null, { expires_at: pairing.expires_at });
    return pairing;
  }

  /** Exchanges a pairing code for a device and its token; `Refused` (forbidden) otherwise. */
  async pair(code: string, name: string): Promise<{ device_id: string; token: string }> {
    const { devices } = this.core.store;
    // The token's hash is made on the thread pool, and only for a code that can be taken: a
    // wrong code costs a lookup, not a hash. The store checks the code again as it stores.
    const paired = devices.pairable(code)
      ? devices.pair(code, name, Date.now(), await devices.mintSecret())
      : null;
    if (!paired)
      throw new Refused(
        'forbidden',
        'Pairing refused',
        'The pairing code is unknown, expired or already used',
      );
    this.log.info({ deviceId: paired.device_id, name }, 'Device paired');
    this.core.store.audit.add('device', 'device.pair', paired.device_id, { name });
    this.core.bus.emit('deviceChanged', { deviceId: paired.device_id, reason: 'created' });
    return paired;
  }

  /** Registers a device directly; its token is in the answer only. */
  async create(
    name: string,
    kind: string | undefined,
    actor: Actor,
  ): Promise<DeviceRow & { token: string }> {
    const { devices } = this.core.store;
    const created = devices.create(name, kind, Date.now(), await devices.mintSecret());
    this.core.store.audit.add(actor, 'device.create', created.device_id, { name });
    this.core.bus.emit('deviceChanged', { deviceId: created.device_id, reason: 'created' });
    return { ...this.get(created.device_id), token: created.token };
  }

  /** Renames a device and/or changes its desired config. */
  update(id: string, patch: DeviceUpdate, actor: Actor): DeviceRow {
    const { store } = this.core;
    const d = this.get(id);
    const { targets, ...rest } = patch.config ?? {};
    store.transaction(() => {
      if (patch.name) store.devices.rename(id, patch.name);
      if (Object.keys(rest).length) store.devices.setConfig(id, { ...d.config, ...rest });
    });
    // After the commit above: the target path reads the config back and announces its changes.
    if (targets) this.targets.apply(targetChanges(d, targets), actor, { audit: false });
    store.audit.add(actor, 'device.update', id, patch);
    this.core.bus.emit('deviceChanged', { deviceId: id, reason: 'updated' });
    return this.get(id);
  }

  /**
   * Gives a device a new token (in the answer only) and revokes the old one at once: for a
   * token that leaked, without losing the device's history. The node needs the new token in
   * its token file.
   */
  async rotateToken(id: string, actor: Actor): Promise<{ device_id: string; token: string }> {
    const { devices } = this.core.store;
    this.get(id);
    const token = devices.rotateToken(id, await devices.mintSecret(id));
    if (!token) throw notFound(`No device '${id}'`);
    this.core.store.audit.add(actor, 'device.token.rotate', id);
    this.log.info({ deviceId: id }, 'Device token rotated; the old token no longer works');
    return { device_id: id, token };
  }

  /** Deletes a device with its data; its token stops working at once. */
  delete(id: string, actor: Actor): void {
    this.get(id);
    this.core.store.devices.delete(id);
    this.core.store.audit.add(actor, 'device.delete', id);
    this.core.bus.emit('deviceChanged', { deviceId: id, reason: 'deleted' });
  }
}

/** The changes that turn a device's targets into `next` (a key left out is removed). */
function targetChanges(d: DeviceRow, next: Record<string, number>): TargetChange[] {
  const keys = new Set([...Object.keys(d.config.targets), ...Object.keys(next)]);
  return [...keys].map((channel) => ({ deviceId: d.id, channel, value: next[channel] ?? null }));
}
