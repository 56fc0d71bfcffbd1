import http from 'node:http';

/** An answer read to the end. */
export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): any;
}

/**
 * One HTTP request with what `fetch` cannot do: a chosen source address (127.0.0.2 is "another
 * machine" to the hub, which trusts only 127.0.0.1 and ::1), any Host header, a raw body.
 */
export function rawRequest(
  base: string,
  o: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    from?: string;
  },
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: o.method ?? 'GET',
        path: `/api/v1${o.path}`,
        headers: {
          ...(o.body !== undefined ? { 'content-length': String(Buffer.byteLength(o.body)) } : {}),
          ...o.headers,
        },
        localAddress: o.from,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            text,
            json: () => JSON.parse(text),
          });
        });
      },
    );
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}
