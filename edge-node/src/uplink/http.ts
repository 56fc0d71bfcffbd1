import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A finished HTTP exchange. */
export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with node:http. Used instead of `fetch`: loading undici costs ~7 MB of RSS,
 * a tenth of the edge node's memory budget on a Pi Zero. Rejects with the socket error
 * (ECONNREFUSED …) or a `TimeoutError` after `timeoutMs`.
 */
export function send(
  url: string,
  o: { method: string; headers: Record<string, string>; body?: Buffer; timeoutMs: number },
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const headers = {
      ...o.headers,
      ...(o.body ? { 'content-length': String(o.body.length) } : {}),
    };
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(
      u,
      { method: o.method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(o.timeoutMs, () =>
      req.destroy(
        Object.assign(new Error('request timed out'), { name: 'TimeoutError', code: 'ETIMEDOUT' }),
      ),
    );
    req.on('error', reject);
    req.end(o.body);
  });
}
