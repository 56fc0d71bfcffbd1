import type { AuditEntry } from '@brewpit/protocol';
import type { AuditFilter, AuditStore } from './contract.js';
import type { Db } from './db.js';

/** The audit log: who changed what, newest first. Written by every admin action. */
export class SqliteAuditStore implements AuditStore {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      add: db.prepare(
        'INSERT INTO audit (ts, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)',
      ),
      list: db.prepare(`SELECT id, ts, actor, action, target, detail FROM audit
        WHERE (@action IS NULL OR action = @action) AND (@before IS NULL OR id < @before) ORDER BY id DESC LIMIT @limit`),
    };
  }

  add(
    actor: string,
    action: string,
    target: string | null,
    detail?: unknown,
    now = Date.now(),
  ): void {
    this.stmts.add.run(
      now,
      actor,
      action,
      target,
      detail === undefined ? null : JSON.stringify(detail),
    );
  }

  list(filter: AuditFilter): AuditEntry[] {
    const rows = this.stmts.list.all({
      action: filter.action ?? null,
      before: filter.before ?? null,
      limit: filter.limit,
    }) as (Omit<AuditEntry, 'detail'> & { detail: string | null })[];
    return rows.map((r) => ({
      ...r,
      detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown),
    }));
  }
}
