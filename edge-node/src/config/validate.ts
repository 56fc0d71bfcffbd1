import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';

// ajv-formats ships CommonJS with a default export that NodeNext sees one level deep.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** One problem in the configuration: where (path segments) and what. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

const ajv = new Ajv({
  allErrors: true,
  strict: false,
  useDefaults: true,
  verbose: true,
  coerceTypes: false,
});
addFormats(ajv, ['uri']);
const cache = new WeakMap<TSchema, ValidateFunction>();

/** Validates `data` in place (filling defaults) and returns every problem found. */
export function validateWith(
  schema: TSchema,
  data: unknown,
  prefix: (string | number)[] = [],
): Issue[] {
  let fn = cache.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    cache.set(schema, fn);
  }
  if (fn(data)) return [];
  return summarise(fn.errors ?? [], prefix);
}

/** Keeps one readable message per path: hints beat union noise, specific beats generic. */
function summarise(errors: ErrorObject[], prefix: (string | number)[]): Issue[] {
  const byPath = new Map<string, { issue: Issue; rank: number }>();
  for (const e of errors) {
    const { path, message, rank } = describe(e);
    const full = [...prefix, ...path];
    const key = JSON.stringify(full);
    const seen = byPath.get(key);
    if (!seen || rank > seen.rank) byPath.set(key, { issue: { path: full, message }, rank });
  }
  return [...byPath.values()].map((v) => v.issue);
}

function describe(e: ErrorObject): { path: (string | number)[]; message: string; rank: number } {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const hint = (e.parentSchema as { 'x-hint'?: string } | undefined)?.['x-hint'];
  if (hint) return { path, message: hint, rank: 3 };
  switch (e.keyword) {
    case 'required':
      return {
        path: [...path, (e.params as { missingProperty: string }).missingProperty],
        message: 'is required',
        rank: 2,
      };
    case 'additionalProperties':
      return {
        path: [...path, (e.params as { additionalProperty: string }).additionalProperty],
        message: 'is not a known option',
        rank: 2,
      };
    case 'enum':
      return {
        path,
        message: `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
        rank: 2,
      };
    case 'const':
      return {
        path,
        message: `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`,
        rank: 2,
      };
    case 'anyOf':
      return { path, message: 'has the wrong type', rank: 0 };
    default:
      return { path, message: e.message ?? 'is invalid', rank: 1 };
  }
}

/** `sensors[1].address` from path segments. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}
