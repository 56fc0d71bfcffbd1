import {
  MAX_BATCH_READINGS,
  type Channel,
  type EdgeStatus,
  type IngestAck,
  type IngestBatch,
} from '@brewpit/protocol';
import { HubError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Outbox } from '../outbox/outbox.js';
import type { IngestParts } from './body.js';
import type { HubClient, IngestResult } from './client.js';
import type { ClockOffset } from './clock.js';
import { DrainTracker, type DrainProgress } from './drain.js';
import { BatchFailed, readBatch, readingsOf, type Batch, type InFlight } from './batch.js';
import { LinkHealth, type UplinkState } from './health.js';
import { isRefusal, planRejection, problemSummary, type BatchPart } from './rejections.js';

export type { UplinkState } from './health.js';

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

/** Requests open at once while draining a backlog (see {@link Uplink.pump}). */
const MAX_IN_FLIGHT = 2;
const GROW_AFTER = 20;
/** Resend the channel declarations this often even when the hub knows them. */
const CHANNELS_EVERY_MS = 10 * 60_000;

/**
 * Sends the outbox to the hub, oldest first, until stopped. A reading goes out as soon as it
 * is stored (`batch_max_age` 0, the default): at a few readings a second each is its own
 * request. Batching comes by itself under load: what is stored while a request is open goes
 * out together with the next; after an outage the backlog drains in full batches back to back.
 * Failures back off exponentially with full jitter; nothing is deleted before the hub
 * acknowledges it.
 *
 * 4xx policy: 401/403 → the token is wrong: log once, keep buffering, retry at the backoff
 * cap (a fresh `pair` is picked up without restart). 413 → halve the batch size. 400, 409,
 * 422 → the hub cannot store the batch as it is: see {@link onRefused}; the queue never
 * waits behind it. Any other failure (404, 429, 5xx, no answer, an answer too large) is
 * retried with backoff, the readings kept.
 */
export class Uplink {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private batchSize: number;
  private readonly drain: DrainTracker;
  private readonly health: LinkHealth;
  private channelsSentAt = 0;
  private readonly omit = new Set<BatchPart>();
  private successes = 0;
  /** Successes to go before requests overlap again (after the hub refused one sent ahead). */
  private inOrder = 0;
  /** A reading refused alone, without being named, while the hub took an empty batch. */
  private suspect: number | undefined;

  constructor(
    private readonly ctx: UplinkContext,
    private readonly o: UplinkOptions,
  ) {
    this.batchSize = Math.min(o.batchMaxReadings, MAX_BATCH_READINGS);
    this.drain = new DrainTracker(ctx.log, Math.max(2 * this.batchSize, 1000));
    this.health = new LinkHealth(ctx.log, { ...o, batchSize: this.batchSize });
  }

  /** Hub-side state for `status`. */
  get state(): UplinkState {
    return this.health.state;
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
        if (!this.running) break; // stopping aborts the request in flight
        waitMs = await this.onFailure(err);
      }
      if (waitMs > 0 && this.running) await this.sleep(waitMs);
    }
  }

  /** One round: sends a batch if one is due; returns how long to wait before the next. */
  private async step(): Promise<number> {
    const { outbox } = this.ctx;
    if (outbox.needsSeqSync()) {
      const { ack } = await this.post(this.prepare(undefined));
      outbox.syncSeqBase(ack.ack_seq);
      // Commands queued while the node was away come in this answer: the hub counts them as
      // delivered, so dropping them here would delay them by the hub's resend backoff.
      await this.ctx.onAck(ack);
      return 0;
    }
    const batch = this.nextBatch(0);
    const pending = batch.readings.count > 0 || batch.ranges.length > 0;
    const now = Date.now();
    const wait = this.youngFor(batch, now);
    if (wait > 0) return wait;
    const idle = now - this.health.lastAnswerAt;
    if (!pending && idle < this.o.heartbeatMs) return this.o.heartbeatMs - idle;
    await this.pump(batch);
    return 0;
  }

  private nextBatch(afterSeq: number): Batch {
    // Columns when the body will be MessagePack: the form its encoder reads fastest.
    const form = this.ctx.client.takesMsgpack ? 'columns' : 'json';
    return readBatch(this.ctx.outbox, this.batchSize, afterSeq, form);
  }

  /**
   * How long to wait for companions of a batch that is not full: only while its oldest
   * reading is younger than the age limit. A timestamp "in the future" (the clock was
   * corrected backwards) counts as due.
   */
  private youngFor(batch: Batch, now: number): number {
    const first = batch.readings.first;
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
   * fails, the ones still open are awaited, the failure goes to `onFailure`, and the next
   * round resends from the first unacknowledged seq.
   */
  private async pump(first: Batch): Promise<void> {
    const { outbox } = this.ctx;
    const open: InFlight[] = [];
    let prev: Batch | undefined;
    const launch = (): void => {
      while (open.length < (this.inOrder > 0 ? 1 : MAX_IN_FLIGHT) && this.running) {
        let batch = first;
        if (prev) {
          // Read when it can go out at once, so thinning cannot take rows from under it.
          if (!prev.more) return;
          batch = this.nextBatch(prev.last);
          const empty = batch.readings.count === 0 && batch.ranges.length === 0;
          if (empty || this.youngFor(batch, Date.now()) > 0) return;
        }
        prev = batch;
        // Thinning leaves what is in flight alone, so a reading is never both delivered and
        // reported dropped.
        outbox.inFlightUpTo = Math.max(outbox.inFlightUpTo, batch.last);
        const request = this.prepare(batch);
        open.push({
          batch,
          ackAtSend: outbox.lastAckSeq(),
          ahead: open.length > 0,
          declared: request.declared,
          outcome: this.post(request).then(
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
          throw new BatchFailed(outcome.error, head);
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
    const first = sent.batch.readings.first;
    if (first && ack.ack_seq < first.seq) {
      this.ctx.log.debug(
        { ack_seq: ack.ack_seq, first_seq: first.seq },
        'Hub acknowledged none of the batch (gap before it)',
      );
    }
    const after = outbox.depth;
    this.drain.update(Math.max(0, before - after), after);
    if (this.inOrder > 0) this.inOrder--;
    this.recoverBatchSize();
  }

  /** The request body for `batch` (none: an empty one), with what else is due. */
  private prepare(batch: Batch | undefined): { parts: IngestParts; declared: boolean } {
    const rest: Omit<IngestBatch, 'boot_id' | 'readings'> = {};
    const declared =
      !this.omit.has('channels') && Date.now() - this.channelsSentAt > CHANNELS_EVERY_MS;
    if (declared) rest.channels = this.ctx.channels();
    if (batch?.ranges.length) rest.dropped = batch.ranges;
    if (!this.omit.has('status')) rest.status = this.ctx.status();
    const results = this.omit.has('command_results') ? [] : this.ctx.takeCommandResults();
    if (results.length) rest.command_results = results;
    const parts = { bootId: this.ctx.bootId, readings: batch?.readings ?? { json: '[]' }, rest };
    return { parts, declared };
  }

  private async post(request: { parts: IngestParts; declared: boolean }): Promise<IngestResult> {
    const sentAt = Date.now();
    const result = await this.ctx.client.ingest(request.parts);
    this.ctx.clock.observe(result.sentAt, result.receivedAt, result.ack.server_time);
    if (request.declared) this.channelsSentAt = sentAt;
    this.health.answered(result.ack, this.ctx.outbox.depth);
    this.state.batch_size = this.batchSize;
    return result;
  }

  private async onFailure(err: unknown): Promise<number> {
    const sent = err instanceof BatchFailed ? err.sent : undefined;
    const cause = err instanceof BatchFailed ? err.error : err;
    if (isRefusal(cause)) return this.onRefused(cause, sent);
    if (cause instanceof HubError && cause.status === 413) {
      this.health.noted(cause);
      this.shrink(Math.max(1, Math.floor(this.batchSize / 2)));
      this.ctx.log.warn(
        { batch_size: this.batchSize },
        `Hub said the batch is too large (413); batch size now ${this.batchSize}`,
      );
      return 0;
    }
    return this.health.failed(cause);
  }

  /**
   * The hub refused a batch as it is (400, 409, 422). A batch sent ahead of an unanswered one
   * is not at fault by itself (the hub may refuse the seq gap it would leave): it goes again,
   * in order, and requests stop overlapping for a while. A batch starting at the hub's ack is
   * taken apart by {@link planRejection}; what it drops is reported to the hub as dropped
   * ranges and counted as rejected (`brewpit-edge status`). Nothing is dropped when the hub
   * refuses everything, even an empty batch: that is the hub's fault, retried with backoff.
   */
  private async onRefused(err: HubError, sent: InFlight | undefined): Promise<number> {
    const log = this.ctx.log;
    this.health.noted(err);
    if (sent?.ahead) {
      this.inOrder = GROW_AFTER;
      log.warn(
        `Hub refused a batch sent ahead of the one before it (${problemSummary(err.problem)}); sending one batch at a time`,
      );
      return 0;
    }
    const readings = sent ? readingsOf(sent.batch) : [];
    const plan = planRejection(err.problem, readings, sent?.declared ?? false);
    for (const p of plan.omit) this.omit.add(p);
    if (plan.omit.size)
      log.error(
        { parts: [...plan.omit] },
        `Hub refused part of the batch (${[...plan.omit].join(', ')}); sending without it from now on`,
      );
    if (plan.resendChannels) {
      this.channelsSentAt = 0;
      log.warn(
        `Hub does not know a channel (${problemSummary(err.problem)}); declaring them again`,
      );
      return 0;
    }
    if (plan.bisectTo !== undefined) {
      this.shrink(plan.bisectTo);
      log.warn(
        { batch_size: this.batchSize },
        `Hub refused a batch without naming readings (${problemSummary(err.problem)}); bisecting`,
      );
      return 0;
    }
    if (plan.probe !== undefined && this.suspect !== plan.probe) {
      // Convicted only if refused again right after the hub took a batch without it.
      try {
        await this.heartbeat();
      } catch {
        return this.health.failed(err); // it refuses more than this reading
      }
      this.suspect = plan.probe;
      return 0;
    }
    if (plan.probe !== undefined) plan.drop.push(plan.probe);
    if (plan.drop.length === 0) return plan.omit.size > 0 ? 0 : this.health.failed(err);
    this.ctx.outbox.reject(plan.drop);
    log.error(
      { seqs: plan.drop.slice(0, 20), count: plan.drop.length },
      `Hub refused ${plan.drop.length} reading(s) it cannot store; dropped, reported as dropped and counted: ${problemSummary(err.problem)}`,
    );
    return 0;
  }

  /** An empty batch: status and whatever else is due, and the answer's config and commands. */
  private async heartbeat(): Promise<void> {
    const { ack } = await this.post(this.prepare(undefined));
    await this.ctx.onAck(ack);
  }

  private shrink(size: number): void {
    this.batchSize = size;
    this.state.batch_size = size;
    this.successes = 0;
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
