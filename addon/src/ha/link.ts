import { createConnection, ERR_INVALID_AUTH, type Connection } from 'home-assistant-js-websocket';
import type { Log } from '../log.js';
import { openSocket, type HaTarget } from './socket.js';
import type { HaLinkStatus } from './status.js';

/** Backoff of the first connection attempts: 1 s doubling to 30 s. */
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** What the link tells the rest of the bridge. */
export interface LinkEvents {
  /** A new connection object: subscribe what the library resubscribes after reconnects. */
  attached(conn: Connection): void;
  /** A connection is up (first connect or a reconnect): time to announce. */
  ready(): void;
  /** The connection dropped; what was sent on it must be sent again on the next. */
  lost(): void;
}

/**
 * The connection to Home Assistant: our own retry loop with backoff for the first connection
 * and after an auth failure, the library's reconnects otherwise. It keeps the link state that
 * `/health` shows; the rest of the bridge asks it for the connection to send on.
 */
export class HaLink {
  private conn: Connection | null = null;
  private stopped = true;
  private retryTimer: NodeJS.Timeout | null = null;
  private offConn: (() => void)[] = [];

  constructor(
    private readonly target: HaTarget,
    private readonly status: HaLinkStatus,
    private readonly log: Log,
    private readonly on: LinkEvents,
  ) {}

  /** The connection while it is up, whether or not the integration answered yet. */
  get connection(): Connection | null {
    return this.conn?.connected ? this.conn : null;
  }

  /** The connection once the integration answered (state `connected`); null otherwise. */
  get linked(): Connection | null {
    return this.status.state === 'connected' ? this.connection : null;
  }

  start(): void {
    this.stopped = false;
    this.status.state = 'connecting';
    this.log.info(
      { url: this.target.wsUrl, via: this.target.source },
      'Connecting to Home Assistant',
    );
    void this.connect(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.drop();
    this.status.state = 'disconnected';
  }

  /** Subscribes to a Home Assistant event for the life of the connection (resubscribed on reconnect). */
  onHaEvent(conn: Connection, eventType: string, fn: () => void): void {
    const sub = conn.subscribeEvents(fn, eventType);
    this.offConn.push(() => void sub.then((unsub) => unsub()).catch(() => {}));
  }

  private drop(): void {
    for (const off of this.offConn.splice(0)) off();
    this.conn?.close();
    this.conn = null;
    this.on.lost();
  }

  private async connect(attempt: number): Promise<void> {
    if (this.stopped) return;
    try {
      const conn = await createConnection({
        createSocket: () => openSocket(this.target),
        setupRetry: 0,
      });
      if (this.stopped) return void conn.close();
      this.attach(conn);
    } catch (err) {
      const auth = err === ERR_INVALID_AUTH;
      this.status.state = auth ? 'auth_failed' : 'disconnected';
      const delay = auth ? RETRY_MAX_MS : Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** attempt);
      const msg = auth ? 'Home Assistant refused the token' : 'Cannot connect to Home Assistant';
      // Only the first failure is a warning: a Home Assistant that is down for an hour must not flood the log.
      this.log[attempt === 0 ? 'warn' : 'debug']({ url: this.target.wsUrl, retryInMs: delay }, msg);
      this.retryLater(attempt + 1, delay);
    }
  }

  private retryLater(attempt: number, delay: number): void {
    this.retryTimer = setTimeout(() => void this.connect(attempt), delay);
    this.retryTimer.unref();
  }

  private attach(conn: Connection): void {
    this.conn = conn;
    this.log.info({ haVersion: conn.haVersion }, 'Connected to Home Assistant');
    const onReady = () => {
      this.log.info('Reconnected to Home Assistant');
      this.on.ready();
    };
    const onDisconnected = () => {
      this.status.state = 'disconnected';
      this.on.lost();
      this.log.warn('Lost the connection to Home Assistant; reconnecting (ingest goes on)');
    };
    const onReconnectError = () => {
      // The library gives up after an auth failure; our own loop takes over.
      this.log.warn('Home Assistant refused the token on reconnect');
      this.drop();
      this.status.state = 'auth_failed';
      this.retryLater(1, RETRY_MAX_MS);
    };
    conn.addEventListener('ready', onReady);
    conn.addEventListener('disconnected', onDisconnected);
    conn.addEventListener('reconnect-error', onReconnectError);
    this.offConn.push(
      () => conn.removeEventListener('ready', onReady),
      () => conn.removeEventListener('disconnected', onDisconnected),
      () => conn.removeEventListener('reconnect-error', onReconnectError),
    );
    this.on.attached(conn);
    this.on.ready();
  }
}
