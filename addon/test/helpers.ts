import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { Hub } from '../src/hub.js';
import { loadSettings } from '../src/settings.js';

export const ADMIN = 'test-admin-token-0123456789';

/** A real hub on a real SQLite file in a temp dir, listening on a free loopback port. */
export interface TestHub {
  hub: Hub;
  url: string;
  dir: string;
  /** fetch against `/api/v1`, with the admin token unless `token` is given (null: none). */
  call(
    method: string,
    route: string,
    body?: unknown,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  pairDevice(name?: string): Promise<{ device_id: string; token: string }>;
  /**
   * A read-only SQL connection to the hub's store file, for checks a test makes from outside
   * (what is on disk); the hub's own handle stays private to its store.
   */
  sql(): Database.Database;
  stop(): Promise<void>;
}

/** A read-only connection to a store file (WAL: it sees every committed write). */
export function readOnlySql(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export async function startTestHub(env: Record<string, string> = {}): Promise<TestHub> {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-hub-'));
  const settings = loadSettings({
    PORT: '0',
    HOST: '127.0.0.1',
    BREWPIT_DATA_DIR: dir,
    BREWPIT_ADMIN_TOKEN: ADMIN,
    BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
    // Tests replay hours of readings as fast as they can; ratelimit.test.ts covers the limit.
    BREWPIT_INGEST_RATE_LIMIT: '0',
    ...env,
  });
  const hub = new Hub(settings, pino({ level: process.env.DEBUG_HUB ? 'debug' : 'silent' }));
  const url = await hub.start();
  const call: TestHub['call'] = async (method, route, body, token = ADMIN, headers = {}) => {
    const res = await fetch(`${url}/api/v1${route}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string' || body instanceof Uint8Array
            ? body
            : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  let sql: Database.Database | null = null;
  return {
    hub,
    url,
    dir,
    call,
    sql: () => (sql ??= readOnlySql(path.join(dir, 'brewpit.db'))),
    async pairDevice(name = 'smoker-pi') {
      const { body } = await call('POST', '/pairings');
      const paired = await call('POST', '/pair', { code: body.code, name }, null);
      return paired.body;
    },
    async stop() {
      sql?.close();
      await hub.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The channel the tests use most. */
export const PIT = { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' } as const;

/** Readings of one channel with consecutive seqs, 5 s apart. */
export function readings(fromSeq: number, count: number, channel = 'pit', t0 = 1_763_800_000_000) {
  return Array.from({ length: count }, (_, i) => ({
    seq: fromSeq + i,
    channel,
    ts: t0 + (fromSeq + i) * 5000,
    value: 100 + ((fromSeq + i) % 50) / 2,
  }));
}

/** One sample of a Prometheus text exposition, by name and exact label set. */
export function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}
