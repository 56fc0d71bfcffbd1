import type { ScheduledTask } from 'node-cron';
import type { HubContext, HubModule } from '../context.js';
import { child } from '../log.js';
import { scheduleJob } from './cron.js';

/**
 * The command queue's schedule and watch: sweeps the queue every 30 s so a command whose
 * deadline passed while its device was offline becomes `expired` or `dead` on time, not only
 * when the device next calls, and warns when a command dies (sent, never acknowledged).
 */
export class CommandQueueModule implements HubModule {
  private readonly log;
  private unsubscribe: (() => void) | null = null;
  private task: ScheduledTask | null = null;

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:commands');
  }

  async start(): Promise<void> {
    this.unsubscribe = this.ctx.bus.on('commandChanged', ({ command }) => {
      if (command.status !== 'dead') return;
      this.log.warn(
        { deviceId: command.device_id, commandId: command.id, attempts: command.attempts },
        `Command '${command.type}' to device ${command.device_id} is dead: sent ${command.attempts} times, never acknowledged`,
      );
    });
    this.task = scheduleJob(
      this.log,
      this.ctx.metrics.runtime,
      'commands.sweep',
      '*/30 * * * * *',
      () => this.sweep(),
    );
  }

  /** Closes overdue commands now; returns how many. */
  sweep(now = Date.now()): number {
    return this.ctx.services.commands.sweep(now);
  }

  async stop(): Promise<void> {
    await this.task?.destroy();
    this.task = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
