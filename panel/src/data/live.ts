// Live states pushed by the integration while the hub ingests readings.
import type { HomeAssistant } from './hass.js';

/** One pushed state: `state` is the SI value, or "unavailable"/"unknown"/null. */
export interface LiveState {
  unique_id: string;
  series_id: number;
  state: number | string | null;
  ts: number;
}

/** A message of the `brewpit/live/subscribe` subscription. */
export interface LiveMessage {
  states: LiveState[];
}

/** The numeric SI value of a live state, or null when the probe is unavailable. */
export function liveValue(s: Pick<LiveState, 'state'>): number | null {
  if (s.state === null || s.state === '') return null;
  const n = typeof s.state === 'number' ? s.state : Number(s.state);
  return Number.isFinite(n) ? n : null;
}

/**
 * A subscription that can be closed before it is established: `subscribeMessage` resolves
 * asynchronously, and an element may disconnect in between.
 */
export class LiveSubscription {
  private unsub: Promise<(() => Promise<void>) | undefined> | undefined;

  /** Subscribes unless already subscribed. */
  open(hass: HomeAssistant, onMessage: (msg: LiveMessage) => void, onError?: (e: unknown) => void): void {
    if (this.unsub) return;
    this.unsub = hass.connection
      .subscribeMessage<LiveMessage>(onMessage, { type: 'brewpit/live/subscribe' })
      .catch((e: unknown) => {
        onError?.(e);
        return undefined;
      });
  }

  get active(): boolean {
    return this.unsub !== undefined;
  }

  /** Unsubscribes (also when the subscription is still being set up). */
  close(): void {
    const pending = this.unsub;
    this.unsub = undefined;
    void pending?.then((unsub) => unsub?.()).catch(() => undefined);
  }
}
