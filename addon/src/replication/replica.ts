import { API_PREFIX } from '@brewpit/protocol';
import type { HubContext, HubModule } from '../context.js';
import { child, type Log } from '../log.js';
import type { Change } from '../store/index.js';
import { readSse } from './sse.js';
import type { ReplicaStatus } from './status.js';

/** Changes asked per page while catching up. */
const CATCH_UP_PAGE = 5000;
/** Live changes are applied together, at most this long after the first of them arrived. */
const APPLY_EVERY_MS = 200;
const APPLY_MAX = 2000;
/**
 * The primary sends a `head` event every second while quiet: nothing at all for this long
 * means the link is dead (a cut that dropped packets without closing), so the replica reconnects.
 */
const SILENCE_MS = 5000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 10_000;

/** The primary said the cursor is older than its log: only a full import catches up. */
class FellBehind extends Error {}

/**
 * Follows another hub (`replicate_from`) with a read-only token: a full export first, then the
 * changes feed until caught up, then the live stream. Each batch of the primary's changes is
 * applied in one transaction with the cursor it reaches, so a kill at any moment resumes from
 * exactly what was kept: the primary's data, nothing missing, nothing twice. Any failure (link
 * cut, primary down) is retried with backoff from the stored cursor, for as long as it lasts.
 */
export class ReplicaModule implements HubModule {
  private readonly log: Log;
  private readonly stopping = new AbortController();
  private running: Promise<void> | null = null;
  /** The wait before the next attempt; back to the minimum once a stream is live again. */
  private backoff = BACKOFF_MIN_MS;

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:replica');
  }

  private get status(): ReplicaStatus {
    return this.ctx.replica;
  }

  private get api(): string {
    return `${this.ctx.settings.replicate_from!.replace(/\/+$/, '')}${API_PREFIX}`;
  }

  async start(): Promise<void> {
    this.status.source = this.ctx.settings.replicate_from!;
    this.status.cursor = this.ctx.store.replication.replicaCursor() ?? 0;
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        await this.follow();
      } catch (err) {
        if (this.stopping.signal.aborted) break;
        const message = err instanceof Error ? err.message : String(err);
        this.status.state = 'disconnected';
        this.status.lastError = message;
        this.status.reconnects++;
        this.log.warn(
          `Failed to follow ${this.status.source}: ${message}; retrying in ${this.backoff} ms`,
        );
        await sleep(this.backoff, this.stopping.signal);
        this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
      }
    }
  }

  /** One connection's worth of following: import if needed, catch up, then stream. */
  private async follow(): Promise<void> {
    let cursor = this.ctx.store.replication.replicaCursor();
    for (;;) {
      try {
        if (cursor === null) cursor = await this.fullImport();
        cursor = await this.catchUp(cursor);
        await this.stream(cursor);
        return;
      } catch (err) {
        if (!(err instanceof FellBehind)) throw err;
        this.log.warn("Fell out of the primary's change log: starting again from a full export");
        cursor = null;
      }
    }
  }

  private async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const signal = init.signal ?? this.stopping.signal;
    const res = await fetch(`${this.api}${path}`, {
      ...init,
      signal,
      headers: {
        authorization: `Bearer ${this.ctx.settings.replicate_token}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    if (res.status === 410) {
      await res.body?.cancel();
      throw new FellBehind();
    }
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 200)}`);
    }
    return res;
  }

  /** Replaces everything with a full export of the primary; returns its cursor. */
  private async fullImport(): Promise<number> {
    this.status.state = 'importing';
    const imp = this.ctx.store.replication.importer();
    imp.wipe();
    const res = await this.fetch('/export');
    const decoder = new TextDecoder();
    let buf = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buf += decoder.decode(chunk, { stream: true });
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.trim()) imp.line(JSON.parse(line));
      }
    }
    const r = imp.finish();
    this.status.imports++;
    this.status.applied(r.cursor, r.cursor);
    this.log.info({ counts: r.counts }, `Imported a full export of ${this.status.source}`);
    return r.cursor;
  }

  /** Pages of the changes feed until a short one: the replica then holds the primary's head. */
  private async catchUp(from: number): Promise<number> {
    this.status.state = 'catching_up';
    let cursor = from;
    for (;;) {
      const res = await this.fetch(`/changes?cursor=${cursor}&limit=${CATCH_UP_PAGE}`);
      const page = (await res.json()) as { changes: Change[]; next: number; head: number };
      if (page.changes.length) this.ctx.store.replication.applyChanges(page.changes, page.next);
      cursor = page.next;
      this.status.applied(cursor, page.head);
      if (page.changes.length < CATCH_UP_PAGE) return cursor;
    }
  }

  /** The live stream from `from`, until the link fails (throws) or the hub stops. */
  private async stream(from: number): Promise<void> {
    const link = new AbortController();
    const onStop = () => link.abort();
    this.stopping.signal.addEventListener('abort', onStop);
    let silence: NodeJS.Timeout | undefined;
    const watch = () => {
      clearTimeout(silence);
      silence = setTimeout(() => link.abort(new Error('The stream went silent')), SILENCE_MS);
    };
    let cursor = from;
    let pending: Change[] = [];
    let flushAt: NodeJS.Timeout | undefined;
    const flush = () => {
      clearTimeout(flushAt);
      flushAt = undefined;
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      this.ctx.store.replication.applyChanges(batch, batch[batch.length - 1]!.id);
      this.status.applied(batch[batch.length - 1]!.id, this.status.sourceHead);
    };
    try {
      watch();
      const res = await this.fetch('/stream', {
        signal: link.signal,
        headers: { 'last-event-id': String(from), accept: 'text/event-stream' },
      });
      this.status.state = 'live';
      this.status.lastError = null;
      this.backoff = BACKOFF_MIN_MS;
      for await (const ev of readSse(res.body!)) {
        watch();
        if (ev.event === 'gone') throw new FellBehind();
        if (ev.event === 'head') {
          const { head } = JSON.parse(ev.data) as { head: number };
          flush();
          this.status.applied(this.status.cursor, head);
          continue;
        }
        if (ev.event !== 'change') continue;
        const c = JSON.parse(ev.data) as Change;
        if (c.id <= cursor) continue;
        if (c.id !== cursor + 1 && cursor !== 0) {
          throw new Error(`The stream skipped from change ${cursor} to ${c.id}`);
        }
        cursor = c.id;
        this.status.sourceHead = Math.max(this.status.sourceHead, c.id);
        pending.push(c);
        if (pending.length >= APPLY_MAX) flush();
        else flushAt ??= setTimeout(flush, APPLY_EVERY_MS);
      }
      throw new Error('The primary ended the stream');
    } catch (err) {
      if (
        link.signal.aborted &&
        !this.stopping.signal.aborted &&
        link.signal.reason instanceof Error
      )
        throw link.signal.reason;
      throw err;
    } finally {
      // Whole events received before a cut are applied: they are the primary's committed changes.
      flush();
      clearTimeout(silence);
      this.stopping.signal.removeEventListener('abort', onStop);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}
