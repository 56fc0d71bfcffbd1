import { randomUUID } from 'node:crypto';
import type {
  Annotation,
  Session,
  SessionChannel,
  SessionCreate,
  SessionKind,
  SessionPatch,
  SessionSummary,
} from '@brewpit/protocol';
import type { SeriesStore, SessionFilter, SessionStore } from './contract.js';
import type { Db } from './db.js';
import { StoreRejected } from './errors.js';

type Row = {
  id: string;
  kind: SessionKind;
  name: string;
  started_at: number;
  ended_at: number | null;
  notes: string;
  recipe: string | null;
  og: number | null;
  keep: number;
};
type ChannelRow = {
  series_id: number;
  role: SessionChannel['role'];
  target: number | null;
  label: string | null;
};

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Cooks and brews, the series taking part in them, and their annotations. */
export class SqliteSessionStore implements SessionStore {
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly series: SeriesStore,
  ) {
    this.stmts = {
      insert:
        db.prepare(`INSERT INTO sessions (id, kind, name, started_at, ended_at, notes, recipe, og, keep, created_at, updated_at)
        VALUES (@id, @kind, @name, @started_at, NULL, @notes, @recipe, @og, @keep, @now, @now)`),
      get: db.prepare(
        'SELECT id, kind, name, started_at, ended_at, notes, recipe, og, keep FROM sessions WHERE id = ?',
      ),
      list: db.prepare(`SELECT id, kind, name, started_at, ended_at, notes, recipe, og, keep FROM sessions
        WHERE (@kind IS NULL OR kind = @kind)
          AND (@status IS NULL OR (@status = 'active') = (ended_at IS NULL))
          AND (@to IS NULL OR started_at <= @to)
          AND (@from IS NULL OR ended_at IS NULL OR ended_at >= @from)
          AND (@q IS NULL OR name LIKE @q ESCAPE '\\')
        ORDER BY started_at DESC, id LIMIT @limit OFFSET @offset`),
      active: db.prepare(
        'SELECT id, kind, name, started_at, ended_at, notes, recipe, og, keep FROM sessions WHERE ended_at IS NULL ORDER BY started_at',
      ),
      channels: db.prepare(
        'SELECT series_id, role, target, label FROM session_channels WHERE session_id = ? ORDER BY position',
      ),
      clearChannels: db.prepare('DELETE FROM session_channels WHERE session_id = ?'),
      setTarget: db.prepare(
        'UPDATE session_channels SET target = ? WHERE session_id = ? AND series_id = ? AND target IS NOT ?',
      ),
      touch: db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?'),
      addChannel:
        db.prepare(`INSERT INTO session_channels (session_id, series_id, position, role, target, label)
        VALUES (?, ?, ?, ?, ?, ?)`),
      update:
        db.prepare(`UPDATE sessions SET name = @name, started_at = @started_at, ended_at = @ended_at, notes = @notes,
        recipe = @recipe, og = @og, keep = @keep, updated_at = @now WHERE id = @id`),
      delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
      annotate: db.prepare(
        'INSERT INTO annotations (session_id, ts, text, kind) VALUES (?, ?, ?, ?)',
      ),
      annotations: db.prepare(`SELECT id, session_id, ts, text, kind FROM annotations
        WHERE session_id = ? AND ts BETWEEN ? AND ? ORDER BY ts, id`),
    };
  }

  /** Starts a session; throws `StoreRejected` naming a channel whose series is unknown or repeated. */
  create(input: SessionCreate, now = Date.now()): Session {
    const id = randomUUID();
    this.db.transaction(() => {
      this.stmts.insert.run({
        id,
        kind: input.kind,
        name: input.name,
        started_at: input.started_at ?? now,
        notes: input.notes ?? '',
        recipe: input.recipe ?? null,
        og: input.og ?? null,
        keep: input.keep ? 1 : 0,
        now,
      });
      this.setChannels(id, input.channels);
    })();
    return this.get(id)!;
  }

  get(id: string): Session | null {
    const row = this.stmts.get.get(id) as Row | undefined;
    return row ? this.withChannels(row) : null;
  }

  list(filter: SessionFilter): Session[] {
    const rows = this.stmts.list.all({
      kind: filter.kind ?? null,
      status: filter.status ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      q: filter.q ? likePattern(filter.q) : null,
      limit: filter.limit,
      offset: filter.offset,
    }) as Row[];
    return rows.map((r) => this.withChannels(r));
  }

  /** Sessions still running, oldest first (for alerts and the Home Assistant bridge). */
  active(): Session[] {
    return (this.stmts.active.all() as Row[]).map((r) => this.withChannels(r));
  }

  /** Applies a patch; `channels`, when given, replaces the list. Null when the session is unknown. */
  update(id: string, patch: SessionPatch, now = Date.now()): Session | null {
    const cur = this.stmts.get.get(id) as Row | undefined;
    if (!cur) return null;
    const next = { ...cur, ...stripUndefined(patch) };
    if (next.ended_at !== null && next.started_at > next.ended_at) {
      throw new StoreRejected('The session would start after it ended', [
        { path: '/started_at', message: 'must not be after ended_at' },
      ]);
    }
    this.db.transaction(() => {
      this.stmts.update.run({ ...next, keep: next.keep ? 1 : 0, now });
      if (patch.channels) this.setChannels(id, patch.channels);
    })();
    return this.get(id);
  }

  setChannelTarget(
    id: string,
    seriesId: number,
    target: number | null,
  ): { session: Session; changed: boolean } | null {
    const changed = this.db.transaction(() => {
      const n = this.stmts.setTarget.run(target, id, seriesId, target).changes;
      if (n > 0) this.stmts.touch.run(Date.now(), id);
      return n > 0;
    })();
    const session = this.get(id);
    return session ? { session, changed } : null;
  }

  /**
   * Ends a running session. Ending one already ended changes nothing (`changed: false`), so a
   * retried "end" from Home Assistant is harmless.
   */
  end(
    id: string,
    endedAt: number,
    now = Date.now(),
  ): { session: Session; changed: boolean } | null {
    const cur = this.stmts.get.get(id) as Row | undefined;
    if (!cur) return null;
    if (cur.ended_at !== null) return { session: this.withChannels(cur), changed: false };
    if (endedAt < cur.started_at) {
      throw new StoreRejected('A session cannot end before it started', [
        { path: '/ended_at', message: 'must not be before started_at' },
      ]);
    }
    this.stmts.update.run({ ...cur, ended_at: endedAt, now });
    return { session: this.get(id)!, changed: true };
  }

  delete(id: string): boolean {
    return this.stmts.delete.run(id).changes === 1;
  }

  /** Adds a note to a session's chart; null when the session is unknown. */
  annotate(
    id: string,
    text: string,
    ts: number,
    kind: Annotation['kind'] = 'note',
  ): Annotation | null {
    if (!this.stmts.get.get(id)) return null;
    const info = this.stmts.annotate.run(id, ts, text, kind);
    return { id: Number(info.lastInsertRowid), session_id: id, ts, text, kind };
  }

  annotations(id: string, from = 0, to = Number.MAX_SAFE_INTEGER): Annotation[] {
    return this.stmts.annotations.all(id, from, to) as Annotation[];
  }

  /** Duration, and each series' extremes and latest value within the session. */
  summary(s: Session, now = Date.now()): SessionSummary {
    const end = s.ended_at ?? Math.max(now, s.started_at);
    return {
      duration_s: Math.max(0, Math.round((end - s.started_at) / 1000)),
      channels: s.channels.map((c) => {
        const x = this.series.extremes(c.series_id, s.started_at, end);
        const label = c.label ?? this.series.get(c.series_id)?.name ?? String(c.series_id);
        return { series_id: c.series_id, role: c.role, label, ...x };
      }),
    };
  }

  private setChannels(id: string, channels: SessionChannel[]): void {
    const seen = new Set<number>();
    channels.forEach((c, i) => {
      if (seen.has(c.series_id)) {
        throw new StoreRejected(`Series ${c.series_id} is listed twice`, [
          { path: `/channels/${i}/series_id`, message: 'appears more than once' },
        ]);
      }
      seen.add(c.series_id);
    });
    const missing = this.series.missing([...seen]);
    if (missing.length > 0) {
      const i = channels.findIndex((c) => c.series_id === missing[0]);
      throw new StoreRejected(`No series ${missing[0]}`, [
        { path: `/channels/${i}/series_id`, message: `series ${missing[0]} does not exist` },
      ]);
    }
    this.stmts.clearChannels.run(id);
    channels.forEach((c, i) =>
      this.stmts.addChannel.run(id, c.series_id, i, c.role, c.target ?? null, c.label ?? null),
    );
  }

  private withChannels(row: Row): Session {
    const channels = (this.stmts.channels.all(row.id) as ChannelRow[]).map((c) => ({
      series_id: c.series_id,
      role: c.role,
      target: c.target,
      ...(c.label !== null ? { label: c.label } : {}),
    }));
    return {
      ...row,
      keep: row.keep === 1,
      status: row.ended_at === null ? 'active' : 'ended',
      channels,
    };
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([k, v]) => v !== undefined && k !== 'channels'),
  ) as Partial<T>;
}
