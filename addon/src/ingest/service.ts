import type { IngestAck, IngestBatch } from '@brewpit/protocol';
import type { CommandsService } from '../commands/service.js';
import type { HubCore } from '../core.js';
import type { IngestResult } from '../store/index.js';
import { configEtag } from '../devices/etag.js';
import { quotaReached, Refused } from '../errors.js';
import { child, type Log } from '../log.js';

/**
 * Channels one device may have. A smoker node has a pit and a few meat probes, a fermentation
 * node a few chambers with three channels each; an edge announcing hundreds is broken or
 * hostile, and each channel becomes a series and a Home Assistant entity.
 */
export const MAX_CHANNELS_PER_DEVICE = 128;

/**
 * Batches stored in one transaction at the most (with their readings, see
 * {@link MAX_GROUP_READINGS}): enough for every edge of a busy site to share one commit, few
 * enough that one group holds the event loop for tens of milliseconds, not seconds.
 */
const MAX_GROUP_BATCHES = 16;
/** Readings stored in one transaction at the most (a group takes at least one batch). */
const MAX_GROUP_READINGS = 10_000;
/**
 * Longest a queued batch waits for requests whose bodies are still being read. Only then:
 * a batch that arrives while no other is on its way is stored on the next turn of the loop.
 */
const MAX_GROUP_WAIT_MS = 5;

interface Job {
  deviceId: string;
  batch: IngestBatch;
  resolve: (ack: IngestAck) => void;
  reject: (err: unknown) => void;
}

type Outcome =
  | {
      batch: IngestBatch;
      result: IngestResult;
      /** Announced channels left out for the quota (reported once the batch is committed). */
      leftOut: string[];
    }
  | { err: unknown };

/**
 * An edge node's batch: stored and acknowledged by seq, with the device's due commands in the
 * answer. `command_results` in the batch acknowledge earlier commands (the same as the ack
 * endpoint, for edges that prefer one round trip).
 *
 * Group commit: batches that arrive while the event loop is busy are stored together in one
 * transaction, so several requests share one commit (one fsync of the WAL) instead of paying one
 * each. Each batch still stands alone: one refused leaves the others stored (see `storeGroup`),
 * and every request is answered only after the commit that made its batch durable. A batch that
 * arrives alone waits for nothing: the group is written on the next turn of the event loop
 * (`setImmediate`), after the I/O callbacks already due. Under load, while other authenticated
 * requests are still being read, it waits for them a few milliseconds.
 */
export class IngestService {
  private readonly log: Log;
  private queue: Job[] = [];
  private scheduled = false;
  /** Authenticated ingest requests whose batch is not queued yet (body being read, parsed). */
  private onTheWay = 0;
  private waitTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly core: HubCore,
    private readonly commands: CommandsService,
  ) {
    this.log = child(core.log, 'hub:ingest');
  }

  /**
   * Stores a validated batch and resolves with its acknowledgement once it is committed;
   * rejects with `IngestRejected` when it names an unknown channel or holds what the store
   * cannot keep, `Refused` (422) when its readings use channels over the quota.
   */
  ingest(deviceId: string, batch: IngestBatch): Promise<IngestAck> {
    return new Promise((resolve, reject) => {
      this.queue.push({ deviceId, batch, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Counts a request on its way (authenticated, its body not read yet) until the returned
   * function is called (its batch queued, or the request failed or closed): under load a
   * group waits for such requests, up to {@link MAX_GROUP_WAIT_MS}, so more of them share
   * a commit.
   */
  arriving(): () => void {
    this.onTheWay++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.onTheWay--;
      this.schedule();
    };
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    if (this.onTheWay > 0) {
      this.waitTimer ??= setTimeout(() => {
        this.waitTimer = null;
        this.flushSoon();
      }, MAX_GROUP_WAIT_MS);
      return;
    }
    this.flushSoon();
  }

  private flushSoon(): void {
    if (this.scheduled) return;
    if (this.waitTimer) clearTimeout(this.waitTimer);
    this.waitTimer = null;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Stores one group in one transaction, then answers each of its requests. */
  private flush(): void {
    let readings = 0;
    let n = 0;
    while (n < this.queue.length && n < MAX_GROUP_BATCHES) {
      readings += this.queue[n]!.batch.readings.length;
      n++;
      if (readings >= MAX_GROUP_READINGS) break;
    }
    const jobs = this.queue.splice(0, n);
    this.schedule();
    const started = performance.now();
    const outcomes = this.storeGroup(jobs);
    this.core.metrics.runtime.commit((performance.now() - started) / 1000);
    jobs.forEach((job, i) => {
      const o = outcomes[i]!;
      if ('err' in o) return job.reject(o.err);
      try {
        if (o.leftOut.length > 0) this.reportLeftOut(job.deviceId, o.leftOut);
        job.resolve(this.afterCommit(job.deviceId, o.batch, o.result));
      } catch (err) {
        job.reject(err);
      }
    });
  }

  /**
   * Stores a group in one transaction. First with no savepoint: SQLite then keeps no copy of the
   * pages the batches change (for a group of 1,000-reading batches those copies were as many
   * bytes as the WAL's, in a temporary file). If a batch is refused, nothing of that attempt is
   * kept, and the group is stored again with each other batch in a savepoint of its own, so that
   * a second refusal undoes only its batch; the refused batch is not run again. A group costs
   * at most twice its work, and only when one of its batches is refused.
   */
  private storeGroup(jobs: Job[]): Outcome[] {
    let refused = -1;
    let refusal: unknown;
    try {
      return this.core.store.transaction(() =>
        jobs.map((job, i): Outcome => {
          try {
            return this.storeBatch(job, false);
          } catch (err) {
            [refused, refusal] = [i, err];
            throw err;
          }
        }),
      );
    } catch (err) {
      // The commit itself failed: nothing of the group is durable, so nothing is acknowledged.
      if (refused < 0) return jobs.map(() => ({ err }));
    }
    if (jobs.length === 1) return [{ err: refusal }];
    return this.storeEachAlone(jobs, refused, refusal);
  }

  /** The group again, each batch in its own savepoint; batch `refused` is answered `refusal`. */
  private storeEachAlone(jobs: Job[], refused: number, refusal: unknown): Outcome[] {
    try {
      return this.core.store.transaction(() =>
        jobs.map((job, i): Outcome => {
          if (i === refused) return { err: refusal };
          try {
            return this.storeBatch(job, true);
          } catch (err) {
            return { err };
          }
        }),
      );
    } catch (err) {
      return jobs.map(() => ({ err }));
    }
  }

  /** One batch, inside the group's transaction; in a savepoint (a nested transaction) if `alone`. */
  private storeBatch(job: Job, alone: boolean): Outcome {
    const { store } = this.core;
    const run = (): Outcome => {
      const { batch, leftOut } = this.withinChannelQuota(job.deviceId, job.batch);
      const result = alone
        ? store.readings.ingest(job.deviceId, batch)
        : store.readings.ingestWithin(job.deviceId, batch);
      return { batch, result, leftOut };
    };
    return alone ? store.transaction(run) : run();
  }

  /** What follows a committed batch: metrics, command results, events, the answer. */
  private afterCommit(deviceId: string, batch: IngestBatch, result: IngestResult): IngestAck {
    const { store, bus, metrics } = this.core;
    metrics.batches.inc();
    metrics.readings.inc(result.stored.length);
    metrics.duplicates.inc(result.duplicates);
    if (result.duplicates > 0)
      this.log.debug({ deviceId, duplicates: result.duplicates }, 'Resent readings skipped');
    if (result.collisions > 0)
      this.log.warn(
        { deviceId, collisions: result.collisions },
        'Readings with a timestamp already stored for their channel were kept once',
      );
    for (const r of batch.command_results ?? []) {
      try {
        this.commands.ack(deviceId, r.id, r);
      } catch (err) {
        // An answer to a command the hub no longer knows (pruned, device re-paired) is not
        // worth refusing the readings for.
        if (!(err instanceof Refused)) throw err;
        this.log.debug({ deviceId, commandId: r.id }, 'Result for an unknown command ignored');
      }
    }
    bus.emit('deviceSeen', { deviceId, status: batch.status });
    if (result.stored.length > 0)
      bus.emit('readingsStored', { deviceId, readings: result.stored, channels: result.channels });
    return {
      ack_seq: result.ackSeq,
      server_time: Date.now(),
      config_etag: configEtag(store.devices.config(deviceId)!),
      commands: this.commands.deliver(deviceId),
    };
  }

  /**
   * Leaves out announcements of channels past {@link MAX_CHANNELS_PER_DEVICE} (counted and
   * logged once the batch is stored). A reading on such a channel is refused with a 422 naming
   * it, which the edge counts and drops; an announcement alone is not refused, because an edge
   * that sees its `channels` refused stops announcing any, and its renamed channels would never
   * reach the hub.
   */
  private withinChannelQuota(
    deviceId: string,
    batch: IngestBatch,
  ): { batch: IngestBatch; leftOut: string[] } {
    if (!batch.channels?.length) return { batch, leftOut: [] };
    const known = this.core.store.readings.seriesIds(deviceId);
    const fresh = [...new Set(batch.channels.map((c) => c.key))].filter((k) => !known.has(k));
    const room = Math.max(0, MAX_CHANNELS_PER_DEVICE - known.size);
    if (fresh.length <= room) return { batch, leftOut: [] };
    const over = new Set(fresh.slice(room));
    const errors = batch.readings
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => over.has(r.channel))
      .slice(0, 20)
      .map(({ r, i }) => ({
        path: `/readings/${i}/channel`,
        message: `channel '${r.channel}' is past this device's quota of ${MAX_CHANNELS_PER_DEVICE} channels`,
      }));
    if (errors.length) {
      // Reported here: a refused batch is never stored again (see `storeGroup`).
      this.reportLeftOut(deviceId, [...over]);
      throw quotaReached(
        `This device has its ${MAX_CHANNELS_PER_DEVICE} channels; readings on new channels are refused`,
        errors,
      );
    }
    return {
      batch: { ...batch, channels: batch.channels.filter((c) => !over.has(c.key)) },
      leftOut: [...over],
    };
  }

  private reportLeftOut(deviceId: string, over: string[]): void {
    this.core.metrics.quotaReached('channels_per_device', over.length);
    this.log.warn(
      { deviceId, channels: over.slice(0, 10) },
      `Device announced ${over.length} channel(s) past its quota of ${MAX_CHANNELS_PER_DEVICE}; left out`,
    );
  }
}
