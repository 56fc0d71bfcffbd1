import type { IngestAck } from '@brewpit/protocol';
import { formatDuration } from '../config/units.js';
import { HubError, errorCode, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { Backoff } from './backoff.js';

/** Hub-side state for `status`. */
export interface UplinkState {
  connected: boolean;
  last_ack_at: number | null;
  last_ack_seq: number | null;
  last_error: string | null;
  last_error_at: number | null;
  token_rejected: boolean;
  batch_size: number;
}

/**
 * The link to the hub as the uplink sees it: connected or not since when, the last error,
 * a rejected token, and the backoff between retries. Logs the edges (hub gone, token
 * rejected, hub back with the backlog it left), never every retry.
 */
export class LinkHealth {
  readonly state: UplinkState;
  private readonly backoff: Backoff;
  private outageSince: number | undefined;
  /** Local time of the last answer, for the heartbeat. */
  lastAnswerAt = 0;

  constructor(
    private readonly log: Logger,
    private readonly o: { backoffInitialMs: number; backoffMaxMs: number; batchSize: number },
  ) {
    this.backoff = new Backoff(o.backoffInitialMs, o.backoffMaxMs);
    this.state = {
      connected: false,
      last_ack_at: null,
      last_ack_seq: null,
      last_error: null,
      last_error_at: null,
      token_rejected: false,
      batch_size: o.batchSize,
    };
  }

  /** An answer arrived; `backlog` is what is still buffered, for the "back again" line. */
  answered(ack: IngestAck, backlog: number): void {
    const now = Date.now();
    if (this.outageSince !== undefined || this.state.token_rejected) {
      const outage = now - (this.outageSince ?? now);
      this.log.info(
        { outage_ms: outage, backlog },
        `Hub reachable again after ${formatDuration(outage)}; ${backlog} readings buffered`,
      );
    }
    this.outageSince = undefined;
    this.backoff.reset();
    this.lastAnswerAt = now;
    Object.assign(this.state, {
      connected: true,
      last_ack_at: now,
      last_ack_seq: ack.ack_seq,
      token_rejected: false,
    });
  }

  /** Records an error without judging it (the caller decides what to do). */
  noted(err: unknown): void {
    this.state.connected = false;
    this.state.last_error = errorMessage(err);
    this.state.last_error_at = Date.now();
  }

  /**
   * A request failed for a reason that passes (hub down, busy, answer too large, unknown
   * route, a token the hub rejects): logs the start of the outage once and returns how long
   * to wait. A rejected token waits the backoff cap: a fresh `pair` is picked up then.
   */
  failed(err: unknown): number {
    this.noted(err);
    const now = Date.now();
    if (err instanceof HubError && (err.status === 401 || err.status === 403)) {
      if (!this.state.token_rejected)
        this.log.error(
          { status: err.status },
          `Hub rejected the device token (${err.status}): re-pair this node with 'brewpit-edge pair <hub-url> <code>'; readings stay buffered`,
        );
      this.state.token_rejected = true;
      this.outageSince ??= now;
      return this.o.backoffMaxMs;
    }
    if (this.outageSince === undefined) {
      this.outageSince = now;
      this.log.warn({ code: errorCode(err) }, `${errorMessage(err)}; buffering and retrying`);
    } else {
      this.log.debug({ code: errorCode(err), failures: this.backoff.failures }, errorMessage(err));
    }
    return this.backoff.next();
  }
}
