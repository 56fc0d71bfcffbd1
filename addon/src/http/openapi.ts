import type { TObject, TSchema } from '@sinclair/typebox';
import { API_PREFIX, PROBLEM_CONTENT_TYPE, Problem } from '@brewpit/protocol';

/**
 * Who may call a route: decides its security requirement and its 401/403 answers. `metrics`
 * takes the admin or the metrics token, `backup` the admin token or the add-on's backup secret.
 */
type Auth = 'admin' | 'device' | 'gateway' | 'metrics' | 'backup' | 'none';

/** The security requirements of each kind of route: any one of the schemes listed. */
const SECURITY: Record<Auth, Record<string, []>[]> = {
  admin: [{ adminToken: [] }],
  device: [{ deviceToken: [] }],
  gateway: [{ gatewayToken: [] }],
  metrics: [{ adminToken: [] }, { metricsToken: [] }],
  backup: [{ adminToken: [] }, { backupSecret: [] }],
  none: [],
};

/** Every route that takes a token may also answer this. */
const TOO_MANY_FAILURES = 'Too many failed authentications from this address; see Retry-After';

/** One response of a documented route. */
interface ResponseDoc {
  description: string;
  schema?: TSchema;
  /** Defaults to application/json. */
  contentType?: string;
  /** An example body, shown by OpenAPI viewers. */
  example?: unknown;
}

/** Documentation of one route, written next to its router from the schemas the router validates with. */
export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path under the API prefix, e.g. `/sessions/{id}`. */
  path: string;
  summary: string;
  tag: string;
  auth: Auth;
  params?: TObject;
  query?: TObject;
  body?: TSchema;
  /** Extra client errors besides those implied (400 for input, 401/403 for auth, 404 for ids, 413 for bodies). */
  errors?: Record<number, string>;
  responses: Record<number, ResponseDoc>;
  /** The body's media type when it is not JSON (e.g. an NDJSON upload); defaults to application/json. */
  bodyContentType?: string;
  /** Other media types the same body may come in (e.g. MessagePack), with the same schema. */
  bodyAlsoAs?: readonly string[];
  /** An example request body. */
  bodyExample?: unknown;
}

type Json = Record<string, unknown>;

/**
 * Converts TypeBox schemas into OpenAPI 3.1 schema objects (JSON Schema 2020-12). Schemas with
 * a `$id` become named components referenced by `$ref`; TypeBox's draft-07 tuples
 * (`items: [...]`) become fixed-length arrays of the positions' union.
 */
class SchemaRegistry {
  readonly components: Record<string, Json> = {};

  ref(schema: TSchema): Json {
    const id = (schema as { $id?: unknown }).$id;
    if (typeof id !== 'string') return this.convert(schema);
    if (!this.components[id]) {
      this.components[id] = {}; // placeholder first: a recursive schema refers to itself
      this.components[id] = this.convert(schema);
    }
    return { $ref: `#/components/schemas/${id}` };
  }

  private convert(schema: unknown): Json {
    const out: Json = {};
    for (const [key, value] of Object.entries(schema as Json)) {
      if (key === '$id') continue;
      if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
        out[key] = Object.fromEntries(
          Object.entries(value as Json).map(([k, v]) => [k, this.ref(v as TSchema)]),
        );
      } else if (key === 'items' && Array.isArray(value)) {
        // A fixed-length array whose items are any of the positions' schemas: 3.1's
        // prefixItems is right in theory, but common OpenAPI tools (schemathesis among them)
        // still reject it, and the positions ([ts, value]) are stated in the description.
        const members = value.map((v) => this.ref(v as TSchema));
        out.items = members.length === 1 ? members[0] : { anyOf: members };
      } else if (key === 'additionalItems') {
        continue;
      } else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) {
        out[key] = value.map((v) => this.ref(v as TSchema));
      } else if (
        (key === 'items' || key === 'not' || key === 'additionalProperties') &&
        typeof value === 'object' &&
        value !== null
      ) {
        out[key] = this.ref(value as TSchema);
      } else {
        out[key] = value;
      }
    }
    return out;
  }
}

const AUTH_ERRORS: Record<Auth, Record<number, string>> = {
  admin: {
    401: 'No bearer token',
    403: 'The token is not the admin token',
    429: TOO_MANY_FAILURES,
  },
  device: {
    401: 'No device token, or an unknown or revoked one',
    403: 'The token belongs to another device',
    429: TOO_MANY_FAILURES,
  },
  gateway: {
    401: 'No gateway token, or an unknown or revoked one',
    403: 'An admin or device token, not a gateway token',
    429: TOO_MANY_FAILURES,
  },
  metrics: {
    401: 'No bearer token',
    403: 'Neither the admin token nor the metrics token',
    429: TOO_MANY_FAILURES,
  },
  backup: {
    401: 'No bearer token',
    403: 'Neither the backup secret nor the admin token, or not called from this machine',
    429: TOO_MANY_FAILURES,
  },
  none: {},
};

function parameters(
  reg: SchemaRegistry,
  where: 'path' | 'query',
  schema: TObject | undefined,
): Json[] {
  if (!schema) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...((s as { description?: string }).description
      ? { description: (s as { description?: string }).description }
      : {}),
    schema: reg.ref(s as TSchema),
  }));
}

function operation(reg: SchemaRegistry, r: RouteDoc): Json {
  const problem = { content: { [PROBLEM_CONTENT_TYPE]: { schema: reg.ref(Problem) } } };
  const errors: Record<number, string> = { ...AUTH_ERRORS[r.auth] };
  if (r.params || r.query || r.body) errors[400] = 'Malformed input; `errors` names each field';
  if (r.params?.properties.id) errors[404] = 'No such resource';
  if (r.body) errors[413] = 'The body is larger than the hub accepts';
  Object.assign(errors, r.errors);
  const responses: Json = {};
  for (const [status, resp] of Object.entries(r.responses)) {
    responses[status] = {
      description: resp.description,
      ...(resp.schema
        ? {
            content: {
              [resp.contentType ?? 'application/json']: {
                schema: reg.ref(resp.schema),
                ...(resp.example !== undefined ? { example: resp.example } : {}),
              },
            },
          }
        : {}),
    };
  }
  for (const [status, description] of Object.entries(errors))
    responses[status] = { description, ...problem };
  return {
    operationId: `${r.method}${r.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    summary: r.summary,
    tags: [r.tag],
    // A read-only API token reads whatever the admin token reads (`http/auth.ts`).
    security:
      r.auth === 'admin' && r.method === 'get'
        ? [...SECURITY.admin, { readToken: [] }]
        : SECURITY[r.auth],
    parameters: [...parameters(reg, 'path', r.params), ...parameters(reg, 'query', r.query)],
    ...(r.body
      ? {
          requestBody: {
            required: true,
            content: {
              [r.bodyContentType ?? 'application/json']: {
                schema: reg.ref(r.body),
                ...(r.bodyExample !== undefined ? { example: r.bodyExample } : {}),
              },
              ...Object.fromEntries(
                (r.bodyAlsoAs ?? []).map((t) => [t, { schema: reg.ref(r.body!) }]),
              ),
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * Builds the OpenAPI 3.1 document of the hub API from the route docs the feature folders
 * register (`HttpFeature.docs`) and the protocol schemas.
 */
export function buildOpenApi(version: string, routes: readonly RouteDoc[]): Json {
  const reg = new SchemaRegistry();
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method] = operation(reg, r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Brewpit hub API',
      version,
      description:
        'Edge-node ingest, device registry, cook and brew sessions, history. Errors are RFC 9457 problem+json.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: API_PREFIX }],
    paths,
    components: {
      schemas: reg.components,
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'BREWPIT_ADMIN_TOKEN or <data dir>/admin_token',
        },
        deviceToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A device token from POST /pair or POST /devices',
        },
        metricsToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The metrics_token setting: lets Prometheus scrape /metrics and nothing else',
        },
        backupSecret: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The secret the add-on's start script generates for its backup_pre and backup_post hooks",
        },
        readToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A read-only API token from POST /tokens: every GET the admin token may call, and nothing that writes',
        },
        gatewayToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A hydrometer gateway token from POST /compat/tokens; also accepted in the path, as ?token= or in the body',
        },
      },
    },
  };
}

type Schema = RouteDoc['responses'][number]['schema'];

/** `200` with a description and, when given, a body schema. */
export const ok = (description: string, schema?: Schema): RouteDoc['responses'] => ({
  200: { description, ...(schema ? { schema } : {}) },
});

/** `201` with the created resource. */
export const created = (description: string, schema: Schema): RouteDoc['responses'] => ({
  201: { description, schema },
});

/** `204` without a body. */
export const noContent: RouteDoc['responses'] = { 204: { description: 'Done' } };
