import type { Express } from 'express';
import { alertsFeature } from './alerts/router.js';
import { calibrationFeature } from './calibration/router.js';
import { commandsFeature } from './commands/router.js';
import type { HubContext } from './context.js';
import { devicesFeature } from './devices/router.js';
import { historyFeature } from './history/router.js';
import { createApp, routeDocs } from './http/app.js';
import type { HttpFeature } from './http/feature.js';
import type { RouteDoc } from './http/openapi.js';
import { hydrometersFeature } from './hydrometers/router.js';
import { ingestFeature } from './ingest/router.js';
import { opsFeature } from './ops/router.js';
import { replicationFeature } from './replication/router.js';
import { sessionsFeature } from './sessions/router.js';
import { storageFeature } from './storage/router.js';
import { sourcesFeature } from './sources/router.js';

/**
 * Every feature the HTTP API serves, in mount order. A new feature folder adds its router and
 * route docs here; the OpenAPI document follows from this list.
 */
const FEATURES: readonly HttpFeature[] = [
  // First: on a replica it refuses every write before another router sees it.
  replicationFeature,
  hydrometersFeature,
  opsFeature,
  ingestFeature,
  devicesFeature,
  commandsFeature,
  calibrationFeature,
  historyFeature,
  sessionsFeature,
  sourcesFeature,
  alertsFeature,
  storageFeature,
];

/** The hub's HTTP API. */
export function buildApp(ctx: HubContext): Express {
  return createApp(ctx, FEATURES);
}

/** Every documented route of the API. */
export function allRouteDocs(): RouteDoc[] {
  return routeDocs(FEATURES);
}
