import {
  MAX_BATCH_READINGS,
  type Channel,
  type EdgeStatus,
  type IngestAck,
  type IngestBatch,
} from '@brewpit/protocol';
import { HubError, errorCode, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Outbox, OutboxReading } from '../outbox/outbox.js';
import { formatDuration } from '../config/units.js';
import { Backoff } from './backoff.js';
import type { HubClient } from './client.js';
import type { ClockOffset } from './clock.js';
import { DrainTracker, type DrainProgress } from './drain.js';
import { blamedParts, blamedReadings, problemSummary } from './rejections.js';

/** Uplink settings (from `edge.yaml` `uplink:`). */
export interface UplinkOptions {
  batchMaxReadings: number;
  batchMaxAgeMs: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  heartbeatMs: number;
}

/** Everything the uplink works with. */
export interface UplinkContext {
  outbox: Outbox;
  client: HubClient;
  clock: ClockOffset;
  log: Logger;
  bootId: string;
  channels: () => Channel[];
  status: () => EdgeStatus;
  /** Called with every ack, after the outbox applied it (config and commands live there). */
  onAck: (ack: IngestAck) => Promise<void>;
  /** Results of commands whose direct acknowledgement failed, to ride in the next batch. */
  takeCommandResults: () => NonNullable<IngestBatch['command_results']>;
}

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

const MAX_DROPPED_RANGES = 1000;
const GROW_AFTER = 20;
/** Resend the channel declarations this often even when the hub knows them. */
const CHANNELS_EVERY_MS = 10 * 60_000;

/**
 * Sends the outbox to the hub, oldest first, until stopped. Readings go out as soon as they
 * are older than `batchMaxAge` (or a full batch is waiting); after an outage the backlog is
 * drained back to back at full speed. Failures back off exponentially with full jitter;
 * nothing is deleted before the hub acknowledges it.
 *
 * 4xx policy: 401/403 → the token is wrong: log once, keep buffering, retry at the backoff
 * cap (a fresh `pair` is picked up without restart). 413 → halve the batch size. 400 →
 * readings the problem details point at are dropped (reported to the hub as dropped ranges
 * and counted as rejected) and the rest is resent; if nothing is pointed at, the batch is
 * bisected down to one reading, which is then dropped. So one bad reading never wedges the
 * queue, and a good one is never dropped for a neighbour's fault.
 */
export class Uplink {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private batchSize: number;
  private readonly backoff: Backoff;
  private readonly drain: DrainTracker;
  private channelsSentAt = 0;
  private omit = new Set<'channels' | 'status' | 'command_results'>();
  private outageSince: number | undefined;
  private lastSendAt = 0;
  private successes = 0;
  readonly state: UplinkState;

  constructor(
    private readonly ctx: UplinkContext,
    private readonly o: UplinkOptions,
  ) {
    this.batchSize = Math.min(o.batchMaxReadings, MAX_BATCH_READINGS);
    this.backoff = new Backoff(o.backoffInitialMs, o.backoffMaxMs);
    this.drain = new DrainTracker(ctx.log, Math.max(2 * this.batchSize, 1000));
    this.state = {
      connected: false,
      last_ack_at: null,
      last_ack_seq: null,
      last_error: null,
      last_error_at: null,
      token_rejected: false,
      batch_size: this.batchSize,
    };
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** New readings were appended: send soon. */
  notify(): void {
    this.wake?.();
  }

  /** Drain progress (current or last finished), for `status`. */
  drainProgress(): DrainProgress | undefined {
    return this.drain.current ?? this.drain.finished;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let waitMs: number;
      try {
        waitMs = await this.step();
      } catch (err) {
        waitMs = this.onFailure(err);
      }
      if (waitMs > 0 && this.running) await this.sleep(waitMs);
    }
  }

  /** One round: sends a batch if one is due; returns how long to wait before the next. */
  private async step(): Promise<number> {
    const { outbox } = this.ctx;
    if (outbox.needsSeqSync()) {
      const { ack } = await this.send([], []);
      outbox.syncSeqBase(ack.ack_seq);
      // Commands queued while the node was away come in this answer: the hub counts them as
      // delivered, so dropping them here would delay them by the hub's resend backoff.
      await this.ctx.onAck(ack);
      return 0;
    }
    const readings = outbox.peek(this.batchSize);
    const ranges = outbox.droppedRanges(MAX_DROPPED_RANGES + 1);
    const pending = readings.length > 0 || ranges.length > 0;
    const now = Date.now();
    if (pending && readings.length < this.batchSize && readings[0]) {
      // Wait for companions only while the oldest reading is younger than the age limit.
      // A timestamp "in the future" (the clock was corrected backwards) counts as due.
      const age = this.ctx.clock.now(now) - readings[0].ts;
      if (age >= 0 && age < this.o.batchMaxAgeMs) return this.o.batchMaxAgeMs - age;
    }
    if (!pending && now - this.lastSendAt < this.o.heartbeatMs)
      return this.o.heartbeatMs - (now - this.lastSendAt);
    let batchReadings = readings;
    let batchRanges = ranges;
    if (ranges.length > MAX_DROPPED_RANGES) {
      // Keep the batch a contiguous prefix of the seq space, so its ack can cover all of it.
      const cutoff = ranges[MAX_DROPPED_RANGES]!.from;
      batchRanges = ranges.slice(0, MAX_DROPPED_RANGES);
      batchReadings = readings.filter((r) => r.seq < cutoff);
    }
    await this.sendAndApply(batchReadings, batchRanges);
    return 0;
  }

  private async sendAndApply(
    readings: OutboxReading[],
    ranges: { from: number; to: number }[],
  ): Promise<void> {
    const { outbox } = this.ctx;
    outbox.inFlightUpTo = readings[readings.length - 1]?.seq ?? 0;
    try {
      const { ack } = await this.send(readings, ranges);
      const before = outbox.stats().depth;
      outbox.ack(ack.ack_seq);
      const sentSeq = readings[readings.length - 1]?.seq ?? 0;
      if (sentSeq > 0 && ack.ack_seq < (readings[0]?.seq ?? 0)) {
        this.ctx.log.debug(
          { ack_seq: ack.ack_seq, first_seq: readings[0]?.seq },
          'Hub acknowledged none of the batch (gap before it)',
        );
      }
      const after = outbox.stats().depth;
      this.drain.update(Math.max(0, before - after), after);
      this.recoverBatchSize();
      await this.ctx.onAck(ack);
    } finally {
      outbox.inFlightUpTo = 0;
    }
  }

  private async send(readings: OutboxReading[], ranges: { from: number; to: number }[]) {
    const now = Date.now();
    const batch: IngestBatch = {
      boot_id: this.ctx.bootId,
      readings: readings.map((r) => {
        const w: IngestBatch['readings'][number] = {
          seq: r.seq,
          channel: r.channel,
          ts: r.ts,
          value: r.value,
        };
        if (r.status !== 'ok') w.status = r.status;
        return w;
      }),
    };
    const sendChannels =
      !this.omit.has('channels') && now - this.channelsSentAt > CHANNELS_EVERY_MS;
    if (sendChannels) batch.channels = this.ctx.channels();
    if (ranges.length) batch.dropped = ranges;
    if (!this.omit.has('status')) batch.status = this.ctx.status();
    const results = this.omit.has('command_results') ? [] : this.ctx.takeCommandResults();
    if (results.length) batch.command_results = results;
    try {
      const result = await this.ctx.client.ingest(batch);
      this.ctx.clock.observe(result.sentAt, result.receivedAt, result.ack.server_time);
      if (sendChannels) this.channelsSentAt = now;
      this.onSuccess(result.ack);
      return result;
    } catch (err) {
      if (err instanceof HubError && err.status === 400) this.onRejected(err, readings);
      throw err;
    }
  }

  private onSuccess(ack: IngestAck): void {
    const now = Date.now();
    if (this.outageSince !== undefined || this.state.token_rejected) {
      const depth = this.ctx.outbox.stats().depth;
      this.ctx.log.info(
        { outage_ms: now - (this.outageSince ?? now), backlog: depth },
        `Hub reachable again after ${formatDuration(now - (this.outageSince ?? now))}; ${depth} readings buffered`,
      );
    }
    this.outageSince = undefined;
    this.backoff.reset();
    this.lastSendAt = now;
    Object.assign(this.state, {
      connected: true,
      last_ack_at: now,
      last_ack_seq: ack.ack_seq,
      token_rejected: false,
      batch_size: this.batchSize,
    });
  }

  /** 400: drop what the hub blames (or bisect), so the queue keeps moving. */
  private onRejected(err: HubError, readings: OutboxReading[]): void {
    const log = this.ctx.log;
    const parts = blamedParts(err.problem);
    for (const p of parts) this.omit.add(p);
    if (parts.size)
      log.error(
        { parts: [...parts] },
        `Hub rejected part of the batch (${[...parts].join(', ')}); sending without it from now on`,
      );
    const blamed = blamedReadings(err.problem, readings.length).map((i) => readings[i]!.seq);
    if (blamed.length === 0 && readings.length > 1 && parts.size === 0) {
      this.batchSize = Math.max(1, Math.floor(readings.length / 2));
      this.successes = 0;
      log.warn(
        { batch_size: this.batchSize },
        `Hub rejected a batch without naming readings (${problemSummary(err.problem)}); bisecting`,
      );
      return;
    }
    const poison = blamed.length
      ? blamed
      : readings.length === 1 && parts.size === 0
        ? [readings[0]!.seq]
        : [];
    if (poison.length === 0) return;
    this.ctx.outbox.reject(poison);
    log.error(
      { seqs: poison.slice(0, 20), count: poison.length },
      `Hub rejected ${poison.length} reading(s) as invalid; dropped and reported: ${problemSummary(err.problem)}`,
    );
  }

  private onFailure(err: unknown): number {
    const log = this.ctx.log;
    const now = Date.now();
    const message = errorMessage(err);
    this.state.connected = false;
    this.state.last_error = message;
    this.state.last_error_at = now;
    if (err instanceof HubError) {
      if (err.status === 401 || err.status === 403) {
        if (!this.state.token_rejected)
          log.error(
            { status: err.status },
            `Hub rejected the device token (${err.status}): re-pair this node with 'brewpit-edge pair <hub-url> <code>'; readings stay buffered`,
          );
        this.state.token_rejected = true;
        this.outageSince ??= now;
        return this.o.backoffMaxMs;
      }
      if (err.status === 413) {
        this.batchSize = Math.max(1, Math.floor(this.batchSize / 2));
        this.state.batch_size = this.batchSize;
        this.successes = 0;
        log.warn(
          { batch_size: this.batchSize },
          `Hub said the batch is too large (413); batch size now ${this.batchSize}`,
        );
        return 0;
      }
      if (err.status === 400) return 0; // handled in onRejected: retry right away
    }
    if (this.outageSince === undefined) {
      this.outageSince = now;
      log.warn({ code: errorCode(err) }, `${message}; buffering and retrying`);
    } else {
      log.debug({ code: errorCode(err), failures: this.backoff.failures }, message);
    }
    return this.backoff.next();
  }

  /**
   * After a 413 or a bisection the batch size grows back by doubling after every
   * {@link GROW_AFTER} successes in a row, so it does not flap against the hub's limit.
   */
  private recoverBatchSize(): void {
    const max = Math.min(this.o.batchMaxReadings, MAX_BATCH_READINGS);
    if (this.batchSize >= max || ++this.successes < GROW_AFTER) return;
    this.successes = 0;
    this.batchSize = Math.min(max, this.batchSize * 2);
    this.state.batch_size = this.batchSize;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
