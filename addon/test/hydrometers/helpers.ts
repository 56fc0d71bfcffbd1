import { request } from 'node:http';
import type { TestHub } from '../helpers.js';

/** Creates a hydrometer gateway and returns its token. */
export async function gatewayToken(
  t: TestHub,
  body: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.call('POST', '/compat/tokens', body);
  if (res.status !== 201)
    throw new Error(`gateway token: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * One HTTP/1.1 request written the way the iSpindel's ESP8266HTTPClient writes it: explicit
 * Content-Length, `Connection: close`, its own User-Agent, a body serialised by the firmware
 * (so the test passes the JSON text as the device prints it, not re-serialised by JSON.stringify).
 */
export function rawPost(
  baseUrl: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<RawResponse> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-length': String(Buffer.byteLength(body)),
          connection: 'close',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* keep text */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An iSpindel "HTTP" post: JSON, `User-Agent: iSpindel`, no Authorization header. */
export const ispindelPost = (t: TestHub, path: string, json: string) =>
  rawPost(t.url, `/api/v1${path}`, json, {
    'content-type': 'application/json',
    'user-agent': 'iSpindel',
  });

/** A Tilt app "cloud URL" post: a form, as the app and TiltPi send it. */
export async function tiltPost(
  t: TestHub,
  path: string,
  fields: Record<string, string>,
): Promise<RawResponse> {
  const res = await fetch(`${t.url}/api/v1${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), body };
}

/** The series of one device by key, as `GET /series` lists them. */
export async function seriesByKey(
  t: TestHub,
  deviceId: string,
): Promise<
  Record<
    string,
    {
      id: number;
      kind: string;
      unit: string;
      name: string;
      last_value: number | null;
      last_ts: number | null;
    }
  >
> {
  const list = (await t.call('GET', '/series')).body as {
    id: number;
    device_id: string;
    key: string;
    kind: string;
    unit: string;
    name: string;
    last_value: number | null;
    last_ts: number | null;
  }[];
  return Object.fromEntries(list.filter((s) => s.device_id === deviceId).map((s) => [s.key, s]));
}

/** The raw points of a series (`GET /series/{id}/readings`). */
export async function points(t: TestHub, seriesId: number): Promise<[number, number | null][]> {
  const res = await t.call('GET', `/series/${seriesId}/readings?from=0`);
  return res.body.points;
}

/** Rows in the readings table: the "nothing stored" check. */
export const readingCount = (t: TestHub) =>
  t.sql().prepare('SELECT count(*) FROM readings').pluck().get() as number;

/** Devices of the given kinds. */
export async function devicesOfKind(
  t: TestHub,
  kind: string,
): Promise<
  {
    id: string;
    name: string;
    kind: string;
    ack_seq: number;
    config: { targets: Record<string, number> };
  }[]
> {
  return ((await t.call('GET', '/devices')).body as { kind: string }[]).filter(
    (d) => d.kind === kind,
  ) as never;
}

/** The precision a series was announced with (not part of `GET /series`). */
export const precisionOf = (t: TestHub, seriesId: number) =>
  t.sql().prepare('SELECT precision FROM series WHERE id = ?').pluck().get(seriesId) as
    number | null;
