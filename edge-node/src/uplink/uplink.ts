import {
  MAX_BATCH_READINGS,
  type Channel,
  type DroppedRange,
  type EdgeStatus,
  type IngestAck,
  type IngestBatch,
} from '@brewpit/protocol';
import { HubError, errorCode, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Outbox, OutboxReading } from '../outbox/outbox.js';
import { formatDuration } from '../config/units.js';
import { Backoff } from './backoff.js';
import type { HubClient, IngestResult } from './client.js';
import type { ClockOffset } from './clock.js';
import { DrainTracker, type DrainProgress } from './drain.js';
import { readBatch, wireReadings, type Batch } from './batch.js';
import { planRejection, problemSummary } from './rejections.js';

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

/** A request on its way to the hub. */
interface InFlight {
  batch: Batch;
  /** The outbox's ack when the request went out. */
  ackAtSend: number;
  outcome: Promise<{ ok: true; result: IngestResult } | { ok: false; error: unknown }>;
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

/** Requests open at once while draining a backlog (see {@link Uplink.pump}). */
const MAX_IN_FLIGHT = 2;
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
    const batch = this.nextBatch(0);
    const pending = batch.readings.length > 0 || batch.ranges.length > 0;
    const now = Date.now();
    const wait = this.youngFor(batch, now);
    if (wait > 0) return wait;
    if (!pending && now - this.lastSendAt < this.o.heartbeatMs)
      return this.o.heartbeatMs - (now - this.lastSendAt);
    await this.pump(batch);
    return 0;
  }

  private nextBatch(afterSeq: number): Batch {
    return readBatch(this.ctx.outbox, this.batchSize, afterSeq);
  }

  /**
   * How long to wait for companions of a batch that is not full: only while its oldest
   * reading is younger than the age limit. A timestamp "in the future" (the clock was
   * corrected backwards) counts as due.
   */
  private youngFor(batch: Batch, now: number): number {
    const first = batch.readings[0];
    if (batch.more || !first) return 0;
    const age = this.ctx.clock.now(now) - first.ts;
    return age >= 0 && age < this.o.batchMaxAgeMs ? this.o.batchMaxAgeMs - age : 0;
  }

  /**
   * Sends `first` and, while a backlog of full batches remains, the batches after it, with
   * at most {@link MAX_IN_FLIGHT} requests open: the next batch is read, serialised and
   * compressed while the hub stores the previous one. Answers are applied in the order the
   * batches went out. The hub acknowledges the contiguous prefix it holds, so a batch
   * arriving before its predecessor is stored and covered by a later ack; when a request
   * fails, the ones still open are awaited, the error goes to `onFailure`, and the next round
   * resends from the first unacknowledged seq.
   */
  private async pump(first: Batch): Promise<void> {
    const { outbox } = this.ctx;
    const open: InFlight[] = [];
    let prev: Batch | undefined;
    const launch = (): void => {
      while (open.length < MAX_IN_FLIGHT && this.running) {
        let batch = first;
        if (prev) {
          // Read when it can go out at once, so thinning cannot take rows from under it.
          if (!prev.more) return;
          batch = this.nextBatch(prev.last);
          const empty = batch.readings.length === 0 && batch.ranges.length === 0;
          if (empty || this.youngFor(batch, Date.now()) > 0) return;
        }
        prev = batch;
        // Thinning leaves what is in flight alone, so a reading is never both delivered and
        // reported dropped.
        outbox.inFlightUpTo = Math.max(outbox.inFlightUpTo, batch.last);
        open.push({
          batch,
          ackAtSend: outbox.lastAckSeq(),
          outcome: this.send(batch.readings, batch.ranges).then(
            (result) => ({ ok: true as const, result }),
            (error: unknown) => ({ ok: false as const, error }),
          ),
        });
      }
    };
    try {
      launch();
      for (let head = open.shift(); head; head = open.shift()) {
        const outcome = await head.outcome;
        if (!outcome.ok) {
          // Later answers may still carry a good ack; the failure decides what happens next.
          for (const rest of open.splice(0)) {
            const o = await rest.outcome;
            if (o.ok) this.apply(rest, o.result.ack);
          }
          throw outcome.error;
        }
        this.apply(head, outcome.result.ack);
        launch();
        await this.ctx.onAck(outcome.result.ack);
      }
    } finally {
      outbox.inFlightUpTo = 0;
    }
  }

  /** Applies one answer's ack to the outbox and the drain progress. */
  private apply(sent: InFlight, ack: IngestAck): void {
    const { outbox } = this.ctx;
    const last = outbox.lastAckSeq();
    // An answer to a request that overlapped another can be older news than the ack already
    // applied (the hub stored the later batch first): not a hub that went backwards. Only an
    // ack below what was known when the request went out means the hub lost data.
    if (ack.ack_seq < last && ack.ack_seq >= sent.ackAtSend) return;
    const before = outbox.depth;
    outbox.ack(ack.ack_seq);
    const { readings } = sent.batch;
    if (readings.length > 0 && ack.ack_seq < readings[0]!.seq) {
      this.ctx.log.debug(
        { ack_seq: ack.ack_seq, first_seq: readings[0]!.seq },
        'Hub acknowledged none of the batch (gap before it)',
      );
    }
    const after = outbox.depth;
    this.drain.update(Math.max(0, before - after), after);
    this.recoverBatchSize();
  }

  private async send(readings: OutboxReading[], ranges: DroppedRange[]): Promise<IngestResult> {
    const now = Date.now();
    const batch: IngestBatch = { boot_id: this.ctx.bootId, readings: wireReadings(readings) };
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
      const depth = this.ctx.outbox.depth;
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
    const plan = planRejection(err.problem, readings);
    for (const p of plan.omit) this.omit.add(p);
    if (plan.omit.size)
      log.error(
        { parts: [...plan.omit] },
        `Hub rejected part of the batch (${[...plan.omit].join(', ')}); sending without it from now on`,
      );
    if (plan.bisectTo !== undefined) {
      this.batchSize = plan.bisectTo;
      this.successes = 0;
      log.warn(
        { batch_size: this.batchSize },
        `Hub rejected a batch without naming readings (${problemSummary(err.problem)}); bisecting`,
      );
    }
    if (plan.drop.length === 0) return;
    this.ctx.outbox.reject(plan.drop);
    log.error(
      { seqs: plan.drop.slice(0, 20), count: plan.drop.length },
      `Hub rejected ${plan.drop.length} reading(s) as invalid; dropped and reported: ${problemSummary(err.problem)}`,
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
