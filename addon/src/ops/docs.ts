import { Type } from '@sinclair/typebox';
import { AuditEntry, Health } from '@brewpit/protocol';
import { ok, type RouteDoc } from '../http/openapi.js';
import { AuditQuery } from './schemas.js';

/** Routes of `ops/router.ts`. */
export const OPS_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    tag: 'ops',
    auth: 'none',
    summary: 'Status, version, uptime, store size, Home Assistant connection',
    responses: ok('Hub status', Health),
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'ops',
    auth: 'metrics',
    summary:
      'Prometheus metrics: ingest rate, lag, queue depths, refusals (admin token or metrics token)',
    responses: {
      200: {
        description: 'Prometheus text format',
        contentType: 'text/plain',
        schema: Type.String(),
      },
    },
  },
  {
    method: 'get',
    path: '/audit',
    tag: 'ops',
    auth: 'admin',
    summary: 'Admin actions, newest first',
    query: AuditQuery,
    responses: ok('Audit entries', Type.Array(AuditEntry)),
  },
  {
    method: 'post',
    path: '/backup/pre',
    tag: 'ops',
    auth: 'backup',
    summary:
      'Fold the WAL into the database file and hold checkpoints while the Supervisor copies it',
    errors: { 403: 'Not called from this machine (addressed as localhost)' },
    responses: ok('Whether the checkpoint completed', Type.Object({ ok: Type.Boolean() })),
  },
  {
    method: 'post',
    path: '/backup/post',
    tag: 'ops',
    auth: 'backup',
    summary: 'Resume checkpoints after a backup',
    errors: { 403: 'Not called from this machine (addressed as localhost)' },
    responses: ok('Done', Type.Object({ ok: Type.Boolean() })),
  },
];
