import { Router } from 'express';
import type { HubContext } from '../context.js';
import { requireAdmin } from '../http/auth.js';
import { jsonBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { HttpProblem } from '../http/problem.js';
import { IdParams } from '../http/schemas.js';
import { bodyValidator, pathValidator, queryValidator } from '../http/validate.js';
import { REPLICATION_DOCS } from './docs.js';
import { ChangesQuery, StreamQuery, TokenCreate } from './schemas.js';
import { serveStream, streamStart } from './stream.js';

const changesQuery = queryValidator(ChangesQuery);
const streamQuery = queryValidator(StreamQuery);
const validateToken = bodyValidator(TokenCreate);
const idParams = pathValidator(IdParams);

/** Methods that read: a replica serves them, and nothing else. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Full export and import, the changes feed, the live stream and read-only tokens. Mounted
 * first: on a replica (`replicate_from`) every call that could write is refused here, before
 * any other router sees it, since the replica's store holds the primary's data only.
 */
function replicationRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const service = ctx.services.replication;
  const router = Router();

  if (ctx.settings.replicate_from) {
    router.use((req, _res, next) => {
      if (READS.has(req.method)) return next();
      next(
        new HttpProblem(
          403,
          'Forbidden',
          `This hub is a read-only replica of ${ctx.settings.replicate_from}: write there`,
        ),
      );
    });
  }

  router.get('/export', admin, async (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="brewpit-export-${new Date().toISOString().slice(0, 10)}.ndjson"`,
      'Cache-Control': 'no-store',
    });
    await service.exportTo(res, 'admin');
    res.end();
  });
  router.post('/import', admin, async (req, res) => {
    res.json(await service.importFrom(req, 'admin'));
  });
  router.get('/changes', admin, (req, res) => {
    const q = changesQuery(req.query);
    const page = service.changes(q.cursor ?? 0, q.limit ?? 1000);
    if ('gone' in page)
      throw new HttpProblem(
        410,
        'Gone',
        `Cursor ${q.cursor ?? 0} is older than the oldest change kept (${page.oldest}): start again from GET /api/v1/export`,
      );
    res.json(page);
  });
  router.get('/stream', admin, async (req, res) => {
    const q = streamQuery(req.query);
    const tables = q.tables ? new Set(q.tables.split(',')) : null;
    await serveStream(ctx, req, res, streamStart(ctx, req, q.cursor), tables);
  });
  router.get('/tokens', admin, (_req, res) => {
    res.json(service.listTokens());
  });
  router.post('/tokens', admin, jsonBody(), async (req, res) => {
    const { name } = validateToken(req.body);
    res.status(201).json(await service.createToken(name, 'admin'));
  });
  router.delete('/tokens/:id', admin, (req, res) => {
    service.revokeToken(idParams(req.params).id, 'admin');
    res.status(204).end();
  });
  return router;
}

/** Export, import, changes feed, live stream, read-only tokens. */
export const replicationFeature: HttpFeature = {
  name: 'replication',
  router: replicationRouter,
  docs: REPLICATION_DOCS,
};
