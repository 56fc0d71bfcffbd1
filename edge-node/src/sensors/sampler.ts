import { performance } from 'node:perf_hooks';
import type { Logger } from '../log.js';
import { errorCode, errorMessage } from '../errors.js';
import type { NewReading } from '../outbox/outbox.js';
import type { SensorHealth } from './health.js';
import { ChannelQuality } from './quality.js';
import type { ReadingSpec, Sensor, SensorValues } from './types.js';

/** A configured sensor with its channels, as the sampler runs it. */
export interface SensorSlot {
  platform: string;
  sensor: Sensor;
  readings: ReadingSpec[];
}

/** Sampler settings and hooks. */
export interface SamplerOptions {
  intervalMs: number;
  /**
   * Longest a sensor may take for one read; later it counts as failed for this sample. Never
   * more than 90 % of the interval in force, so a hung read cannot swallow the next tick.
   */
  timeoutMs: number;
  /** Wall-clock "now" corrected by the hub's clock offset, epoch ms. */
  now: () => number;
  /** Receives every sample (all channels of all sensors, one timestamp). */
  onSample: (readings: NewReading[]) => void;
  log: Logger;
}

const SETUP_RETRY_MIN_MS = 10_000;
const SETUP_RETRY_MAX_MS = 300_000;

class Timeout extends Error {
  readonly code = 'timeout';
}

/** Per-sensor bookkeeping: setup state, hung reads, log de-duplication. */
class SlotState {
  ready = false;
  nextSetup = 0;
  setupDelay = SETUP_RETRY_MIN_MS;
  inFlight: Promise<unknown> | undefined;
  health: SensorHealth;
  readonly quality: Map<string, ChannelQuality>;

  constructor(readonly slot: SensorSlot) {
    this.health = {
      label: slot.sensor.label,
      platform: slot.platform,
      state: 'starting',
      channels: {},
    };
    this.quality = new Map(slot.readings.map((r) => [r.key, new ChannelQuality(r)]));
  }
}

/**
 * Samples every sensor on a fixed schedule from the monotonic clock: tick n fires at
 * `t0 + n·interval` whatever the reads cost, so the series never drifts; missed ticks are
 * skipped, not bunched. All sensors are read in parallel, each with a timeout, so one slow or
 * failing sensor never delays or blocks the others. State changes are logged once, never
 * per sample, so an unplugged probe does not flood the log.
 */
export class Sampler {
  private readonly states: SlotState[];
  private timer: NodeJS.Timeout | undefined;
  private t0 = 0;
  /** Timestamp of the previous sample: each sample's ts is strictly later. */
  private lastTs = 0;
  private tick = 0;
  private running = false;
  private current: Promise<void> | undefined;
  private taken = 0;
  private intervalInForce: number;

  constructor(
    slots: readonly SensorSlot[],
    private readonly options: SamplerOptions,
  ) {
    this.states = slots.map((s) => new SlotState(s));
    this.intervalInForce = options.intervalMs;
  }

  get intervalMs(): number {
    return this.intervalInForce;
  }

  /** Samples taken since start. */
  get samples(): number {
    return this.taken;
  }

  private get timeoutMs(): number {
    return Math.min(this.options.timeoutMs, Math.max(50, this.intervalInForce * 0.9));
  }

  /** Starts sampling; the first sample is taken immediately. */
  start(): void {
    this.running = true;
    this.t0 = performance.now();
    this.tick = 0;
    this.schedule(0);
  }

  /** Stops the schedule and waits for a sample in progress. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
    await Promise.allSettled(this.states.map((s) => s.slot.sensor.close?.()));
  }

  /**
   * Changes the interval (from the hub's config). While running, the schedule restarts from
   * now: the next sample comes one new interval after the call.
   */
  setInterval(ms: number): void {
    if (ms === this.intervalInForce) return;
    this.intervalInForce = ms;
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.t0 = performance.now();
    this.tick = 0;
    this.schedule(ms);
  }

  health(): SensorHealth[] {
    return this.states.map((s) => ({ ...s.health, channels: { ...s.health.channels } }));
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.current = this.sampleOnce().finally(() => {
        if (!this.running) return;
        const interval = this.intervalInForce;
        const elapsed = performance.now() - this.t0;
        this.tick = Math.max(this.tick + 1, Math.floor(elapsed / interval) + 1);
        this.schedule(Math.max(0, this.t0 + this.tick * interval - performance.now()));
      });
    }, delayMs);
  }

  /** Takes one sample of every sensor and hands it to `onSample`. */
  async sampleOnce(): Promise<void> {
    // The hub keys readings by (channel, ts); when a new clock-offset estimate moves the
    // corrected clock back, a repeated ts would make the hub keep only one of two readings.
    const ts = Math.max(Math.round(this.options.now()), this.lastTs + 1);
    this.lastTs = ts;
    const results = await Promise.all(this.states.map((s) => this.readSlot(s)));
    this.taken++;
    const readings: NewReading[] = [];
    this.states.forEach((state, i) => {
      const values = results[i];
      for (const spec of state.slot.readings) {
        const judged = state.quality.get(spec.key)!.judge(values?.[spec.key]);
        this.noteChannel(state, spec, judged.status);
        readings.push({ channel: spec.key, ts, value: judged.value, status: judged.status });
      }
    });
    try {
      this.options.onSample(readings);
    } catch (err) {
      this.options.log.error({ err }, `Failed to store a sample: ${errorMessage(err)}`);
    }
  }

  private async readSlot(state: SlotState): Promise<SensorValues | undefined> {
    const { sensor } = state.slot;
    if (!state.ready) {
      if (performance.now() < state.nextSetup) return undefined;
      try {
        await this.withTimeout(state, sensor.setup());
        state.ready = true;
        state.setupDelay = SETUP_RETRY_MIN_MS;
        this.options.log.info({ sensor: sensor.label }, `Sensor '${sensor.label}' is ready`);
      } catch (err) {
        this.noteFailure(state, 'setup_failed', err);
        state.nextSetup = performance.now() + state.setupDelay;
        state.setupDelay = Math.min(SETUP_RETRY_MAX_MS, state.setupDelay * 2);
        return undefined;
      }
    }
    try {
      const values = await this.withTimeout(state, sensor.read());
      if (state.health.state !== 'ok') {
        if (state.health.state === 'read_error') {
          this.options.log.info({ sensor: sensor.label }, `Sensor '${sensor.label}' reads again`);
        }
        state.health = { ...state.health, state: 'ok', code: undefined, message: undefined };
      }
      state.health.last_ok = Date.now();
      return values;
    } catch (err) {
      this.noteFailure(state, 'read_error', err);
      return undefined;
    }
  }

  /** Races a sensor call against the timeout; a hung call blocks only its own sensor. */
  private async withTimeout<T>(state: SlotState, work: Promise<T>): Promise<T> {
    if (state.inFlight) {
      work.catch(() => undefined);
      throw new Timeout(`Failed to read '${state.slot.sensor.label}': previous read still hung`);
    }
    let timer: NodeJS.Timeout | undefined;
    const tracked = work.finally(() => {
      if (state.inFlight === tracked) state.inFlight = undefined;
    });
    state.inFlight = tracked;
    tracked.catch(() => undefined);
    try {
      return await Promise.race([
        tracked,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new Timeout(
                  `Failed to read '${state.slot.sensor.label}': no answer within ${this.timeoutMs} ms`,
                ),
              ),
            this.timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private noteFailure(state: SlotState, kind: 'setup_failed' | 'read_error', err: unknown): void {
    const code = errorCode(err) ?? 'error';
    const message = errorMessage(err);
    const changed = state.health.state !== kind || state.health.code !== code;
    state.health = { ...state.health, state: kind, code, message };
    const log = this.options.log;
    if (changed) log.warn({ sensor: state.slot.sensor.label, code }, message);
    else log.debug({ sensor: state.slot.sensor.label, code }, message);
  }

  private noteChannel(
    state: SlotState,
    spec: ReadingSpec,
    status: SensorHealth['channels'][string],
  ): void {
    const before = state.health.channels[spec.key];
    state.health.channels[spec.key] = status;
    if (before === status || (status === 'ok' && (before === undefined || before === 'spike')))
      return;
    const log = this.options.log;
    const fields = { channel: spec.key, status, was: before };
    if (status === 'ok') log.info(fields, `Channel '${spec.key}' (${spec.name}) is ok again`);
    else if (status === 'unavailable')
      log.warn(
        fields,
        `Channel '${spec.key}' (${spec.name}) is unavailable (probe unplugged or sensor failing)`,
      );
    else if (status !== 'spike')
      log.warn(fields, `Channel '${spec.key}' (${spec.name}) is ${status}`);
    else log.info(fields, `Channel '${spec.key}' (${spec.name}): spike ignored`);
  }
}
