import { hostname } from 'node:os';
import type { HubContext, HubModule } from './context.js';
import { child, type Log } from './log.js';
import type { Settings } from './settings.js';

const MAX_BACKOFF_MS = 5 * 60 * 1000;

/**
 * The port Home Assistant should use. With `ssl` the main port speaks HTTPS with a certificate for
 * the user's own name, which Core, reaching the add-on by its internal hostname, could not verify;
 * the plain port beside it serves the add-on's internal network (not published to the LAN).
 */
export function discoveryPort(settings: Settings): number {
  return settings.ssl && settings.plain_port !== undefined ? settings.plain_port : settings.port;
}

/**
 * Inside Home Assistant, announces the hub to the Supervisor (`POST /discovery`) so Core
 * offers the Brewpit integration with the hub's address and admin token filled in (the
 * integration's `async_step_hassio`). Outside an add-on (no `SUPERVISOR_TOKEN`) it does nothing.
 * The Supervisor may start before it accepts discovery, so failures retry with backoff.
 */
export class SupervisorDiscovery implements HubModule {
  private readonly log: Log;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** The discovery entry's uuid once the Supervisor accepted it. */
  uuid: string | null = null;

  constructor(
    private readonly ctx: HubContext,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.log = child(ctx.log, 'hub:supervisor');
  }

  async start(): Promise<void> {
    this.stopped = false;
    if (!this.env.SUPERVISOR_TOKEN) return;
    await this.announce(1000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async announce(backoff: number): Promise<void> {
    if (this.stopped) return;
    const base = this.env.SUPERVISOR_URL ?? 'http://supervisor';
    const body = {
      service: 'brewpit',
      config: {
        host: this.env.BREWPIT_DISCOVERY_HOST ?? hostname(),
        port: discoveryPort(this.ctx.settings),
        admin_token: this.ctx.adminToken,
      },
    };
    try {
      const res = await fetch(`${base}/discovery`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.env.SUPERVISOR_TOKEN}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
      const answer = (await res.json()) as { data?: { uuid?: string } };
      this.uuid = answer.data?.uuid ?? null;
      this.log.info(
        { host: body.config.host, port: body.config.port },
        'Announced the hub to Home Assistant (Supervisor discovery)',
      );
    } catch (err) {
      this.log.warn(
        { err: (err as Error).message, retryInS: backoff / 1000 },
        'Failed to announce the hub to the Supervisor; retrying',
      );
      this.timer = setTimeout(
        () => void this.announce(Math.min(backoff * 2, MAX_BACKOFF_MS)),
        backoff,
      );
      this.timer.unref();
    }
  }
}
