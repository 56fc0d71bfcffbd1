// An in-memory stand-in for the integration + hub, for developing the panel without Home
// Assistant (dev page) and for the first-chart benchmark. Never used by the acceptance test.
import type {
  Annotation,
  Point,
  SeriesInfo,
  Session,
  SessionCreate,
  SessionHistory,
} from '@brewpit/protocol';
import type { LiveMessage } from '../src/data/live.js';

/** Min/max per column, as the hub's downsampler does (addon/src/history/downsample.ts). */
export function minMax(
  points: readonly Point[],
  from: number,
  to: number,
  columns: number,
): Point[] {
  const width = Math.max(1, (to - from + 1) / columns);
  const out: Point[] = [];
  let col = -1;
  let lo: Point | null = null;
  let hi: Point | null = null;
  const flush = () => {
    if (!lo || !hi) return;
    if (lo === hi) out.push(lo);
    else if (lo[0] <= hi[0]) out.push(lo, hi);
    else out.push(hi, lo);
  };
  for (const p of points) {
    if (p[0] < from || p[0] > to || p[1] === null) continue;
    const c = Math.floor((p[0] - from) / width);
    if (c !== col) {
      flush();
      col = c;
      lo = hi = p;
      continue;
    }
    if (p[1] < lo![1]!) lo = p;
    if (p[1] > hi![1]!) hi = p;
  }
  flush();
  return out;
}

export interface FakeSeries {
  info: SeriesInfo;
  points: Point[];
}

/** Sessions, series and notes in memory; answers the panel's WebSocket commands. */
export class FakeBackend {
  sessions: Session[] = [];
  series = new Map<number, FakeSeries>();
  annotations: Annotation[] = [];
  /** Answers of `brewpit/sessions/estimates` by session id (the hub's shape). */
  estimates = new Map<string, unknown>();
  private listeners = new Set<(m: LiveMessage) => void>();
  private nextAnnotation = 1;

  addSeries(info: SeriesInfo, points: Point[]): void {
    this.series.set(info.id, { info, points });
  }

  history(sessionId: string, from?: number, to?: number, maxPoints = 1000): SessionHistory {
    const s = this.sessions.find((x) => x.id === sessionId);
    if (!s) throw { code: 'not_found', message: `Session ${sessionId} not found` };
    const f = from ?? s.started_at;
    const t = to ?? s.ended_at ?? Date.now();
    return {
      session_id: s.id,
      from: f,
      to: t,
      series: s.channels.map((c) => {
        const fs = this.series.get(c.series_id)!;
        const inRange = fs.points.filter((p) => p[0] >= f && p[0] <= t);
        const down = inRange.length > maxPoints;
        return {
          series_id: c.series_id,
          role: c.role,
          label: c.label ?? fs.info.name,
          kind: fs.info.kind,
          unit: fs.info.unit,
          target: c.target ?? null,
          downsampled: down,
          points: down ? minMax(inRange, f, t, Math.floor(maxPoints / 2)) : inRange,
        };
      }),
      annotations: this.annotations.filter((a) => a.session_id === s.id && a.ts >= f && a.ts <= t),
    };
  }

  handle(msg: Record<string, unknown>): unknown {
    const id = msg.session_id as string;
    switch (msg.type) {
      case 'brewpit/sessions/list': {
        const q = String(msg.q ?? '').toLowerCase();
        return {
          sessions: this.sessions.filter(
            (s) =>
              (!msg.kind || s.kind === msg.kind) &&
              (!msg.status || s.status === msg.status) &&
              (!q || `${s.name} ${s.recipe ?? ''} ${s.notes}`.toLowerCase().includes(q)),
          ),
        };
      }
      case 'brewpit/sessions/get': {
        const s = this.sessions.find((x) => x.id === id);
        if (!s) throw { code: 'not_found', message: `Session ${id} not found` };
        return s;
      }
      case 'brewpit/sessions/create': {
        const body = msg as unknown as SessionCreate;
        const s: Session = {
          id: `s${this.sessions.length + 1}`,
          kind: body.kind,
          name: body.name,
          status: 'active',
          started_at: body.started_at ?? Date.now(),
          ended_at: null,
          channels: body.channels,
          notes: body.notes ?? '',
          recipe: body.recipe ?? null,
          og: body.og ?? null,
        };
        this.sessions.push(s);
        return s;
      }
      case 'brewpit/sessions/end': {
        const s = this.handle({ type: 'brewpit/sessions/get', session_id: id }) as Session;
        Object.assign(s, { status: 'ended', ended_at: Date.now() });
        return s;
      }
      case 'brewpit/sessions/annotate': {
        const a: Annotation = {
          id: this.nextAnnotation++,
          session_id: id,
          ts: (msg.ts as number | undefined) ?? Date.now(),
          text: String(msg.text),
          kind: 'note',
        };
        this.annotations.push(a);
        return a;
      }
      case 'brewpit/history':
        return this.history(id, msg.from as number, msg.to as number, msg.max_points as number);
      case 'brewpit/sessions/estimates':
        this.handle({ type: 'brewpit/sessions/get', session_id: id });
        return this.estimates.get(id) ?? { session_id: id, as_of: null, channels: [], brew: [] };
      case 'brewpit/series/list':
        return [...this.series.values()].map((s) => s.info);
      default:
        throw { code: 'unknown_command', message: `Unknown command ${String(msg.type)}` };
    }
  }

  subscribe(cb: (m: LiveMessage) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Appends a reading and pushes it to live subscribers. */
  push(seriesId: number, ts: number, value: number | null): void {
    const s = this.series.get(seriesId);
    if (!s) return;
    s.points.push([ts, value]);
    s.info = { ...s.info, last_ts: ts, last_value: value };
    this.emit({
      states: [
        {
          unique_id: `brewpit_${s.info.device_id}_${s.info.key}`,
          series_id: seriesId,
          state: value === null ? 'unavailable' : value,
          ts,
        },
      ],
    });
  }

  /** Sets a session's estimates and pushes the state change of its ETA entity, as the hub does. */
  setEstimates(sessionId: string, estimates: unknown): void {
    this.estimates.set(sessionId, estimates);
    this.emit({
      states: [{ unique_id: `brewpit_session_${sessionId}_eta`, state: null } as never],
    });
  }

  /** Pushes a live message to every subscriber (benchmarks feed readings from a real hub). */
  emit(msg: LiveMessage): void {
    for (const l of this.listeners) l(msg);
  }
}
