import { Router } from 'express';
import type { HubContext } from '../context.js';
import { jsonBody } from '../http/body.js';
import { requireAdmin } from '../http/auth.js';
import type { HttpFeature } from '../http/feature.js';
import { bodyValidator, pathValidator } from '../http/validate.js';
import { SOURCE_DOCS } from './docs.js';
import { EntityParams, SourceFollow } from './schemas.js';

const validateFollow = bodyValidator(SourceFollow);
const entityParams = pathValidator(EntityParams);

/** Home Assistant entities as a source: list, follow, let go. */
function sourcesRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const { sources } = ctx.services;
  const router = Router();
  router.get('/sources/ha', admin, (_req, res) => {
    res.json(sources.list());
  });
  router.post('/sources/ha', admin, jsonBody(), (req, res) => {
    const { explicit, ...input } = validateFollow(req.body);
    res.json(sources.follow(input, 'admin', explicit ?? true));
  });
  router.delete('/sources/ha/:entity_id', admin, (req, res) => {
    sources.unfollow(entityParams(req.params).entity_id, 'admin');
    res.status(204).end();
  });
  return router;
}

/** Home Assistant entities followed as a source (`sources/`). */
export const sourcesFeature: HttpFeature = {
  name: 'sources',
  router: sourcesRouter,
  docs: SOURCE_DOCS,
};
