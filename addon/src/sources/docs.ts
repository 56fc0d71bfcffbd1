import { Type } from '@sinclair/typebox';
import { noContent, ok, type RouteDoc } from '../http/openapi.js';
import { EntityParams, FollowedEntity, SourceFollow } from './schemas.js';

/** Routes of `sources/router.ts`. */
export const SOURCE_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/sources/ha',
    tag: 'sources',
    auth: 'admin',
    summary: 'Home Assistant entities followed as a source (and those let go, with their series)',
    responses: ok('Entities', Type.Array(FollowedEntity)),
  },
  {
    method: 'post',
    path: '/sources/ha',
    tag: 'sources',
    auth: 'admin',
    summary:
      'Follow a Home Assistant entity: its states become readings of a series (in SI units), backfilled from the recorder',
    body: SourceFollow,
    responses: ok('The entity and its series', FollowedEntity),
  },
  {
    method: 'delete',
    path: '/sources/ha/{entity_id}',
    tag: 'sources',
    auth: 'admin',
    summary: 'Stop following an entity; its series and history stay',
    params: EntityParams,
    errors: { 404: 'The entity is not followed' },
    responses: noContent,
  },
];
