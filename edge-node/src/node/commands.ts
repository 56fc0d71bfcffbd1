import type { Command, CommandAck, IngestAck } from '@brewpit/protocol';
import { errorMessage } from '../errors.js';
import { moduleLogger, type Logger } from '../log.js';
import type { NodeContext, NodeModule } from './context.js';

/**
 * Commands remembered with their outcome. The hub redelivers a command whose ack it never got
 * (with backoff, for a few minutes); a node that answered within the last 200 commands answers
 * the same again instead of running it twice.
 */
const REMEMBER_COMMANDS = 200;

/**
 * Runs the commands that arrive in ingest answers, once each, and acknowledges them: directly
 * (`POST …/commands/{id}/ack`, with details), or, when that fails, in the next batch's
 * `command_results`. Chamber commands go to control; the node keeps `set_target` for a probe's
 * done temperature and answers `identify`; anything else is refused with a reason.
 */
export class CommandModule implements NodeModule {
  private readonly log: Logger;
  private readonly outcomes = new Map<string, CommandAck>();
  private off: (() => void) | undefined;

  constructor(private readonly ctx: NodeContext) {
    this.log = moduleLogger(ctx.log, 'edge:commands');
  }

  async start(): Promise<void> {
    this.off = this.ctx.events.on('ack', (ack) => this.onAck(ack));
  }

  async stop(): Promise<void> {
    this.off?.();
    this.off = undefined;
  }

  private async onAck(ack: IngestAck): Promise<void> {
    for (const cmd of ack.commands) await this.run(cmd);
  }

  /** Runs `cmd` unless it ran before, then acknowledges its outcome. */
  async run(cmd: Command): Promise<void> {
    let outcome = this.outcomes.get(cmd.id);
    if (!outcome) {
      outcome = await this.execute(cmd);
      this.outcomes.set(cmd.id, outcome);
      if (this.outcomes.size > REMEMBER_COMMANDS)
        this.outcomes.delete(this.outcomes.keys().next().value as string);
    }
    await this.acknowledge(cmd, outcome);
  }

  private async execute(cmd: Command): Promise<CommandAck> {
    const { control, clock, events, desired } = this.ctx;
    if (control?.accepts(cmd)) {
      // Chamber deadlines are judged on the hub's clock: a Pi may boot with a stale one.
      const outcome = await control.run(cmd, clock.now());
      if (outcome.ok) events.emit('controlChanged', { reason: `command ${cmd.type}` });
      return outcome;
    }
    const setTarget = (channel: string, value: number): void => desired.setTarget(channel, value);
    return executeCommand(cmd, setTarget, this.log, clock.now());
  }

  private async acknowledge(cmd: Command, outcome: CommandAck): Promise<void> {
    const deviceId = this.ctx.tokens.deviceId();
    try {
      if (!deviceId) throw new Error('device id unknown');
      await this.ctx.client.ackCommand(deviceId, cmd.id, outcome);
    } catch (err) {
      this.log.debug(`Command ${cmd.id} result goes with the next batch: ${errorMessage(err)}`);
      this.ctx.commandResults.push({ id: cmd.id, ok: outcome.ok, message: outcome.message });
    }
  }
}

/**
 * Executes the hub commands that are not control's. Without a control section, modes and
 * profiles are refused with a clear message rather than silently accepted.
 */
function executeCommand(
  cmd: Command,
  setTarget: (channel: string, value: number) => void,
  log: Logger,
  now: number,
): CommandAck {
  if (cmd.expires_at < now)
    return { ok: false, message: 'command expired before it reached the edge node' };
  switch (cmd.type) {
    case 'set_target': {
      const channel = cmd.params['channel'];
      const value = cmd.params['value'] ?? cmd.params['target'];
      if (typeof channel !== 'string' || typeof value !== 'number' || !Number.isFinite(value)) {
        return { ok: false, message: 'set_target needs params {channel: string, value: number}' };
      }
      setTarget(channel, value);
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
