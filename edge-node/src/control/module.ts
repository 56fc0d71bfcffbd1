import { CANONICAL_UNITS, type Command } from '@brewpit/protocol';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { moduleLogger } from '../log.js';
import { OutputBank } from '../outputs/bank.js';
import { EmulatedOutputTransport } from '../outputs/emulated.js';
import { GpiodOutputTransport } from '../outputs/gpiod.js';
import type { OutputSpec, OutputTransport } from '../outputs/types.js';
import type { ReadingSpec } from '../sensors/types.js';
import { Chamber, type ChamberStatus, type ControlClock, type ControlReading } from './chamber.js';
import { CommandHandler, isControlCommand, type CommandResult } from './commands.js';
import type { ControlConfig } from './config.js';

/** What the control module needs from the edge node; nothing else is touched. */
export interface ControlContext {
  config: ControlConfig;
  /** Root logger; the module logs as `edge:control`. */
  log: Logger;
  /** Output transport; default from `config.outputs.transport`. Tests pass an emulated one. */
  transport?: OutputTransport;
  clock?: ControlClock;
  /** Drive outputs off on SIGINT/SIGTERM/SIGHUP and exit (default true; tests say false). */
  exitHandlers?: boolean;
}

const defaultClock: ControlClock = {
  monotonicMs: () => performance.now(),
  wallMs: () => Date.now(),
};

/**
 * Fermentation chamber control, the zigbee2mqtt module shape: the constructor only stores
 * its context, `start()` requests the relays (in the safe state), restores each chamber and
 * starts the control loop, `stop()` undoes all of it and leaves every relay off.
 *
 * Autonomy: the loop runs on its own timer and needs nothing from the hub. Commands and
 * readings are pushed in; status and control readings are pulled out.
 */
export class ControlModule {
  private readonly log: Logger;
  private readonly clock: ControlClock;
  private bank: OutputBank | undefined;
  private readonly chambers = new Map<string, Chamber>();
  private handler: CommandHandler | undefined;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;

  constructor(private readonly ctx: ControlContext) {
    this.log = moduleLogger(ctx.log, 'edge:control');
    this.clock = ctx.clock ?? defaultClock;
  }

  private transport(): OutputTransport {
    if (this.ctx.transport) return this.ctx.transport;
    const o = this.ctx.config.outputs;
    if (o.transport === 'emulated')
      return new EmulatedOutputTransport(() => this.clock.monotonicMs());
    return new GpiodOutputTransport({
      gpioset: o.gpioset,
      log: moduleLogger(this.ctx.log, 'edge:outputs'),
    });
  }

  async start(): Promise<void> {
    const specs = new Map<string, OutputSpec>();
    for (const c of this.ctx.config.chambers) {
      if (c.heater) specs.set(`${c.name}_heater`, c.heater);
      if (c.cooler) specs.set(`${c.name}_cooler`, c.cooler);
    }
    const bank = new OutputBank(this.transport(), this.log);
    await bank.open(specs);
    this.bank = bank;
    if (this.ctx.exitHandlers !== false) bank.installExitHandlers();
    for (const c of this.ctx.config.chambers) {
      const chamber = new Chamber(
        c,
        { heater: bank.get(`${c.name}_heater`), cooler: bank.get(`${c.name}_cooler`) },
        this.clock,
        this.log,
      );
      try {
        await chamber.load();
      } catch (err) {
        // A corrupt state file must not keep the fermenter uncontrolled: start from the config.
        this.log.error(
          `Chamber '${c.name}': ${errorMessage(err)}; starting from edge.yaml settings`,
        );
      }
      this.chambers.set(c.name, chamber);
    }
    // Act on a command at once: a pass already running may have decided before it, so run
    // one more after it rather than wait for the next interval.
    this.handler = new CommandHandler(this.chambers, this.ctx.config.profiles, this.log, () =>
      this.tick().then(() => this.tick()),
    );
    this.timer = setInterval(() => void this.tick(), this.ctx.config.intervalMs);
    await this.tick();
    this.log.info(`Control started: ${[...this.chambers.keys()].join(', ')}`);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.ticking;
    await this.bank?.close();
    this.bank = undefined;
    this.chambers.clear();
    this.handler = undefined;
  }

  /** One pass over every chamber; a pass still running is not doubled. */
  tick(): Promise<void> {
    this.ticking ??= (async () => {
      for (const c of this.chambers.values()) await c.tick();
    })().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  /** Feeds sampler readings (any channels; each chamber picks its own). */
  onReadings(readings: readonly ControlReading[]): void {
    for (const r of readings) for (const c of this.chambers.values()) c.onReading(r);
  }

  /** Whether this module handles commands of `type` (`identify` is not control's). */
  handles(type: string): boolean {
    return isControlCommand(type);
  }

  /** Applies commands in order; results go into the next batch's `command_results`. */
  async handleCommands(
    commands: readonly Pick<Command, 'id' | 'type' | 'params'>[],
  ): Promise<CommandResult[]> {
    if (!this.handler)
      return commands.map((c) => ({ id: c.id, ok: false, message: 'control is not running' }));
    return this.handler.handleAll(commands);
  }

  /** Status of every chamber. */
  status(): ChamberStatus[] {
    return [...this.chambers.values()].map((c) => c.status());
  }

  /** Channels control publishes, so Home Assistant sees setpoint and relay states. */
  channels(): ReadingSpec[] {
    return this.ctx.config.chambers.flatMap((config) => {
      // A label may use the 64 characters a channel name allows: keep the suffix within them.
      const c = { ...config, label: config.label.slice(0, 64 - ' profile step'.length) };
      const t = { kind: 'temperature' as const, unit: CANONICAL_UNITS.temperature, precision: 2 };
      const pct = { kind: 'percentage' as const, unit: CANONICAL_UNITS.percentage, precision: 0 };
      const specs: ReadingSpec[] = [
        { ...t, key: `${c.name}_setpoint`, name: `${c.label} setpoint` },
      ];
      if (c.heater) specs.push({ ...pct, key: `${c.name}_heating`, name: `${c.label} heating` });
      if (c.cooler) specs.push({ ...pct, key: `${c.name}_cooling`, name: `${c.label} cooling` });
      specs.push({
        kind: 'other',
        unit: '',
        precision: 0,
        key: `${c.name}_step`,
        name: `${c.label} profile step`,
      });
      return specs;
    });
  }

  /** Current values of {@link channels}: setpoint, relays as 0/100 %, step number (null: none). */
  readings(): { channel: string; value: number | null }[] {
    return this.status().flatMap((s) => {
      const out = [{ channel: `${s.name}_setpoint`, value: s.setpoint }];
      if (s.outputs.heater !== null)
        out.push({ channel: `${s.name}_heating`, value: s.outputs.heater ? 100 : 0 });
      if (s.outputs.cooler !== null)
        out.push({ channel: `${s.name}_cooling`, value: s.outputs.cooler ? 100 : 0 });
      return [
        ...out,
        { channel: `${s.name}_step`, value: s.profile ? s.profile.step_index + 1 : null },
      ];
    });
  }
}
