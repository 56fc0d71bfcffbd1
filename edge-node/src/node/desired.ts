import type { DeviceConfig } from '@brewpit/protocol';

/** Where the desired config survives a restart (the outbox's meta table). */
export interface MetaStore {
  meta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
}

/**
 * The hub's desired config as this node applies it: recording, targets, the sample interval,
 * and the ETag it came with. Kept in the outbox so a node restarted while the hub is down goes
 * on as the hub last said. Only config sync ({@link apply}, {@link seen}) and a `set_target`
 * command ({@link setTarget}) write it; everything else reads.
 *
 * With `hub.apply_config: false` nothing is fetched: recording stays on and the interval is
 * the one in `edge.yaml` (a config stored by an earlier run is shown, not applied).
 */
export class DesiredState {
  private applied: DeviceConfig | undefined;
  private tag: string | null;
  private rec = true;
  private tgt: Record<string, number> = {};

  constructor(
    private readonly store: MetaStore,
    readonly follow: boolean,
  ) {
    this.applied = parseStored(store.meta('config'));
    this.tag = store.meta('config_etag') ?? null;
    if (this.applied && follow) {
      this.rec = this.applied.recording;
      this.tgt = { ...this.applied.targets };
    }
  }

  /** The last desired config fetched from the hub. */
  get config(): DeviceConfig | undefined {
    return this.applied;
  }

  /** ETag of {@link config}; null before the first fetch. */
  get etag(): string | null {
    return this.tag;
  }

  /** Whether readings go to the hub (control runs either way). */
  get recording(): boolean {
    return this.rec;
  }

  /** Target per channel, as the hub set them (config or `set_target`). */
  get targets(): Readonly<Record<string, number>> {
    return this.tgt;
  }

  /** The interval the hub wants, in ms, or `undefined` when the node does not follow it. */
  get intervalMs(): number | undefined {
    return this.follow && this.applied
      ? Math.round(this.applied.sample_interval_s * 1000)
      : undefined;
  }

  /** Takes a config fetched from the hub; returns the one applied before it. */
  apply(config: DeviceConfig, etag: string): DeviceConfig | undefined {
    const previous = this.applied;
    this.applied = config;
    if (this.follow) {
      this.rec = config.recording;
      this.tgt = { ...config.targets };
    }
    this.store.setMeta('config', JSON.stringify(config));
    this.seen(etag);
    return previous;
  }

  /** Remembers an ETag whose config needs no fetch (unchanged, or nothing to fetch it with). */
  seen(etag: string): void {
    this.tag = etag;
    this.store.setMeta('config_etag', etag);
  }

  /** A `set_target` command for a channel the node keeps itself (a meat probe's done temperature). */
  setTarget(channel: string, value: number): void {
    this.tgt = { ...this.tgt, [channel]: value };
  }
}

function parseStored(text: string | undefined): DeviceConfig | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as DeviceConfig;
  } catch {
    return undefined;
  }
}
