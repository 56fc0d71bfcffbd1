import type { EventOutboxStore, OutboxEvent } from './contract.js';
import type { Db } from './db.js';

interface Row {
  id: number;
  event_type: string;
  data_json: string;
  created_at: number;
}

/** The Home Assistant event outbox (table `ha_events`, stream id in `meta`). */
export class SqliteEventOutbox implements EventOutboxStore {
  private readonly stmts;
  private streamId: string | null = null;

  constructor(private readonly db: Db) {
    this.stmts = {
      stream: db.prepare("SELECT value FROM meta WHERE key = 'ha_event_stream'").pluck(),
      append: db.prepare(
        'INSERT INTO ha_events (event_type, data_json, created_at) VALUES (?, ?, ?)',
      ),
      pending: db.prepare(
        'SELECT id, event_type, data_json, created_at FROM ha_events WHERE id > ? ORDER BY id LIMIT ?',
      ),
      ack: db.prepare('DELETE FROM ha_events WHERE id <= ?'),
      // AUTOINCREMENT keeps its high-water mark in sqlite_sequence; raising it keeps new ids
      // above one Home Assistant already fired (a store restored from an older backup).
      raise: db.prepare(
        "UPDATE sqlite_sequence SET seq = @id WHERE name = 'ha_events' AND seq < @id",
      ),
      seed: db.prepare(`INSERT INTO sqlite_sequence (name, seq) SELECT 'ha_events', @id
        WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'ha_events')`),
      expired: db.prepare(
        'SELECT id, event_type, created_at FROM ha_events WHERE created_at < ? ORDER BY id',
      ),
      expire: db.prepare('DELETE FROM ha_events WHERE created_at < ?'),
      count: db.prepare('SELECT count(*) FROM ha_events').pluck(),
    };
  }

  stream(): string {
    this.streamId ??= this.stmts.stream.get() as string;
    return this.streamId;
  }

  append(eventType: string, data: Record<string, unknown>, now = Date.now()): number {
    return Number(this.stmts.append.run(eventType, JSON.stringify(data), now).lastInsertRowid);
  }

  pending(afterId: number, limit: number): OutboxEvent[] {
    return (this.stmts.pending.all(afterId, limit) as Row[]).map((r) => ({
      id: r.id,
      event_type: r.event_type,
      data: JSON.parse(r.data_json) as Record<string, unknown>,
      created_at: r.created_at,
    }));
  }

  ack(id: number): number {
    return this.db.transaction(() => {
      const n = this.stmts.ack.run(id).changes;
      this.stmts.raise.run({ id });
      this.stmts.seed.run({ id });
      return n;
    })();
  }

  expire(before: number): Omit<OutboxEvent, 'data'>[] {
    return this.db.transaction(() => {
      const rows = this.stmts.expired.all(before) as Omit<OutboxEvent, 'data'>[];
      if (rows.length) this.stmts.expire.run(before);
      return rows;
    })();
  }

  count(): number {
    return this.stmts.count.get() as number;
  }
}
