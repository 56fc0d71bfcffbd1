import { Type } from '@sinclair/typebox';
import { Calibration, CalibrationUpdate } from '@brewpit/protocol';
import { noContent, ok, type RouteDoc } from '../http/openapi.js';

const Id = Type.Object({ id: Type.String() });

/** Routes of `calibration/router.ts`. */
export const CALIBRATION_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/devices/{id}/calibration',
    tag: 'calibration',
    auth: 'admin',
    summary: "A hydrometer's calibration (export)",
    params: Id,
    errors: { 409: 'Not a hydrometer' },
    responses: ok('The calibration', Calibration),
  },
  {
    method: 'put',
    path: '/devices/{id}/calibration',
    tag: 'calibration',
    auth: 'admin',
    summary: 'Set or import a calibration',
    params: Id,
    body: CalibrationUpdate,
    errors: { 409: 'Not a hydrometer', 422: 'The points cannot be fitted' },
    responses: ok('The calibration', Calibration),
  },
  {
    method: 'delete',
    path: '/devices/{id}/calibration',
    tag: 'calibration',
    auth: 'admin',
    summary: 'Remove a calibration',
    params: Id,
    errors: { 409: 'Not a hydrometer' },
    responses: noContent,
  },
];
