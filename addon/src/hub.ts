import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { API_PREFIX } from '@brewpit/protocol';
import { createContext, type HubContext, type HubModule } from './context.js';
import { child, createLogger, type Log } from './log.js';
import { createModules } from './modules.js';
import { listen } from './http/server.js';
import { buildApp } from './routes.js';
import type { Settings } from './settings.js';
import { Store } from './store/index.js';
import { VERSION } from './version.js';

/**
 * The admin token: the configured one, else the one generated on first start into
 * `<data dir>/admin_token` (mode 0600), so restarts keep it.
 */
function resolveAdminToken(settings: Settings): { token: string; file: string | null } {
  if (settings.admin_token) return { token: settings.admin_token, file: null };
  const file = path.join(settings.data_dir, 'admin_token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), file };
  const token = `bpa_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, file };
}

/** How long a stop waits for requests in flight before it drops their connections. */
const STOP_GRACE_MS = 10_000;

/**
 * A running hub: the store, the context (services, bus, metrics), the modules and the HTTP API,
 * started and stopped as one.
 */
export class Hub {
  readonly ctx: HubContext;
  private servers: Server[] = [];
  private unwatch: () => void = () => {};
  private readonly modules: HubModule[];

  constructor(
    settings: Settings,
    log: Log = createLogger(settings.log_level, settings.log_pretty),
  ) {
    mkdirSync(settings.data_dir, { recursive: true });
    const store = Store.open(path.join(settings.data_dir, 'brewpit.db'), {
      seqGapLimit: settings.seq_gap_limit,
    });
    const { token } = resolveAdminToken(settings);
    this.ctx = createContext({ settings, store, log, adminToken: token });
    this.modules = createModules(this.ctx);
  }

  /** Starts the modules, then listens; resolves with the base URL. */
  async start(): Promise<string> {
    for (const m of this.modules) await m.start();
    const log = child(this.ctx.log, 'hub');
    const app = buildApp(this.ctx);
    const { servers, scheme, unwatch } = await listen(app, this.ctx.settings, log).catch(
      async (err: unknown) => {
        // Nothing listens (port taken, certificate unreadable): undo the start before failing.
        for (const m of [...this.modules].reverse()) await m.stop();
        this.ctx.store.close();
        throw err;
      },
    );
    this.servers = servers;
    this.unwatch = unwatch;
    const [url, plain] = servers.map((server, i) => {
      const addr = server.address() as AddressInfo;
      const host = ['0.0.0.0', '::'].includes(addr.address) ? '127.0.0.1' : addr.address;
      return `${i === 0 ? scheme : 'http'}://${host}:${addr.port}`;
    }) as [string, string | undefined];
    log.info({ url: `${url}${API_PREFIX}` }, `Brewpit hub ${VERSION} listening`);
    if (plain)
      log.info(
        { url: `${plain}${API_PREFIX}` },
        'Also serving plain HTTP (plain_port) for the internal network',
      );
    if (this.ctx.settings.loopback_reads) {
      log.warn(
        'Read-only calls from this machine need no token (loopback_reads): fine for a demo, not for a shared host',
      );
    }
    return url;
  }

  /**
   * Graceful stop: stop accepting requests and let those in flight (a batch mid-transaction
   * included) finish, stop modules, then checkpoint the WAL and close the store.
   */
  async stop(): Promise<void> {
    const servers = this.servers;
    this.servers = [];
    this.unwatch();
    await Promise.all(servers.map((s) => closeServer(s)));
    for (const m of [...this.modules].reverse()) await m.stop();
    this.ctx.store.close();
  }
}

/**
 * Stops accepting requests and lets those in flight finish: a keep-alive connection turns idle
 * once its request in flight is answered and is closed then rather than after the keep-alive
 * timeout; a client that never finishes its body is cut off after STOP_GRACE_MS, so a stop
 * always ends.
 */
function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    server.once('close', () => {
      clearInterval(idle);
      clearTimeout(cut);
    });
    server.closeIdleConnections();
  });
}
