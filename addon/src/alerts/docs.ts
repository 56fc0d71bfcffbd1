import { Type } from '@sinclair/typebox';
import { Alert, AlertRule, AlertRuleCreate } from '@brewpit/protocol';
import type { RouteDoc } from '../http/openapi.js';

const Id = Type.Object({ id: Type.String() });

/** Routes of `alerts/router.ts`. */
export const ALERT_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/alerts/rules',
    summary: 'List alert rules',
    tag: 'alerts',
    auth: 'admin',
    responses: {
      200: { description: 'The rules, defaults included', schema: Type.Array(AlertRule) },
    },
  },
  {
    method: 'post',
    path: '/alerts/rules',
    summary: 'Add an alert rule (per session or global)',
    tag: 'alerts',
    auth: 'admin',
    body: AlertRuleCreate,
    errors: {
      422: 'A parameter the kind needs is missing, or the session or series does not exist',
    },
    responses: { 201: { description: 'The rule', schema: AlertRule } },
  },
  {
    method: 'delete',
    path: '/alerts/rules/{id}',
    summary: 'Delete an alert rule',
    tag: 'alerts',
    auth: 'admin',
    params: Id,
    responses: { 204: { description: 'Deleted' } },
  },
  {
    method: 'get',
    path: '/alerts',
    summary: 'Alerts raised, newest first',
    tag: 'alerts',
    auth: 'admin',
    query: Type.Object({
      session_id: Type.Optional(Type.String()),
      open: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    }),
    responses: { 200: { description: 'Alerts', schema: Type.Array(Alert) } },
  },
];
