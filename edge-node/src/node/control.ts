import type { Command, DeviceConfig } from '@brewpit/protocol';
import type { EdgeControl } from '../control/edge.js';
import { moduleLogger, type Logger } from '../log.js';
import type { NewReading } from '../outbox/outbox.js';
import type { NodeContext, NodeModule } from './context.js';

/** How long a setpoint taken from the hub's config stays valid as a command (it runs at once). */
const CONFIG_COMMAND_TTL_MS = 60_000;

/**
 * Chamber control inside the node (when `edge.yaml` has a `control:` section): started with
 * the node, fed every sample, its state recorded with each sample and at once after a change,
 * and stopped (every relay off) right after sampling stops.
 *
 * A setpoint the hub's desired config carries for a chamber (`targets: {ferm1_setpoint: 18}`,
 * what Home Assistant's number entity writes) is applied when it changes there, the same way a
 * `set_target` command is; the config's unchanged values never override a later command.
 */
export class ControlModule implements NodeModule {
  private readonly log: Logger;
  private off: (() => void)[] = [];

  constructor(private readonly ctx: NodeContext) {
    this.log = moduleLogger(ctx.log, 'edge:control');
  }

  async start(): Promise<void> {
    const control = this.ctx.control;
    if (!control) return;
    const { events } = this.ctx;
    this.off = [
      events.on('sampled', ({ readings }) => this.onSample(control, readings)),
      events.on('controlChanged', () => this.publish(control, this.ctx.clock.now())),
      events.on('configApplied', ({ config, previous }) =>
        this.applySetpoints(control, config, previous),
      ),
    ];
    await control.start();
  }

  async stop(): Promise<void> {
    for (const off of this.off) off();
    this.off = [];
    await this.ctx.control?.stop();
  }

  /** Control works on every sample; its state goes out stamped like the sample. */
  private onSample(control: EdgeControl, readings: NewReading[]): void {
    control.onReadings(readings);
    this.publish(control, readings[0]?.ts ?? this.ctx.clock.now());
  }

  private publish(control: EdgeControl, ts: number): void {
    this.ctx.recorder.record(control.readings(ts));
  }

  private async applySetpoints(
    control: EdgeControl,
    config: DeviceConfig,
    previous: DeviceConfig | undefined,
  ): Promise<void> {
    const now = this.ctx.clock.now();
    for (const [channel, value] of Object.entries(config.targets)) {
      if (previous?.targets[channel] === value) continue;
      const cmd: Command = {
        // Recorded by the chamber like a command id: the same config change never applies twice.
        id: `config:${this.ctx.desired.etag ?? ''}:${channel}`,
        type: 'set_target',
        params: { channel, value },
        created_at: now,
        expires_at: now + CONFIG_COMMAND_TTL_MS,
      };
      if (!control.accepts(cmd)) continue; // a probe's target, not a chamber's
      const outcome = await control.run(cmd, now);
      if (outcome.ok) this.ctx.events.emit('controlChanged', { reason: 'setpoint from config' });
      else
        this.log.warn(
          `Setpoint '${channel}' from the hub's config not applied: ${outcome.message}`,
        );
    }
  }
}
