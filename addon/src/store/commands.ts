import { randomUUID } from 'node:crypto';
import type {
  Command,
  CommandAck,
  CommandRecord,
  CommandStatus,
  CommandType,
} from '@brewpit/protocol';
import type { CommandChange, CommandStore } from './contract.js';
import type { Db } from './db.js';

/** How long a command waits for its device unless the caller says otherwise. */
export const DEFAULT_COMMAND_TTL_MS = 60 * 60 * 1000;

/**
 * Resend schedule of a delivered but unacknowledged command: 10 s, 20 s, 40 s … capped at
 * 10 min, at most 8 sends. The edge polls by ingesting every few seconds, so 10 s covers one
 * lost answer; doubling stops a node that ignores a command from getting it on every batch.
 */
export const COMMAND_RETRY = { baseMs: 10_000, maxMs: 10 * 60_000, maxAttempts: 8 } as const;

/** Commands handed out per ingest answer, oldest first; the rest follow in the next answers. */
const MAX_PER_ANSWER = 20;

/** Delay before the next send after `attempts` sends. */
export function backoffMs(attempts: number): number {
  return Math.min(COMMAND_RETRY.maxMs, COMMAND_RETRY.baseMs * 2 ** Math.max(0, attempts - 1));
}

type Row = {
  id: string;
  device_id: string;
  type: CommandType;
  params_json: string;
  status: CommandStatus;
  attempts: number;
  created_at: number;
  updated_at: number;
  next_attempt_at: number | null;
  expires_at: number;
  result_json: string | null;
};

const OPEN = "status IN ('queued', 'delivered')";

/** The per-device command queue: delivery in ingest answers, acknowledgements, retries, expiry. */
export class SqliteCommandStore implements CommandStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      deviceExists: db.prepare('SELECT 1 FROM devices WHERE id = ?').pluck(),
      insert:
        db.prepare(`INSERT INTO commands (id, device_id, type, params_json, status, attempts, created_at, updated_at,
        next_attempt_at, expires_at) VALUES (@id, @device_id, @type, @params_json, 'queued', 0, @now, @now, @now, @expires_at)`),
      get: db.prepare('SELECT * FROM commands WHERE id = ? AND device_id = ?'),
      list: db.prepare(`SELECT * FROM commands WHERE device_id = @device AND (@status IS NULL OR status = @status)
        ORDER BY created_at DESC, id LIMIT @limit`),
      anyOpen: db.prepare(`SELECT 1 FROM commands WHERE device_id = ? AND ${OPEN} LIMIT 1`).pluck(),
      due: db.prepare(`SELECT * FROM commands WHERE device_id = ? AND ${OPEN} AND next_attempt_at <= ? AND expires_at > ?
        AND attempts < ${COMMAND_RETRY.maxAttempts} ORDER BY created_at, id LIMIT ${MAX_PER_ANSWER}`),
      // Two statements rather than `@device IS NULL OR …`, which would keep SQLite off the index
      // on the ingest path.
      staleOf: db.prepare(`SELECT * FROM commands WHERE device_id = @device AND ${OPEN}
        AND (expires_at <= @now OR (attempts >= ${COMMAND_RETRY.maxAttempts} AND next_attempt_at <= @now))`),
      staleAll: db.prepare(`SELECT * FROM commands WHERE ${OPEN}
        AND (expires_at <= @now OR (attempts >= ${COMMAND_RETRY.maxAttempts} AND next_attempt_at <= @now))`),
      setStatus:
        db.prepare(`UPDATE commands SET status = @status, attempts = @attempts, next_attempt_at = @next_attempt_at,
        result_json = @result_json, updated_at = @now WHERE id = @id`),
      counts: db.prepare('SELECT status, count(*) FROM commands GROUP BY status').raw(),
      prune: db.prepare(
        `DELETE FROM commands WHERE status NOT IN ('queued', 'delivered') AND updated_at < ?`,
      ),
    };
  }

  /** Queues a command for a device; null when the device does not exist. */
  enqueue(
    deviceId: string,
    type: CommandType,
    params: Record<string, unknown> = {},
    ttlMs = DEFAULT_COMMAND_TTL_MS,
    now = Date.now(),
  ): CommandRecord | null {
    if (this.stmts.deviceExists.get(deviceId) === undefined) return null;
    const id = randomUUID();
    this.stmts.insert.run({
      id,
      device_id: deviceId,
      type,
      params_json: JSON.stringify(params),
      now,
      expires_at: now + ttlMs,
    });
    return this.get(deviceId, id)!;
  }

  get(deviceId: string, id: string): CommandRecord | null {
    const row = this.stmts.get.get(id, deviceId) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  list(deviceId: string, status: CommandStatus | null = null, limit = 100): CommandRecord[] {
    return (this.stmts.list.all({ device: deviceId, status, limit }) as Row[]).map(toRecord);
  }

  /**
   * The commands to put in this ingest answer: queued ones and delivered ones whose resend is
   * due. Each is marked delivered with its next resend scheduled by `backoffMs`, in the same
   * transaction, so two concurrent answers never double-count an attempt.
   */
  deliver(deviceId: string, now = Date.now()): { commands: Command[]; changes: CommandChange[] } {
    // Most answers have nothing to deliver: one index lookup instead of a transaction each.
    if (this.stmts.anyOpen.get(deviceId) === undefined) return { commands: [], changes: [] };
    const changes: CommandChange[] = [];
    const commands = this.db.transaction(() => {
      changes.push(...this.closeStale(deviceId, now));
      return (this.stmts.due.all(deviceId, now, now) as Row[]).map((row) => {
        const attempts = row.attempts + 1;
        const next = {
          ...row,
          status: 'delivered' as const,
          attempts,
          next_attempt_at: now + backoffMs(attempts),
          updated_at: now,
        };
        this.stmts.setStatus.run({ ...next, now });
        if (row.status !== 'delivered')
          changes.push({ command: toRecord(next), previous: row.status });
        return {
          id: row.id,
          type: row.type,
          params: JSON.parse(row.params_json) as Record<string, unknown>,
          created_at: row.created_at,
          expires_at: row.expires_at,
        };
      });
    })();
    return { commands, changes };
  }

  /**
   * Records the edge's answer: `acked` or `failed`. A repeated answer changes nothing; a late
   * answer to an expired or dead command is still recorded, because it tells what really ran.
   * Null when the device has no such command.
   */
  ack(
    deviceId: string,
    id: string,
    answer: CommandAck,
    now = Date.now(),
  ): { command: CommandRecord; change: CommandChange | null } | null {
    const row = this.stmts.get.get(id, deviceId) as Row | undefined;
    if (!row) return null;
    if (row.status === 'acked' || row.status === 'failed')
      return { command: toRecord(row), change: null };
    const result = {
      ok: answer.ok,
      ...(answer.message !== undefined ? { message: answer.message } : {}),
      ...(answer.result ? { result: answer.result } : {}),
    };
    const next: Row = {
      ...row,
      status: answer.ok ? 'acked' : 'failed',
      next_attempt_at: null,
      result_json: JSON.stringify(result),
      updated_at: now,
    };
    this.stmts.setStatus.run({ ...next, now });
    const command = toRecord(next);
    return { command, change: { command, previous: row.status } };
  }

  sweep(now = Date.now()): CommandChange[] {
    return this.db.transaction(() => this.closeStale(null, now))();
  }

  /** Number of commands in each status, every status present (for metrics). */
  counts(): Record<CommandStatus, number> {
    const out: Record<CommandStatus, number> = {
      queued: 0,
      delivered: 0,
      acked: 0,
      failed: 0,
      expired: 0,
      dead: 0,
    };
    for (const [status, n] of this.stmts.counts.all() as [CommandStatus, number][]) out[status] = n;
    return out;
  }

  /** Deletes finished commands last changed before `before`; the queue stays small. */
  prune(before: number): number {
    return this.stmts.prune.run(before).changes;
  }

  /** Never sent → `expired` (stale, never ran); sent but unanswered → `dead` (dead letter). */
  private closeStale(deviceId: string | null, now: number): CommandChange[] {
    const stale =
      deviceId === null
        ? this.stmts.staleAll.all({ now })
        : this.stmts.staleOf.all({ device: deviceId, now });
    return (stale as Row[]).map((row) => {
      const next: Row = {
        ...row,
        status: row.attempts === 0 ? 'expired' : 'dead',
        next_attempt_at: null,
        updated_at: now,
      };
      this.stmts.setStatus.run({ ...next, now });
      return { command: toRecord(next), previous: row.status };
    });
  }
}

function toRecord(row: Row): CommandRecord {
  return {
    id: row.id,
    device_id: row.device_id,
    type: row.type,
    params: JSON.parse(row.params_json) as Record<string, unknown>,
    status: row.status,
    attempts: row.attempts,
    created_at: row.created_at,
    updated_at: row.updated_at,
    next_attempt_at: row.next_attempt_at,
    expires_at: row.expires_at,
    result: row.result_json ? (JSON.parse(row.result_json) as CommandRecord['result']) : null,
  };
}
