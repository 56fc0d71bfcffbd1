import { Router } from 'express';
import { AnnotationCreate, SessionCreate, SessionPatch, type Session } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireAdmin } from '../http/auth.js';
import { jsonBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { IdParams } from '../http/schemas.js';
import { bodyValidator, pathValidator, queryValidator } from '../http/validate.js';
import { SESSION_DOCS } from './docs.js';
import { SessionEnd, SessionListQuery } from './schemas.js';

const validateCreate = bodyValidator(SessionCreate);
const validatePatch = bodyValidator(SessionPatch);
const validateEnd = bodyValidator(SessionEnd);
const validateAnnotation = bodyValidator(AnnotationCreate);
const idParams = pathValidator(IdParams);
const listQuery = queryValidator(SessionListQuery);

const DAY_MS = 86_400_000;

/** Turns a list filter date (epoch ms, ISO date or date-time) into epoch ms; a bare `to` date means that whole day. */
function parseDateParam(raw: string, name: string, endOfDay: boolean): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const dateOnly = !raw.includes('T');
  // A date-time without a zone is read as UTC: the hub's clock zone is no business of the client.
  const iso = dateOnly ? `${raw}T00:00:00Z` : /(Z|[+-]\d{2}:\d{2})$/.test(raw) ? raw : `${raw}Z`;
  const t = Date.parse(iso);
  // Date.parse rolls 2025-02-30 over to March; a date that does not round-trip is not a date.
  if (Number.isNaN(t) || (dateOnly && new Date(t).toISOString().slice(0, 10) !== raw)) {
    throw invalid(
      [{ path: `/query/${name}`, message: 'is not a valid date' }],
      `'${name}' is not a valid date`,
    );
  }
  return dateOnly && endOfDay ? t + DAY_MS - 1 : t;
}

/** Cook and brew sessions: start, list, read, change, end, delete, annotate. */
function sessionsRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const { sessions } = ctx.services;
  const body = jsonBody();
  const router = Router();
  const withSummary = (s: Session): Session => ({ ...s, summary: ctx.store.sessions.summary(s) });
  const id = (params: unknown) => idParams(params).id;

  router.post('/sessions', admin, body, (req, res) => {
    res.status(201).json(sessions.start(validateCreate(req.body), 'admin'));
  });
  router.get('/sessions', admin, (req, res) => {
    const q = listQuery(req.query);
    const list = ctx.store.sessions.list({
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
    res.json(withSummary(sessions.get(id(req.params))));
  });
  router.patch('/sessions/:id', admin, body, (req, res) => {
    const patch = validatePatch(req.body);
    res.json(withSummary(sessions.update(id(req.params), patch, 'admin')));
  });
  router.delete('/sessions/:id', admin, (req, res) => {
    sessions.delete(id(req.params), 'admin');
    res.status(204).end();
  });
  router.post('/sessions/:id/end', admin, body, (req, res) => {
    // No body means "now"; a JSON null or array is still malformed.
    const body = validateEnd(req.body === undefined ? {} : req.body);
    const { session } = sessions.end(id(req.params), body.ended_at ?? Date.now(), 'admin');
    res.json(withSummary(session));
  });
  router.post('/sessions/:id/annotations', admin, body, (req, res) => {
    const body = validateAnnotation(req.body);
    res.status(201).json(sessions.annotate(id(req.params), body, 'admin'));
  });
  router.get('/sessions/:id/annotations', admin, (req, res) => {
    res.json(ctx.store.sessions.annotations(sessions.get(id(req.params)).id));
  });
  return router;
}

/** Cook and brew sessions. */
export const sessionsFeature: HttpFeature = {
  name: 'sessions',
  router: sessionsRouter,
  docs: SESSION_DOCS,
};
