import type { NodeContext, NodeModule } from './context.js';

/**
 * Sending: runs the uplink (outbox → hub, with retries, backoff and backlog draining) and
 * wakes it whenever readings are recorded, so a reading goes out as soon as it is stored.
 */
export class UplinkModule implements NodeModule {
  private off: (() => void) | undefined;

  constructor(private readonly ctx: NodeContext) {}

  async start(): Promise<void> {
    this.off = this.ctx.events.on('recorded', () => this.ctx.uplink.notify());
    this.ctx.uplink.start();
  }

  async stop(): Promise<void> {
    this.off?.();
    this.off = undefined;
    const stopped = this.ctx.uplink.stop();
    this.ctx.client.close(); // a request hanging on the hub ends now, not at its timeout
    await stopped;
  }
}
