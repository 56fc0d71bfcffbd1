import type { Command, CommandAck, CommandRecord, CommandType } from '@brewpit/protocol';
import type { Actor, HubCore } from '../core.js';
import { notFound } from '../errors.js';
import { child, type Log } from '../log.js';
import { DEFAULT_COMMAND_TTL_MS, type CommandChange } from '../store/index.js';

/** How a command is queued. */
export interface EnqueueOptions {
  ttlMs?: number;
  /** False when the command is part of a use case that records its own audit entry. */
  audit?: boolean;
}

/**
 * The command queue's one write path: queueing (from the API, Home Assistant, targets),
 * delivery in ingest answers, the edge's answers, and expiry. Every status change goes to the
 * bus as `commandChanged`.
 */
export class CommandsService {
  private readonly log: Log;

  constructor(private readonly core: HubCore) {
    this.log = child(core.log, 'hub:commands');
  }

  /** Queues a command for a device; throws `Refused` (not found) for an unknown device. */
  enqueue(
    deviceId: string,
    type: CommandType,
    params: Record<string, unknown>,
    actor: Actor,
    { ttlMs = DEFAULT_COMMAND_TTL_MS, audit = true }: EnqueueOptions = {},
  ): CommandRecord {
    const command = this.core.store.commands.enqueue(deviceId, type, params, ttlMs);
    if (!command) throw notFound(`No device '${deviceId}'`);
    if (audit)
      this.core.store.audit.add(actor, 'command.enqueue', deviceId, {
        id: command.id,
        type,
        params,
      });
    this.publish([{ command, previous: null }]);
    return command;
  }

  /** The commands due in a device's ingest answer, marked delivered. */
  deliver(deviceId: string): Command[] {
    const { commands, changes } = this.core.store.commands.deliver(deviceId);
    this.publish(changes);
    return commands;
  }

  /**
   * Records a device's answer to one of its commands; a failure is logged with the device's
   * reason. Throws `Refused` (not found) when the device has no such command.
   */
  ack(deviceId: string, commandId: string, answer: CommandAck): CommandRecord {
    const done = this.core.store.commands.ack(deviceId, commandId, answer);
    if (!done) throw notFound(`No command '${commandId}' for this device`);
    if (done.change) {
      if (!answer.ok)
        this.log.warn(
          { deviceId, commandId, type: done.command.type },
          `Command '${done.command.type}' failed on the device: ${answer.message ?? 'no reason given'}`,
        );
      this.publish([done.change]);
    }
    return done.command;
  }

  /** Closes overdue commands (expired, dead); returns how many. */
  sweep(now = Date.now()): number {
    const changes = this.core.store.commands.sweep(now);
    this.publish(changes);
    return changes.length;
  }

  private publish(changes: CommandChange[]): void {
    for (const { command, previous } of changes)
      this.core.bus.emit('commandChanged', { deviceId: command.device_id, command, previous });
  }
}
