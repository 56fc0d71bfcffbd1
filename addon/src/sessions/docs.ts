import { Type } from '@sinclair/typebox';
import {
  Annotation,
  AnnotationCreate,
  Session,
  SessionCreate,
  SessionPatch,
} from '@brewpit/protocol';
import { created, noContent, ok, type RouteDoc } from '../http/openapi.js';
import { IdParams } from '../http/schemas.js';
import { SessionEnd, SessionListQuery } from './schemas.js';

/** Routes of `sessions/router.ts`. */
export const SESSION_DOCS: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/sessions',
    tag: 'sessions',
    auth: 'admin',
    summary: 'Start a cook or brew session; channel targets also reach their devices',
    body: SessionCreate,
    errors: { 422: 'A channel names an unknown or repeated series' },
    responses: created('The session', Session),
  },
  {
    method: 'get',
    path: '/sessions',
    tag: 'sessions',
    auth: 'admin',
    summary: 'List sessions, newest first, with key figures',
    query: SessionListQuery,
    responses: ok('Sessions', Type.Array(Session)),
  },
  {
    method: 'get',
    path: '/sessions/{id}',
    tag: 'sessions',
    auth: 'admin',
    summary: 'One session with key figures',
    params: IdParams,
    responses: ok('The session', Session),
  },
  {
    method: 'patch',
    path: '/sessions/{id}',
    tag: 'sessions',
    auth: 'admin',
    summary:
      "Change a session; `channels` replaces the list; a running session's changed targets also reach their devices",
    params: IdParams,
    body: SessionPatch,
    errors: { 422: 'Unknown series, or start after end' },
    responses: ok('The session', Session),
  },
  {
    method: 'delete',
    path: '/sessions/{id}',
    tag: 'sessions',
    auth: 'admin',
    summary: 'Delete a session (readings stay)',
    params: IdParams,
    responses: noContent,
  },
  {
    method: 'post',
    path: '/sessions/{id}/end',
    tag: 'sessions',
    auth: 'admin',
    summary: 'End a session (ending an ended one changes nothing)',
    params: IdParams,
    body: SessionEnd,
    errors: { 422: 'End before start' },
    responses: ok('The session', Session),
  },
  {
    method: 'post',
    path: '/sessions/{id}/annotations',
    tag: 'sessions',
    auth: 'admin',
    summary: 'Add a timestamped note',
    params: IdParams,
    body: AnnotationCreate,
    errors: { 429: 'The session has had its quota of notes this hour' },
    responses: created('The note', Annotation),
  },
  {
    method: 'get',
    path: '/sessions/{id}/annotations',
    tag: 'sessions',
    auth: 'admin',
    summary: "The session's notes in time order",
    params: IdParams,
    responses: ok('Notes', Type.Array(Annotation)),
  },
];
