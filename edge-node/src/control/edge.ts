import { Type } from '@sinclair/typebox';
import { ChamberState, type Command, type CommandAck } from '@brewpit/protocol';
import { checker, issueLines, prepareSchemas } from '../config/validate.js';
import { CONTROL_COMMAND_SCHEMAS } from './commands.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { NewReading } from '../outbox/outbox.js';
import type { OutputTransport } from '../outputs/types.js';
import type { ReadingSpec } from '../sensors/types.js';
import type { ChamberStatus, ControlClock } from './chamber.js';
import type { ChamberConfig, ControlConfig } from './config.js';
import { ControlModule } from './module.js';

/**
 * After a failed start (gpioset missing, line busy) control is tried again this often; the
 * node keeps sampling and sending meanwhile, and every relay stays released (off).
 */
const START_RETRY_MS = 30_000;

/**
 * The hub refuses a batch whose status breaks the protocol, and the uplink then stops sending
 * status at all; so the node checks its chamber states itself and leaves out what would not pass.
 */
export const CHAMBER_STATES = Type.Array(ChamberState, { $id: 'edge.ChamberStates' });
const validStates = checker(CHAMBER_STATES);

/** Options of {@link EdgeControl}. */
export interface EdgeControlOptions {
  config: ControlConfig;
  log: Logger;
  /** The shared emulated transport of a simulated chamber; default from the config. */
  transport?: OutputTransport;
  clock: ControlClock;
  exitHandlers?: boolean;
}

/**
 * The {@link ControlModule} as the edge node runs it: started with retry, fed every sample,
 * its channels published with the sensors', its commands taken from the hub's queue.
 */
export class EdgeControl {
  readonly module: ControlModule;
  private readonly log: Logger;
  private running = false;
  private retry: NodeJS.Timeout | undefined;
  private starting: Promise<void> | undefined;
  private lastError: string | null = null;
  private statesInvalid = false;

  constructor(private readonly o: EdgeControlOptions) {
    this.log = o.log.child({ name: 'edge:control' });
    this.module = new ControlModule({
      config: o.config,
      log: o.log,
      clock: o.clock,
      ...(o.transport ? { transport: o.transport } : {}),
      ...(o.exitHandlers === false ? { exitHandlers: false } : {}),
    });
  }

  /** Starts control; on failure logs why and retries in the background. Never throws. */
  async start(): Promise<void> {
    await prepareSchemas([CHAMBER_STATES, ...CONTROL_COMMAND_SCHEMAS]);
    this.starting = this.attempt();
    await this.starting;
  }

  private async attempt(): Promise<void> {
    this.retry = undefined;
    try {
      await this.module.start();
      this.running = true;
      if (this.lastError) this.log.info('Control started after an earlier failure');
      this.lastError = null;
    } catch (err) {
      const message = errorMessage(err);
      if (message !== this.lastError)
        this.log.error(
          `Control could not start: ${message}; relays stay off, retrying every ${START_RETRY_MS / 1000} s`,
        );
      this.lastError = message;
      this.retry = setTimeout(() => void (this.starting = this.attempt()), START_RETRY_MS);
    }
  }

  async stop(): Promise<void> {
    clearTimeout(this.retry);
    this.retry = undefined;
    await this.starting;
    clearTimeout(this.retry); // an attempt in flight may have scheduled another
    if (this.running) await this.module.stop();
    this.running = false;
  }

  /** Why control is not running, or null. */
  get error(): string | null {
    return this.lastError;
  }

  /** Channels control publishes (setpoint, relay states, profile step per chamber). */
  channels(): ReadingSpec[] {
    return this.module.channels();
  }

  /** Feeds a sample to the thermostat; whether or not the hub is recording. */
  onReadings(readings: readonly NewReading[]): void {
    this.module.onReadings(readings);
  }

  /** Current control channel values stamped `ts`; none while control is not running. */
  readings(ts: number): NewReading[] {
    return this.module.readings().map((r) => ({
      channel: r.channel,
      ts,
      value: r.value,
      status: r.value === null ? 'unavailable' : 'ok',
    }));
  }

  /**
   * Whether `cmd` is control's: every control type, except a `set_target` for a probe's done
   * temperature (`{channel: 'meat1', value}`), which the node keeps itself. A `set_target` for a
   * chamber's setpoint channel (`{channel: 'ferm1_setpoint', value}`, what the hub's Home
   * Assistant bridge sends for a number entity) is control's.
   */
  accepts(cmd: Pick<Command, 'type' | 'params'>): boolean {
    if (!this.module.handles(cmd.type)) return false;
    return cmd.type !== 'set_target' || 'chamber' in cmd.params || this.chamberOf(cmd) !== null;
  }

  /** The chamber whose setpoint channel a `{channel, value}` set_target names, or null. */
  private chamberOf(cmd: Pick<Command, 'params'>): string | null {
    const channel = cmd.params['channel'];
    const c = this.o.config.chambers.find((ch) => `${ch.name}_setpoint` === channel);
    return c ? c.name : null;
  }

  /**
   * Applies a chamber command. A command past its deadline (by the hub's clock, `now`) is
   * refused unapplied: the user may have changed their mind since. The outcome carries the
   * chamber's resulting state for the hub's command record.
   */
  async run(cmd: Command, now: number): Promise<CommandAck> {
    if (cmd.expires_at < now)
      return { ok: false, message: 'command expired before it reached the edge node' };
    const chamber = this.chamberOf(cmd);
    const params =
      cmd.type === 'set_target' && chamber !== null && !('chamber' in cmd.params)
        ? { chamber, target: cmd.params['value'] ?? cmd.params['target'] }
        : cmd.params;
    const [r] = await this.module.handleCommands([{ id: cmd.id, type: cmd.type, params }]);
    if (!r) return { ok: false, message: 'no result' };
    const s = this.module.status().find((c) => c.name === params['chamber']);
    return { ok: r.ok, message: r.message, ...(s && r.ok ? { result: summary(s) } : {}) };
  }

  /**
   * Every configured chamber as the hub sees it (`status.control` of each batch, the source of
   * Home Assistant's climate entities). While control is not running its chambers still appear,
   * in the safe state with an `output_error` fault, so Home Assistant shows them unavailable
   * rather than gone. Undefined (and a warning, once) if a state would not pass the protocol.
   */
  states(): ChamberState[] | undefined {
    const live = new Map(this.module.status().map((s) => [s.name, s]));
    const states = this.o.config.chambers.map((c) => {
      const s = live.get(c.name);
      return s ? toState(c, s) : notRunning(c, this.lastError);
    });
    const v = validStates(states);
    if (v.ok) {
      this.statesInvalid = false;
      return states;
    }
    if (!this.statesInvalid)
      this.log.warn(`Chamber states left out of the hub status: ${issueLines(v.issues)}`);
    this.statesInvalid = true;
    return undefined;
  }

  /** Status of every chamber, for the status file and `brewpit-edge status`. */
  status(): { running: boolean; error: string | null; chambers: ChamberStatus[] } {
    return { running: this.running, error: this.lastError, chambers: this.module.status() };
  }
}

/** The part of a chamber's state a command result shows in Home Assistant. */
function summary(s: ChamberStatus): Record<string, unknown> {
  return {
    chamber: s.name,
    mode: s.mode,
    target: s.target,
    setpoint: s.setpoint,
    action: s.action,
    profile: s.profile
      ? { name: s.profile.profile, step: s.profile.step_index + 1, of: s.profile.step_count }
      : null,
  };
}

const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);

/** A chamber's status in the protocol's shape, strings clipped to the protocol's limits. */
function toState(c: ChamberConfig, s: ChamberStatus): ChamberState {
  const p = s.profile;
  return {
    name: s.name,
    label: clip(s.label, 64),
    input: c.input,
    modes: [...c.modes],
    mode: s.mode,
    target: s.target,
    setpoint: s.setpoint,
    action: s.action,
    waiting: s.waiting,
    wait_s: Math.max(0, Math.round(s.wait_s)),
    fault: s.fault,
    fault_message: s.fault_message === null ? null : clip(s.fault_message, 500),
    profile: p && {
      name: clip(p.profile, 64),
      step_index: p.step_index,
      step_count: p.step_count,
      step_name: clip(p.step_name, 64),
      step_type: p.step_type,
      elapsed_s: Math.max(0, Math.round(p.elapsed_s)),
      remaining_s: p.remaining_s === null ? null : Math.max(0, Math.round(p.remaining_s)),
      condition: p.condition === null ? null : clip(p.condition, 200),
      finished: p.finished,
    },
  };
}

/** A chamber while control is not running: every relay off, its settings from edge.yaml. */
function notRunning(c: ChamberConfig, error: string | null): ChamberState {
  return {
    name: c.name,
    label: clip(c.label, 64),
    input: c.input,
    modes: [...c.modes],
    mode: c.mode,
    target: c.target,
    setpoint: c.target,
    action: 'idle',
    waiting: null,
    wait_s: 0,
    fault: 'output_error',
    fault_message: clip(`control is not running: ${error ?? 'starting'}`, 500),
    profile: null,
  };
}
