// What a running session's page is fed while it is open: readings pushed live (buffered and
// handed over once a second) and the session's estimates (fetched when its entities say they
// changed, at most every few seconds, and at least once a minute). A Lit reactive controller:
// it stops everything when its element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Session } from '@brewpit/protocol';
import { LiveBuffer } from '../lib/live-history.js';
import { sessionEntityPrefix, sessionEstimates, type SessionEstimates } from './estimates.js';
import type { HomeAssistant } from './hass.js';
import { LiveSubscription, liveValue, type LiveMessage } from './live.js';

/** Live points are handed over at most this often, so a 1 Hz probe does not redraw 8×/s. */
const FLUSH_MS = 1000;
/** Estimates are asked for at most this often (their entities change with every reading). */
const ESTIMATES_MIN_MS = 5000;
/** ... and at least this often while the session runs, whatever the live feed says. */
const ESTIMATES_POLL_MS = 60_000;

/** What the feed tells its element. */
export interface SessionFeedEvents {
  /** Buffered readings are ready to be appended (drain the buffer). */
  readings(buffer: LiveBuffer): void;
  estimates(e: SessionEstimates): void;
  error(e: unknown): void;
}

export class SessionFeed implements ReactiveController {
  private readonly live = new LiveSubscription();
  private readonly buffer = new LiveBuffer();
  private flushTimer?: ReturnType<typeof setTimeout>;
  private estimatesTimer?: ReturnType<typeof setTimeout>;
  private estimatesAt = 0;
  private hass?: HomeAssistant;
  private session?: Session;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly on: SessionFeedEvents,
  ) {
    host.addController(this);
  }

  /**
   * Feeds `session` (or stops, for none). Estimates are fetched once for any session; readings
   * and further estimates only while it runs.
   */
  follow(hass: HomeAssistant, session: Session | undefined): void {
    const changed = session?.id !== this.session?.id;
    this.hass = hass;
    this.session = session;
    if (changed) {
      this.stop();
      if (session) void this.loadEstimates();
    }
    if (session?.status === 'active') {
      this.live.open(hass, (m) => this.onLive(m), (e) => this.on.error(e));
    } else {
      this.live.close();
    }
  }

  hostDisconnected(): void {
    this.stop();
    this.session = undefined;
  }

  private stop(): void {
    this.live.close();
    clearTimeout(this.flushTimer);
    clearTimeout(this.estimatesTimer);
    this.flushTimer = undefined;
    this.buffer.clear();
  }

  private async loadEstimates(): Promise<void> {
    const { hass, session } = this;
    if (!hass || !session) return;
    clearTimeout(this.estimatesTimer);
    this.estimatesAt = Date.now();
    try {
      const est = await sessionEstimates(hass, session.id);
      if (session.id === this.session?.id) this.on.estimates(est);
    } catch {
      // An older integration without the command: the page works without predictions.
    }
    if (this.session?.id === session.id && this.session.status === 'active') {
      this.estimatesTimer = setTimeout(() => void this.loadEstimates(), ESTIMATES_POLL_MS);
    }
  }

  private onLive(msg: LiveMessage): void {
    const s = this.session;
    if (!s) return;
    const ids = new Set(s.channels.map((c) => c.series_id));
    const prefix = sessionEntityPrefix(s.id);
    let estimatesChanged = false;
    for (const st of msg.states) {
      if (st.unique_id?.startsWith(prefix)) estimatesChanged = true;
      if (!ids.has(st.series_id) || typeof st.ts !== 'number') continue;
      // A new reading of the session moves its estimates too (the per-device session entities
      // of hub API level 2 do not name the session); asked for at most every few seconds.
      estimatesChanged = true;
      this.buffer.add(st.series_id, [st.ts, liveValue(st)]);
    }
    if (estimatesChanged) {
      clearTimeout(this.estimatesTimer);
      const wait = Math.max(0, this.estimatesAt + ESTIMATES_MIN_MS - Date.now());
      this.estimatesTimer = setTimeout(() => void this.loadEstimates(), wait);
    }
    if (this.buffer.size && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        this.on.readings(this.buffer);
      }, FLUSH_MS);
    }
  }
}
