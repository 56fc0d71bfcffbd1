import express, { type Express, type Request, type RequestHandler } from 'express';
import { API_PREFIX, MAX_INGEST_BODY_BYTES } from '@brewpit/protocol';
import { alertsRouter } from '../alerts/api.js';
import { compatRouter } from '../compat/router.js';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { metricsFor } from '../metrics.js';
import { auditRouter } from './audit.js';
import { backupRouter } from './backup.js';
import { devicesRouter } from './devices.js';
import { healthRouter } from './health.js';
import { ingestRouter } from './ingest.js';
import { opsRouter } from './ops.js';
import { HttpProblem, problemHandler } from './problem.js';
import { seriesRouter } from './series.js';
import { sessionsRouter } from './sessions.js';
import { finiteNumbers } from './validate.js';

/** Builds the express app: JSON bodies (gzip allowed, size-limited after inflating), routers, problem+json. */
export function createApp(ctx: HubContext, haState: () => string = () => 'disabled'): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestMetrics(ctx));
  app.use(API_PREFIX, compatRouter(ctx)); // before the JSON parser: a Tilt posts a form
  // body-parser counts the limit on the inflated stream, so a gzip bomb stops at the limit.
  app.use(
    express.json({
      limit: MAX_INGEST_BODY_BYTES,
      inflate: true,
      strict: false,
      type: () => true,
      reviver: finiteNumbers,
    }),
  );
  const api = express.Router();
  api.use(healthRouter(ctx, haState));
  api.use(opsRouter(ctx));
  api.use(backupRouter(ctx));
  api.use(ingestRouter(ctx));
  api.use(devicesRouter(ctx));
  api.use(seriesRouter(ctx));
  api.use(sessionsRouter(ctx));
  api.use(alertsRouter(ctx));
  api.use(auditRouter(ctx));
  api.use((req) => {
    throw new HttpProblem(404, 'Not found', `No route ${req.method} ${API_PREFIX}${req.path}`);
  });
  app.use(API_PREFIX, api);
  app.use((req) => {
    throw new HttpProblem(404, 'Not found', `No route ${req.method} ${req.path}`);
  });
  app.use(problemHandler(child(ctx.log, 'hub:http')));
  return app;
}

/** The matched route pattern (`/api/v1/sessions/:id`), never the raw path: ids would explode the label set. */
function routeLabel(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  return typeof pattern === 'string' ? `${API_PREFIX}${pattern}` : 'unmatched';
}

/** Times every request into the duration histogram and counts refused ingest batches by reason. */
function requestMetrics(ctx: HubContext): RequestHandler {
  const metrics = metricsFor(ctx);
  const ingestPath = `${API_PREFIX}/ingest`;
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      end({ method: req.method, route: routeLabel(req), status: String(res.statusCode) });
      if (
        res.statusCode >= 400 &&
        req.method === 'POST' &&
        req.originalUrl.split('?')[0] === ingestPath
      ) {
        metrics.ingestRejected(res.statusCode);
      }
    });
    next();
  };
}
