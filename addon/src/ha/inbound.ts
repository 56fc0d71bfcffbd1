import type { Connection } from 'home-assistant-js-websocket';
import { applyCommand, CommandRejected } from './commands.js';
import type { BridgeContext } from './shared.js';
import type { HaCommand } from './types.js';
import { haConfigOf } from './units.js';

/**
 * Commands Home Assistant pushes back (entity actions and services), on
 * `brewpit/commands/subscribe`: each goes to `applyCommand`; a refused one is logged, never fatal.
 */
export class InboundCommands {
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(private readonly bc: BridgeContext) {}

  /**
   * Subscribes on this connection, replacing an earlier subscription. The new channel opens
   * before the old one closes: the integration marks every entity unavailable while no channel
   * is open, and a close first made each re-announcement (Home Assistant restarted, the
   * integration reloaded) flap every sensor to unavailable and back. The integration keeps one
   * channel per connection, so the overlap sends no command twice.
   */
  async subscribe(conn: Connection): Promise<void> {
    const previous = this.unsubscribe;
    this.unsubscribe = await conn.subscribeMessage<HaCommand>(
      (cmd) => this.apply(cmd),
      { type: 'brewpit/commands/subscribe' },
      { resubscribe: false },
    );
    if (previous) await previous().catch(() => {});
  }

  /** The connection is gone, and its subscription with it. */
  reset(): void {
    this.unsubscribe = null;
  }

  private apply(cmd: HaCommand): void {
    const { log } = this.bc;
    if (cmd.type === 'ha_config') return this.haConfig(cmd);
    try {
      const what = applyCommand(this.bc.hub, cmd);
      log.info({ command: cmd.type, deviceId: cmd.device_id }, `Home Assistant: ${what}`);
    } catch (err) {
      if (err instanceof CommandRejected)
        log.warn({ command: cmd }, `Ignored a command from Home Assistant: ${err.message}`);
      else log.error({ err, command: cmd }, 'Failed to apply a command from Home Assistant');
    }
  }

  /** Home Assistant's unit system or language changed: events from now on follow it. */
  private haConfig(cmd: HaCommand): void {
    const config = haConfigOf(cmd as unknown as Record<string, unknown>);
    if (!config) return this.bc.log.warn({ command: cmd }, 'Ignored a malformed ha_config');
    this.bc.haConfig = config;
    this.bc.log.info(config, 'Home Assistant settings changed');
  }
}
