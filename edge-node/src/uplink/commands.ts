import type { Command, DeviceConfig } from '@brewpit/protocol';
import type { Logger } from '../log.js';

/** What the node does with the hub's desired config and commands. */
export interface ControlTarget {
  /** Applies a new desired config (sample interval, recording, targets). */
  applyConfig(config: DeviceConfig): void;
  /** Sets one channel's target (meat probe done temperature, fermentation setpoint). */
  setTarget(channel: string, value: number): void;
}

/** Result of one command, as acknowledged to the hub. */
export interface CommandOutcome {
  ok: boolean;
  message?: string;
  /** Details for the hub's command record (only the direct ack carries them). */
  result?: Record<string, unknown>;
}

/**
 * Executes the hub commands that are not control's (control/edge.ts takes chamber commands
 * when `edge.yaml` has a `control:` section). Without control, modes and profiles are refused
 * with a clear message rather than silently accepted.
 */
export function executeCommand(cmd: Command, target: ControlTarget, log: Logger): CommandOutcome {
  if (cmd.expires_at < Date.now())
    return { ok: false, message: 'command expired before it reached the edge node' };
  switch (cmd.type) {
    case 'set_target': {
      const channel = cmd.params['channel'];
      const value = cmd.params['value'] ?? cmd.params['target'];
      if (typeof channel !== 'string' || typeof value !== 'number' || !Number.isFinite(value)) {
        return { ok: false, message: 'set_target needs params {channel: string, value: number}' };
      }
      target.setTarget(channel, value);
      log.info({ channel, value }, `Target of '${channel}' set to ${value}`);
      return { ok: true };
    }
    case 'identify':
      log.info({ command: cmd.id }, 'Identify requested by the hub: this is the node');
      return { ok: true, message: 'identified in the edge log' };
    default:
      return {
        ok: false,
        message: `command '${cmd.type}' is not supported by this edge node (no control outputs)`,
      };
  }
}
