import type { ErrorObject } from 'ajv';
import type { Static, TSchema } from '@sinclair/typebox';
import { compileSchema, prepareSchemas } from './compile.js';

export { prepareSchemas };

/** One problem in the configuration: where (path segments) and what. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/** Validates `data` in place (filling defaults) and returns every problem found. */
export function validateWith(
  schema: TSchema,
  data: unknown,
  prefix: (string | number)[] = [],
): Issue[] {
  const fn = compileSchema(schema);
  if (fn(data)) return [];
  return summarise(fn.errors ?? [], prefix);
}

/** What a {@link checker} says about untrusted data. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * A validator for untrusted data (the hub's answers, command parameters) that reports every
 * problem as an {@link Issue}. Compiled on first use; its schema must be prepared by then
 * ({@link prepareSchemas}).
 */
export function checker<T extends TSchema>(schema: T): (data: unknown) => Checked<Static<T>> {
  return (data) => {
    const issues = validateWith(schema, data);
    return issues.length ? { ok: false, issues } : { ok: true, value: data as Static<T> };
  };
}

/** `/readings/3/ts: must be …` lines, one per issue, for logs and command results. */
export function issueLines(issues: readonly Issue[], separator = '; '): string {
  return issues.map((i) => `/${i.path.join('/')}: ${i.message}`).join(separator);
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
