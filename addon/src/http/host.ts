import type { Request } from 'express';

/** Addresses of this machine, as the socket reports them. */
export const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether a socket address is this machine's. */
export const isLoopbackAddress = (address: string | undefined): boolean =>
  LOOPBACK.has(address ?? '');

/** Host names that mean this machine, as a browser or a script on it writes them. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host of a Host header without its port, lower-cased; null when malformed. */
function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * A request that really comes from this machine: from a loopback address *and* addressed to a
 * loopback name. The address alone is not enough: a web page in a browser on this machine can
 * make requests to a name of its own that it resolves to 127.0.0.1 (DNS rebinding), and those
 * carry that name in their Host header.
 */
export function isLoopbackRequest(req: Request): boolean {
  const host = hostName(req.headers.host);
  return isLoopbackAddress(req.socket.remoteAddress) && host !== null && LOOPBACK_HOSTS.has(host);
}
