import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import path from 'node:path';
import type { Express } from 'express';
import type { Log } from '../log.js';
import type { Settings } from '../settings.js';
import { isLoopbackAddress } from './host.js';

/**
 * Time a client has to send its request headers. Node's default (a minute) let a LAN host hold
 * connections open by trickling header bytes; an edge node or a hydrometer sends its headers
 * in one packet.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Time a client has to send its whole request (a 4 MB batch on a slow Wi-Fi link included). */
export const REQUEST_TIMEOUT_MS = 30_000;
/**
 * How long an idle keep-alive connection stays open. Longer than any client keeps an idle
 * connection to reuse (Node's agent: the hub's `Keep-Alive: timeout` hint less a second;
 * undici 4 s; aiohttp 15 s), so the client is always the side that closes it: a server that
 * closes first races the client's next request on that socket, and the request is reset
 * (Node's 5 s default did so under load whenever a node's next batch came ~5 s later).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Connections the hub holds at once; the next are closed as they arrive. */
export const MAX_CONNECTIONS = 512;
/**
 * Connections one address other than this machine may hold at once. An edge node uses one or
 * two (requests overlap while it drains a backlog), a browser six; more is someone holding
 * sockets to starve the rest.
 */
export const MAX_CONNECTIONS_PER_ADDRESS = 32;
/** How often a changed certificate (a renewal) is looked for. */
const CERT_CHECK_MS = 60 * 60_000;

/** The certificate and key files of the settings, when HTTPS is on. */
export function tlsFiles(settings: Settings): { cert: string; key: string } | null {
  if (!settings.ssl) return null;
  const resolve = (f: string) => (path.isAbsolute(f) ? f : path.join(settings.ssl_dir, f));
  return { cert: resolve(settings.certfile), key: resolve(settings.keyfile) };
}

/** Reads the certificate and key, saying which file failed and why. */
function readTls(files: { cert: string; key: string }): { cert: Buffer; key: Buffer } {
  const read = (what: string, file: string) => {
    try {
      return readFileSync(file);
    } catch (err) {
      throw new Error(`Failed to read the TLS ${what} '${file}': ${(err as Error).message}`);
    }
  };
  return { cert: read('certificate', files.cert), key: read('key', files.key) };
}

/** Closes a connection past the caps (global, per address) as soon as it arrives. */
function capConnections(server: http.Server): void {
  const perAddress = new Map<string, number>();
  server.maxConnections = MAX_CONNECTIONS;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (isLoopbackAddress(address)) return;
    const n = (perAddress.get(address) ?? 0) + 1;
    if (n > MAX_CONNECTIONS_PER_ADDRESS) {
      socket.destroy();
      return;
    }
    perAddress.set(address, n);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
}

/**
 * Picks up a renewed certificate (Let's Encrypt renews every two months) without a restart:
 * the files' modification times are compared every hour. A renewal that cannot be read is
 * logged and the old certificate stays in use.
 */
function watchCertificate(
  server: https.Server,
  files: { cert: string; key: string },
  log: Log,
): () => void {
  const stamp = () => `${statSync(files.cert).mtimeMs}:${statSync(files.key).mtimeMs}`;
  let last = stamp();
  const timer = setInterval(() => {
    try {
      const now = stamp();
      if (now === last) return;
      server.setSecureContext(readTls(files));
      last = now;
      log.info({ cert: files.cert }, 'TLS certificate reloaded');
    } catch (err) {
      log.warn({ err }, 'Failed to reload the TLS certificate; the previous one stays in use');
    }
  }, CERT_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The hub's listening servers (the main one first) and how to stop watching its certificate. */
export interface HubServers {
  servers: http.Server[];
  scheme: 'http' | 'https';
  unwatch: () => void;
}

/** Creates one server with the hub's timeouts and connection caps. */
function create(app: Express, tls: { cert: Buffer; key: Buffer } | null): http.Server {
  const options: http.ServerOptions = {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: 1000,
  };
  const server = tls
    ? https.createServer({ ...options, ...tls }, app)
    : http.createServer(options, app);
  capConnections(server);
  return server;
}

function bind(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err) =>
      reject(new Error(`Failed to listen on ${host}:${port}: ${err.message}`)),
    );
    server.listen(port, host, () => resolve());
  });
}

/**
 * The hub's HTTP(S) servers: HTTPS when the settings turn `ssl` on (and, with `plain_port`, plain
 * HTTP beside it for the add-on's internal network), tight header and request timeouts checked
 * every second (Node checks every 30 s by default, so a timeout could be passed by half a
 * minute), and caps on connections.
 */
export async function listen(app: Express, settings: Settings, log: Log): Promise<HubServers> {
  const files = tlsFiles(settings);
  const main = create(app, files ? readTls(files) : null);
  const servers = [main];
  if (files && settings.plain_port !== undefined) servers.push(create(app, null));
  try {
    await bind(main, settings.host, settings.port);
    if (servers[1]) await bind(servers[1], settings.host, settings.plain_port!);
  } catch (err) {
    for (const s of servers) s.close();
    throw err;
  }
  const unwatch = files ? watchCertificate(main as https.Server, files, log) : () => {};
  return { servers, scheme: files ? 'https' : 'http', unwatch };
}
