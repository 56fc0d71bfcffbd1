import type { Store } from '../store/index.js';

/** How often presence is checked. */
const CHECK_MS = 5000;
/** A node is offline after this many sample intervals without a batch (at least a minute). */
const MISSED_INTERVALS = 6;
const MIN_OFFLINE_MS = 60_000;

/**
 * Tracks whether each device is online: seen within max(1 min, 6 sample intervals). Calls
 * `changed` on every transition (for the connectivity entity and the online/offline events).
 */
export class Presence {
  private readonly online = new Map<string, boolean>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly changed: (deviceId: string, online: boolean) => void,
  ) {}

  start(): void {
    for (const d of this.store.devices.list())
      this.online.set(d.id, this.fresh(d.last_seen, d.config.sample_interval_s));
    this.timer = setInterval(() => this.check(), CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  isOnline(deviceId: string): boolean {
    return this.online.get(deviceId) ?? false;
  }

  /** A batch arrived from the device. */
  seen(deviceId: string): void {
    if (this.online.get(deviceId) === true) return;
    this.online.set(deviceId, true);
    this.changed(deviceId, true);
  }

  check(now = Date.now()): void {
    for (const d of this.store.devices.list()) {
      const online = this.fresh(d.last_seen, d.config.sample_interval_s, now);
      if (this.online.get(d.id) === online) continue;
      const known = this.online.has(d.id);
      this.online.set(d.id, online);
      if (known || online) this.changed(d.id, online);
    }
  }

  private fresh(lastSeen: number | null, intervalS: number, now = Date.now()): boolean {
    return (
      lastSeen !== null &&
      now - lastSeen < Math.max(MIN_OFFLINE_MS, MISSED_INTERVALS * intervalS * 1000)
    );
  }
}
