import { Router, type Request } from 'express';
import {
  AnnotationCreate,
  SessionCreate,
  SessionPatch,
  type Session,
  type SessionHistory,
} from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { writeSessionCsv } from '../history/export.js';
import { child } from '../log.js';
import { StoreRejected } from '../store/errors.js';
import { requireAdmin } from './auth.js';
import { HttpProblem } from './problem.js';
import {
  DEFAULT_MAX_POINTS,
  HistoryQuery,
  IdParams,
  RangeQuery,
  SessionEnd,
  SessionListQuery,
} from './schemas.js';
import { bodyValidator, pathValidator, queryValidator } from './validate.js';

const validateCreate = bodyValidator(SessionCreate);
const validatePatch = bodyValidator(SessionPatch);
const validateEnd = bodyValidator(SessionEnd);
const validateAnnotation = bodyValidator(AnnotationCreate);
const idParams = pathValidator(IdParams);
const listQuery = queryValidator(SessionListQuery);
const historyQuery = queryValidator(HistoryQuery);
const rangeQuery = queryValidator(RangeQuery);

const DAY_MS = 86_400_000;

/** Turns a list filter date (epoch ms, ISO date or date-time) into epoch ms; a bare `to` date means that whole day. */
export function parseDateParam(raw: string, name: string, endOfDay: boolean): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const dateOnly = !raw.includes('T');
  // A date-time without a zone is read as UTC: the hub's clock zone is no business of the client.
  const iso = dateOnly ? `${raw}T00:00:00Z` : /(Z|[+-]\d{2}:\d{2})$/.test(raw) ? raw : `${raw}Z`;
  const t = Date.parse(iso);
  // Date.parse rolls 2025-02-30 over to March; a date that does not round-trip is not a date.
  if (Number.isNaN(t) || (dateOnly && new Date(t).toISOString().slice(0, 10) !== raw)) {
    throw new HttpProblem(400, 'Invalid request', `'${name}' is not a valid date`, [
      { path: `/query/${name}`, message: 'is not a valid date' },
    ]);
  }
  return dateOnly && endOfDay ? t + DAY_MS - 1 : t;
}

/** Finds the session named by the path, or throws 400 (malformed id) / 404. */
function loader(ctx: HubContext): (req: Request) => Session {
  return (req) => {
    const { id } = idParams(req.params);
    const s = ctx.store.sessions.get(id);
    if (!s) throw new HttpProblem(404, 'Not found', `No session '${id}'`);
    return s;
  };
}

/** Maps a store refusal to 422 naming the fields. */
function unprocessable<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StoreRejected)
      throw new HttpProblem(422, 'Unprocessable request', err.message, err.errors);
    throw err;
  }
}

/** Cook and brew sessions: create, list, read, change, end, delete; then `sessionDataRoutes`. */
export function sessionsRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:sessions');
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const { sessions } = ctx.store;
  const router = Router();

  const load = loader(ctx);
  const withSummary = (s: Session): Session => ({ ...s, summary: sessions.summary(s) });

  router.post('/sessions', admin, (req, res) => {
    const input = validateCreate(req.body);
    const s = unprocessable(() => sessions.create(input));
    ctx.store.audit('admin', 'session.create', s.id, { name: s.name, kind: s.kind });
    log.info({ sessionId: s.id, kind: s.kind }, `Session '${s.name}' started`);
    ctx.bus.emit('sessionChanged', { sessionId: s.id, reason: 'started' });
    res.status(201).json(s);
  });

  router.get('/sessions', admin, (req, res) => {
    const q = listQuery(req.query);
    const list = sessions.list({
      kind: q.kind,
      status: q.status,
      q: q.q,
      limit: q.limit ?? 100,
      offset: q.offset ?? 0,
      from: q.from === undefined ? undefined : parseDateParam(q.from, 'from', false),
      to: q.to === undefined ? undefined : parseDateParam(q.to, 'to', true),
    });
    res.json(q.summary === 'false' ? list : list.map(withSummary));
  });

  router.get('/sessions/:id', admin, (req, res) => {
    res.json(withSummary(load(req)));
  });

  router.patch('/sessions/:id', admin, (req, res) => {
    const patch = validatePatch(req.body);
    const { id } = load(req);
    const s = unprocessable(() => sessions.update(id, patch))!;
    ctx.store.audit('admin', 'session.update', id, patch);
    ctx.bus.emit('sessionChanged', { sessionId: id, reason: 'updated' });
    res.json(withSummary(s));
  });

  router.delete('/sessions/:id', admin, (req, res) => {
    const { id, name, status } = load(req);
    sessions.delete(id);
    ctx.store.audit('admin', 'session.delete', id, { name });
    // For listeners a running session that disappears has ended; a finished one already said so.
    if (status === 'active') ctx.bus.emit('sessionChanged', { sessionId: id, reason: 'ended' });
    res.status(204).end();
  });

  router.post('/sessions/:id/end', admin, (req, res) => {
    // No body means "now"; a JSON null or array is still malformed.
    const body = validateEnd(req.body === undefined ? {} : req.body);
    const { id } = load(req);
    const { session, changed } = unprocessable(() =>
      sessions.end(id, body.ended_at ?? Date.now()),
    )!;
    if (changed) {
      ctx.store.audit('admin', 'session.end', id, { ended_at: session.ended_at });
      log.info({ sessionId: id }, `Session '${session.name}' ended`);
      ctx.bus.emit('sessionChanged', { sessionId: id, reason: 'ended' });
    }
    res.json(withSummary(session));
  });

  sessionDataRoutes(ctx, router);
  return router;
}

/** Annotations, chart history and CSV export of a session. */
function sessionDataRoutes(ctx: HubContext, router: Router): void {
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const { sessions, series } = ctx.store;
  const load = loader(ctx);

  router.post('/sessions/:id/annotations', admin, (req, res) => {
    const body = validateAnnotation(req.body);
    const { id } = load(req);
    const a = sessions.annotate(id, body.text, body.ts ?? Date.now())!;
    ctx.store.audit('admin', 'session.annotate', id, { text: body.text, ts: a.ts });
    ctx.bus.emit('sessionChanged', { sessionId: id, reason: 'updated' });
    res.status(201).json(a);
  });

  router.get('/sessions/:id/annotations', admin, (req, res) => {
    res.json(sessions.annotations(load(req).id));
  });

  router.get('/sessions/:id/history', admin, (req, res) => {
    const s = load(req);
    const q = historyQuery(req.query);
    const { from, to } = sessionRange(s, q.from, q.to);
    const maxPoints = q.max_points ?? DEFAULT_MAX_POINTS;
    const body: SessionHistory = {
      session_id: s.id,
      from,
      to,
      series: s.channels.map((c) => {
        const info = series.get(c.series_id)!;
        const h = series.history(c.series_id, from, to, maxPoints);
        return {
          series_id: c.series_id,
          role: c.role,
          label: c.label ?? info.name,
          kind: info.kind,
          unit: info.unit,
          target: c.target ?? null,
          downsampled: h.downsampled,
          points: h.points,
        };
      }),
      annotations: sessions.annotations(s.id, from, to),
    };
    res.json(body);
  });

  router.get('/sessions/:id/export.csv', admin, async (req, res) => {
    const s = load(req);
    const q = rangeQuery(req.query);
    const { from, to } = sessionRange(s, q.from, q.to);
    await writeSessionCsv(res, ctx.store, s, from, to);
  });
}

/** A session's chart range: the query's, else start → end (or now while it runs). */
function sessionRange(
  s: Session,
  qFrom: number | undefined,
  qTo: number | undefined,
): { from: number; to: number } {
  const from = qFrom ?? s.started_at;
  const to = qTo ?? s.ended_at ?? Math.max(Date.now(), from);
  if (from > to) {
    throw new HttpProblem(400, 'Invalid request', "'from' must not be after 'to'", [
      { path: '/query/from', message: "must not be after 'to'" },
    ]);
  }
  return { from, to };
}
