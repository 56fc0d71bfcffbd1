import type { Router } from 'express';
import type { HubContext } from '../context.js';
import type { RouteDoc } from './openapi.js';

/**
 * What a feature folder offers the HTTP API: its router and the docs of its routes. The app
 * mounts every feature it is given and builds the OpenAPI document from the same list, so a
 * route cannot be served undocumented or documented unserved (a test walks both).
 */
export interface HttpFeature {
  name: string;
  router(ctx: HubContext): Router;
  docs: readonly RouteDoc[];
}
