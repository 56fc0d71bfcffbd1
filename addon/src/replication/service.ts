import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { HubCore } from '../core.js';
import { notFound, Refused, unprocessable } from '../errors.js';
import { ImportRefused, UnknownTable, type ApiTokenRow, type ChangePage } from '../store/index.js';
import { VERSION } from '../version.js';

/** The longest line an import reads: a readings line of 1,000 points is about 40 KB. */
const MAX_IMPORT_LINE = 1 << 20;

/**
 * Full export, import, the changes feed and read-only tokens: the one place each of them is
 * done, whichever adapter (HTTP route, CLI, the replica) asks.
 */
export class ReplicationService {
  constructor(private readonly core: HubCore) {}

  /**
   * Writes the full export to `out` as NDJSON, pulling the next line only once `out` took the
   * previous ones (backpressure): a slow client holds one page in memory, never the store.
   * Stops when `out` is destroyed (client gone).
   */
  async exportTo(out: Writable, actor: string): Promise<void> {
    this.core.store.audit.add(actor, 'export', null);
    this.arm();
    const lines = this.core.store.replication.exportLines(VERSION);
    try {
      for await (const line of lines) {
        if (out.destroyed) break;
        if (!out.write(line)) {
          await Promise.race([once(out, 'drain'), once(out, 'close')]);
        }
      }
    } finally {
      await lines.return(undefined);
    }
  }

  /**
   * Imports an export read from `input` into this hub, which must hold no data of its own
   * (409 otherwise); refuses a malformed, truncated or foreign file (422) having written
   * nothing it keeps: a refused import leaves an empty hub again.
   */
  async importFrom(input: Readable, actor: string): Promise<{ counts: Record<string, number> }> {
    const imp = this.core.store.replication.importer();
    if (!imp.isEmpty())
      throw new Refused('conflict', 'Conflict', 'Import needs an empty hub: this one holds data');
    try {
      let n = 0;
      const rl = createInterface({ input, crlfDelay: Infinity });
      for await (const text of rl) {
        n++;
        if (text.length > MAX_IMPORT_LINE)
          throw new ImportRefused(`Line ${n} is longer than ${MAX_IMPORT_LINE} characters`);
        if (!text.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          throw new ImportRefused(`Line ${n} is not JSON`);
        }
        imp.line(value);
      }
      const r = imp.finish();
      this.core.store.audit.add(actor, 'import', null, r.counts);
      this.core.log.info({ counts: r.counts }, 'Imported a full export');
      return { counts: r.counts };
    } catch (err) {
      imp.wipe();
      if (err instanceof ImportRefused || err instanceof UnknownTable)
        throw unprocessable(`Import refused: ${err.message}`, undefined, 'Import refused');
      throw err;
    }
  }

  /**
   * Starts the change log if nobody followed this hub before (see `SqliteChangeLog`): every
   * way of following it (export, changes feed, stream, a read-only token for a replica or a
   * dashboard) calls this first. Returns the cursor of the arming.
   */
  arm(): number {
    const store = this.core.store.replication;
    if (store.armed()) return store.arm();
    const from = store.arm();
    this.core.log.info({ cursor: from }, 'Change log armed: changes are logged from now on');
    return from;
  }

  /** A page of the changes feed, or `gone` when the cursor fell out of the log. */
  changes(cursor: number, limit: number): ChangePage {
    this.arm();
    return this.core.store.replication.changes(cursor, limit);
  }

  /** Creates a read-only API token; its secret is shown once. */
  async createToken(name: string, actor: string): Promise<ApiTokenRow & { token: string }> {
    const secret = await this.core.store.apiTokens.mintSecret();
    // A read-only token is made to follow this hub: the log starts now, not at its first call.
    this.arm();
    const { token, row } = this.core.store.apiTokens.create(name, Date.now(), secret);
    this.core.store.audit.add(actor, 'token.create', row.id, { name, kind: row.kind });
    return { ...row, token };
  }

  listTokens(): ApiTokenRow[] {
    return this.core.store.apiTokens.list();
  }

  revokeToken(id: string, actor: string): void {
    if (!this.core.store.apiTokens.revoke(id)) throw notFound(`No live token ${id}`);
    this.core.store.audit.add(actor, 'token.revoke', id);
  }
}
