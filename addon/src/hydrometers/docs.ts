import { Type } from '@sinclair/typebox';
import {
  BrewfatherPost,
  CompatReply,
  Gateway,
  GatewayCreate,
  GatewayCreated,
  Hydrometer,
  HydrometerSettings,
  ISpindelPost,
  TiltPost,
} from '@brewpit/protocol';
import { created, noContent, ok, type RouteDoc } from '../http/openapi.js';

const Id = Type.Object({ id: Type.String() });

/** The two routes of each format: token in the path, or as Bearer, `?token=` or in the body. */
const formatDocs = (['ispindel', 'tilt', 'brewfather'] as const).flatMap((format): RouteDoc[] => {
  const body = { ispindel: ISpindelPost, tilt: TiltPost, brewfather: BrewfatherPost }[format];
  const doc = {
    method: 'post',
    tag: 'compat',
    auth: 'gateway',
    body,
    errors: {
      422: 'The post cannot be turned into readings, or the gateway holds its quota of hydrometers',
    },
    responses: ok('Stored', CompatReply),
  } as const;
  return [
    {
      ...doc,
      path: `/compat/${format}`,
      summary: `A ${format} post; gateway token as Bearer, ?token= or in the body`,
    },
    {
      ...doc,
      path: `/compat/${format}/{token}`,
      summary: `A ${format} post with the gateway token in the path`,
      params: Type.Object({ token: Type.String() }),
    },
  ];
});

/** Routes of `hydrometers/router.ts`. */
export const HYDROMETER_DOCS: readonly RouteDoc[] = [
  ...formatDocs,
  {
    method: 'post',
    path: '/compat/tokens',
    tag: 'compat',
    auth: 'admin',
    summary: 'Create a hydrometer gateway token',
    body: GatewayCreate,
    responses: created('The gateway, its token (shown once) and paths', GatewayCreated),
  },
  {
    method: 'get',
    path: '/compat/tokens',
    tag: 'compat',
    auth: 'admin',
    summary: 'List gateway tokens',
    responses: ok('Gateways', Type.Array(Gateway)),
  },
  {
    method: 'delete',
    path: '/compat/tokens/{id}',
    tag: 'compat',
    auth: 'admin',
    summary: 'Revoke a gateway token',
    params: Id,
    responses: noContent,
  },
  {
    method: 'post',
    path: '/compat/tokens/{id}/token',
    tag: 'compat',
    auth: 'admin',
    summary:
      'Give a gateway a new token and revoke the old one at once; its hydrometers and their history stay',
    params: Id,
    responses: ok('The gateway, its new token (shown once) and paths', GatewayCreated),
  },
  {
    method: 'get',
    path: '/compat/devices',
    tag: 'compat',
    auth: 'admin',
    summary: 'List third-party hydrometers',
    responses: ok('Hydrometers', Type.Array(Hydrometer)),
  },
  {
    method: 'get',
    path: '/compat/devices/{id}',
    tag: 'compat',
    auth: 'admin',
    summary: 'One hydrometer',
    params: Id,
    responses: ok('The hydrometer', Hydrometer),
  },
  {
    method: 'patch',
    path: '/compat/devices/{id}',
    tag: 'compat',
    auth: 'admin',
    summary: "Change a hydrometer's units or time zone",
    params: Id,
    body: HydrometerSettings,
    responses: ok('The hydrometer', Hydrometer),
  },
];
