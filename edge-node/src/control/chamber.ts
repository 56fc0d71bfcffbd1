import type { ReadingStatus } from '@brewpit/protocol';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { OutputPin } from '../outputs/types.js';
import type { ChamberConfig } from './config.js';
import {
  advance,
  progress,
  setpoint,
  startRun,
  type GravityReading,
  type ProfileProgress,
  type ProfileRun,
} from './profile.js';
import type { Mode, ProfileDef } from './schema.js';
import { JsonFile } from './store.js';
import {
  DEFAULT_ESTIMATORS,
  Thermostat,
  type Action,
  type Estimators,
  type Wait,
} from './thermostat.js';

/**
 * Input filter time constant. Probe noise (±0.03 °C) would fake peaks and trip the band; a
 * 60 s exponential filter cuts it about fivefold at a 5 s sample interval, and a minute of lag
 * is nothing against a beer's hours-long time constant.
 */
const FILTER_TAU_MS = 60_000;
/** After an output fails, outputs stay off this long before control retries. */
const OUTPUT_RETRY_MS = 60_000;
/** Command results kept per chamber, so a redelivered command is recognised after a restart. */
const COMMAND_MEMORY = 64;
/** Reading statuses that mean the probe is gone or lying, not one odd sample. */
const FAILED_STATUSES: ReadonlySet<ReadingStatus> = new Set([
  'unavailable',
  'implausible',
  'frozen',
]);

/** A reading as the sampler hands it to control. */
export interface ControlReading {
  channel: string;
  ts: number;
  value: number | null;
  status: ReadingStatus;
}

/** Monotonic time for protection, wall time for profiles. */
export interface ControlClock {
  monotonicMs(): number;
  wallMs(): number;
}

/** Result of one command, as sent back to the hub in `command_results`. */
export interface CommandRecord {
  id: string;
  ok: boolean;
  message: string;
  at: number;
}

/** Why a chamber is in the safe state. */
export type Fault = 'no_reading' | 'sensor_stale' | 'sensor_failed' | 'output_error' | null;

/** Everything `status` and the hub show about a chamber. */
export interface ChamberStatus {
  name: string;
  label: string;
  mode: Mode;
  /** The manual target; the profile's setpoint wins while a profile runs. */
  target: number;
  setpoint: number;
  input: {
    channel: string;
    value: number | null;
    age_s: number | null;
    status: ReadingStatus | null;
  };
  action: Action;
  waiting: Wait;
  wait_s: number;
  fault: Fault;
  fault_message: string | null;
  outputs: { heater: boolean | null; cooler: boolean | null };
  profile: ProfileProgress | null;
  estimators: Estimators;
}

/** The persisted state of a chamber. */
interface ChamberDoc {
  version: 1;
  mode: Mode;
  target: number;
  run: ProfileRun | null;
  estimators: Estimators;
  commands: CommandRecord[];
}

/**
 * One fermentation chamber: input filter and validity, thermostat, profile, relays, and the
 * state file. `tick` never throws: a failed write or relay is logged and shown as a fault,
 * and control goes on.
 */
export class Chamber {
  mode: Mode;
  target: number;
  run: ProfileRun | null = null;
  private thermostat: Thermostat;
  private readonly file: JsonFile<ChamberDoc>;
  private commands: CommandRecord[] = [];
  private filtered: number | null = null;
  private lastOkMono: number | undefined;
  private lastInput: { value: number | null; status: ReadingStatus; mono: number } | undefined;
  private gravity: GravityReading | null = null;
  private outputFailedAt: number | undefined;
  private last = {
    action: 'idle' as Action,
    waiting: null as Wait,
    waitS: 0,
    fault: 'no_reading' as Fault,
    faultMessage: '',
  };

  constructor(
    readonly cfg: ChamberConfig,
    private readonly pins: { heater: OutputPin | undefined; cooler: OutputPin | undefined },
    private readonly clock: ControlClock,
    private readonly log: Logger,
  ) {
    this.mode = cfg.mode;
    this.target = cfg.target;
    this.file = new JsonFile(cfg.stateFile);
    this.thermostat = this.newThermostat({ ...DEFAULT_ESTIMATORS });
  }

  private newThermostat(estimators: Estimators): Thermostat {
    const s = {
      band: this.cfg.band,
      protection: this.cfg.protection,
      canHeat: !!this.pins.heater,
      canCool: !!this.pins.cooler,
    };
    return new Thermostat(s, this.clock.monotonicMs(), estimators);
  }

  /** Restores mode, target, the running profile and learned estimators from the state file. */
  async load(): Promise<void> {
    const doc = await this.file.load();
    if (!doc) return;
    if (this.cfg.modes.includes(doc.mode)) this.mode = doc.mode;
    this.target = doc.target;
    this.run = doc.run;
    this.commands = doc.commands ?? [];
    this.thermostat = this.newThermostat({ ...DEFAULT_ESTIMATORS, ...doc.estimators });
    if (this.run) {
      const p = progress(this.run, this.clock.wallMs(), null);
      this.log.info(
        `Chamber '${this.cfg.name}' resumes profile '${p.profile}' at step ${p.step_index + 1} '${p.step_name}', ${p.elapsed_s} s in`,
      );
    }
  }

  /** Feeds a reading; readings of other channels are ignored. */
  onReading(r: ControlReading): void {
    const mono = this.clock.monotonicMs();
    if (r.channel === this.cfg.gravity && r.status === 'ok' && r.value !== null)
      this.gravity = { value: r.value, ts: r.ts };
    if (r.channel !== this.cfg.input) return;
    this.lastInput = { value: r.value, status: r.status, mono };
    if (r.status !== 'ok' || r.value === null || !Number.isFinite(r.value)) return;
    const gap = this.lastOkMono === undefined ? Infinity : mono - this.lastOkMono;
    this.filtered =
      this.filtered === null || gap > this.cfg.sensorTimeoutMs
        ? r.value
        : this.filtered + (r.value - this.filtered) * (1 - Math.exp(-gap / FILTER_TAU_MS));
    this.lastOkMono = mono;
  }

  /** The setpoint in force: the profile's while one runs, else the manual target. */
  setpoint(): number {
    return this.run ? setpoint(this.run, this.clock.wallMs()) : this.target;
  }

  private fault(mono: number): { fault: Fault; message: string } {
    const name = this.cfg.input;
    if (this.outputFailedAt !== undefined && mono - this.outputFailedAt < OUTPUT_RETRY_MS) {
      return { fault: 'output_error', message: 'a relay output failed; all outputs off, retrying' };
    }
    const li = this.lastInput;
    if (li && FAILED_STATUSES.has(li.status))
      return { fault: 'sensor_failed', message: `input '${name}' reports ${li.status}` };
    if (this.lastOkMono === undefined)
      return { fault: 'no_reading', message: `no valid reading from '${name}' yet` };
    const age = mono - this.lastOkMono;
    if (age > this.cfg.sensorTimeoutMs) {
      return {
        fault: 'sensor_stale',
        message: `no valid reading from '${name}' for ${Math.round(age / 1000)} s`,
      };
    }
    return { fault: null, message: '' };
  }

  /** One control step: profile, thermostat, relays. Never throws. */
  async tick(): Promise<void> {
    const mono = this.clock.monotonicMs();
    const wall = this.clock.wallMs();
    if (this.run && !this.run.finished) this.advanceProfile(wall);
    const { fault, message } = this.fault(mono);
    if (fault !== this.last.fault && fault)
      this.log.warn(`Chamber '${this.cfg.name}' in safe state: ${message}`);
    if (fault !== this.last.fault && !fault)
      this.log.info(`Chamber '${this.cfg.name}' input valid again, control resumes`);
    const input = fault ? null : this.filtered;
    const d = this.thermostat.update(
      mono,
      input,
      this.setpoint(),
      fault === 'output_error' ? 'off' : this.mode,
    );
    this.last = {
      action: d.action,
      waiting: d.waiting,
      waitS: d.waitS,
      fault,
      faultMessage: message,
    };
    if (this.thermostat.learned) {
      this.thermostat.learned = false;
      void this.persist(); // persist() logs its own failure
    }
    await this.drive(d.heat, d.cool, mono);
  }

  private advanceProfile(wall: number): void {
    const run = this.run as ProfileRun;
    const before = run.step;
    if (!advance(run, wall, this.gravity)) return;
    const p = progress(run, wall, this.gravity);
    if (run.finished)
      this.log.info(
        `Chamber '${this.cfg.name}': profile '${p.profile}' finished, holding ${p.setpoint} °C`,
      );
    else if (run.step !== before)
      this.log.info(
        `Chamber '${this.cfg.name}': profile '${p.profile}' step ${p.step_index + 1} '${p.step_name}'`,
      );
    void this.persist();
  }

  private async drive(heat: boolean, cool: boolean, mono: number): Promise<void> {
    // Off before on, so heater and compressor are never energised together even for a moment.
    const order: [OutputPin | undefined, boolean][] = [
      [this.pins.heater, heat],
      [this.pins.cooler, cool],
    ];
    order.sort((a, b) => Number(a[1]) - Number(b[1]));
    for (const [pin, want] of order) {
      if (!pin || pin.active === want) continue;
      try {
        await pin.set(want);
      } catch (err) {
        this.log.error(`Chamber '${this.cfg.name}': ${errorMessage(err)}`);
        this.outputFailedAt = mono;
        await Promise.allSettled([this.pins.heater?.set(false), this.pins.cooler?.set(false)]);
        return;
      }
    }
  }

  /** The recorded result of command `id`, if this chamber applied it. */
  recall(id: string): CommandRecord | undefined {
    return this.commands.find((c) => c.id === id);
  }

  /**
   * Records a command's result together with the state it produced, in one atomic write, so
   * a crash can never leave a command applied but unrecorded (and applied twice on redelivery).
   */
  async record(id: string, ok: boolean, message: string): Promise<CommandRecord> {
    const rec = { id, ok, message, at: this.clock.wallMs() };
    this.commands = [...this.commands, rec].slice(-COMMAND_MEMORY);
    await this.persist();
    return rec;
  }

  /** Sets the manual target; a running profile stops (the user took over). */
  setTarget(target: number): string {
    const stopped = this.run ? ` (profile '${this.run.profile.name}' stopped)` : '';
    this.run = null;
    this.target = target;
    return `${this.cfg.name}: target ${target} °C${stopped}`;
  }

  setMode(mode: Mode): string {
    this.mode = mode;
    return `${this.cfg.name}: mode ${mode}`;
  }

  startProfile(def: ProfileDef & { name: string }): string {
    this.run = startRun(structuredClone(def), this.clock.wallMs(), this.setpoint());
    advance(this.run, this.clock.wallMs(), this.gravity);
    const p = progress(this.run, this.clock.wallMs(), this.gravity);
    return `${this.cfg.name}: profile '${def.name}' started at step ${p.step_index + 1} '${p.step_name}', setpoint ${p.setpoint} °C`;
  }

  /** Stops the profile and holds its current setpoint, so nothing jumps. */
  stopProfile(): string {
    if (!this.run) return `${this.cfg.name}: no profile running`;
    const name = this.run.profile.name;
    this.target = Math.round(this.setpoint() * 100) / 100;
    this.run = null;
    return `${this.cfg.name}: profile '${name}' stopped, holding ${this.target} °C`;
  }

  private persist(): Promise<void> {
    const doc: ChamberDoc = {
      version: 1,
      mode: this.mode,
      target: this.target,
      run: this.run,
      estimators: { ...this.thermostat.estimators },
      commands: this.commands,
    };
    return this.file.save(doc).catch((err: unknown) => {
      // Control goes on from memory; the state is written again with the next change.
      this.log.error(`Chamber '${this.cfg.name}': ${errorMessage(err)}`);
    });
  }

  /** Status for `brewpit-edge status`, the hub and Home Assistant. */
  status(): ChamberStatus {
    const mono = this.clock.monotonicMs();
    const wall = this.clock.wallMs();
    const li = this.lastInput;
    const round = (v: number | null): number | null =>
      v === null ? null : Math.round(v * 100) / 100;
    return {
      name: this.cfg.name,
      label: this.cfg.label,
      mode: this.mode,
      target: this.target,
      setpoint: Math.round(this.setpoint() * 100) / 100,
      input: {
        channel: this.cfg.input,
        value: this.last.fault ? null : round(this.filtered),
        age_s: this.lastOkMono === undefined ? null : Math.round((mono - this.lastOkMono) / 1000),
        status: li?.status ?? null,
      },
      action: this.last.action,
      waiting: this.last.waiting,
      wait_s: this.last.waitS,
      fault: this.last.fault,
      fault_message: this.last.fault ? this.last.faultMessage : null,
      outputs: {
        heater: this.pins.heater?.active ?? null,
        cooler: this.pins.cooler?.active ?? null,
      },
      profile: this.run ? progress(this.run, wall, this.gravity) : null,
      estimators: { ...this.thermostat.estimators },
    };
  }
}
