import type { Protection } from './config.js';
import type { Mode } from './schema.js';

/**
 * On/off thermostat with compressor protection and overshoot anticipation, after BrewPi's
 * fridge loop.
 *
 * Why not PID with time-proportioned outputs: the compressor may run no less than 180 s and
 * rest no less than 300 s, and heating and cooling must be 600 s apart. A time-proportioned
 * output needs a period of at least 480 s and cannot express a duty under 180/period, so a
 * PID's small corrections (the ones that hold ±0.3 °C) are not expressible: it would limit-cycle
 * like an on/off loop anyway, with an integral term winding up against the protection gates.
 * An on/off loop that switches off *early*, when the predicted peak (input + estimated
 * overshoot) reaches the setpoint, lands on the setpoint instead of past it, switches as
 * rarely as the thermal mass allows, and the protection times are plain guards on each
 * transition. The overshoot estimators learn from every peak they see, so they follow the
 * load as fermentation heat rises and fades over the days.
 */

/** The predicted overshoot grows with on-time up to this much on-time (air and element saturate). */
const OVERSHOOT_ON_CAP_MS = 30 * 60_000;
/** A peak is confirmed once the input has come back this far from its extreme, °C. */
const PEAK_MARGIN = 0.05;
/** A peak not confirmed this long after switching off is taken as it is. */
const PEAK_TIMEOUT_MS = 2 * 3_600_000;
/** Bounds of the overshoot estimators, °C per hour of on-time. */
const ESTIMATOR_MIN = 0.02;
const ESTIMATOR_MAX = 6;
/** Overshoots smaller than this are within sensor noise and teach nothing, °C. */
const LEARN_FLOOR = 0.03;

/** Window over which the input's slope is measured. */
const SLOPE_WINDOW_MS = 10 * 60_000;
/**
 * An idle chamber drifting back toward the band on its own (the room is warmer than the
 * setpoint after a cooling overshoot) gets this long to arrive before an output starts.
 */
const DRIFT_HORIZON_MS = 20 * 60_000;

/** Learned overshoot estimators, °C of overshoot per hour of on-time; persisted. */
export interface Estimators {
  heat: number;
  cool: number;
}

/** Starting estimators: a typical fridge with a 60-100 W heater, beer probe. */
export const DEFAULT_ESTIMATORS: Estimators = { heat: 1, cool: 2 };

/** What the thermostat is doing. */
export type Action = 'idle' | 'heating' | 'cooling';

/** Why an action that is wanted has not started yet. */
export type Wait = 'min_heat_off' | 'min_cool_off' | 'mode_switch' | 'peak' | 'drift' | null;

/** One decision: the outputs to drive and why. */
export interface Decision {
  heat: boolean;
  cool: boolean;
  action: Action;
  waiting: Wait;
  /** Seconds until the waited-for gate opens. */
  waitS: number;
  /** Input plus the overshoot expected if the running output stopped now. */
  predictedPeak: number | null;
}

/** Static settings of one chamber's thermostat. */
export interface ThermostatSettings {
  band: number;
  protection: Protection;
  canHeat: boolean;
  canCool: boolean;
}

interface PeakWatch {
  kind: 'heat' | 'cool';
  offAt: number;
  valueAtOff: number;
  predicted: number;
  extreme: number;
}

/**
 * The thermostat state machine. Pure: `update` takes monotonic time and the filtered input,
 * returns the desired outputs; the caller drives the relays. Time is monotonic (not wall
 * clock) so an NTP step cannot shorten a compressor rest.
 */
export class Thermostat {
  heatOn = false;
  coolOn = false;
  /** Monotonic ms of the last on/off transition of each output. */
  private heatSince: number;
  private coolSince: number;
  private peak: PeakWatch | undefined;
  private readonly history: { t: number; v: number }[] = [];
  /** Set when an estimator changed, so the owner persists it. */
  learned = false;

  /**
   * At construction both outputs count as *just switched off*: after a restart nobody knows
   * whether the compressor stopped a second ago, so the first start waits out the rest and
   * the changeover delay.
   */
  constructor(
    private readonly s: ThermostatSettings,
    now: number,
    readonly estimators: Estimators = { ...DEFAULT_ESTIMATORS },
  ) {
    this.heatSince = now;
    this.coolSince = now;
  }

  /** Decides the outputs for `now`. `value` null means no valid input: everything off. */
  update(now: number, value: number | null, target: number, mode: Mode): Decision {
    if (value !== null) {
      this.watchPeak(now, value);
      this.remember(now, value);
    }
    const allowHeat = this.s.canHeat && (mode === 'heat' || mode === 'auto') && value !== null;
    const allowCool = this.s.canCool && (mode === 'cool' || mode === 'auto') && value !== null;
    // Safety first: a failed sensor or a user's "off" stops an output even inside its minimum
    // on-time. Minimum *off* times are never cut: a restart against head pressure is what
    // damages a compressor.
    if (this.heatOn && !allowHeat) this.switchHeat(now, false, value);
    if (this.coolOn && !allowCool) this.switchCool(now, false, value);
    if (value === null) return this.decision(null, null, 0);
    if (this.heatOn) return this.whileHeating(now, value, target);
    if (this.coolOn) return this.whileCooling(now, value, target);
    const low = target - this.s.band;
    const high = target + this.s.band;
    const drift = this.slope() * DRIFT_HORIZON_MS;
    if (allowHeat && value < low)
      return value + drift >= low ? this.decision('drift', null, 0) : this.tryHeat(now, value);
    if (allowCool && value > high)
      return value + drift <= high ? this.decision('drift', null, 0) : this.tryCool(now, value);
    return this.decision(null, null, 0);
  }

  private remember(now: number, value: number): void {
    this.history.push({ t: now, v: value });
    while (this.history.length > 2 && (this.history[0]?.t ?? now) < now - SLOPE_WINDOW_MS)
      this.history.shift();
  }

  /** Slope of the input over the last window, °C per ms; 0 until the window is half full. */
  private slope(): number {
    const first = this.history[0];
    const last = this.history[this.history.length - 1];
    if (!first || !last || last.t - first.t < SLOPE_WINDOW_MS / 2) return 0;
    return (last.v - first.v) / (last.t - first.t);
  }

  private overshoot(kind: 'heat' | 'cool', onForMs: number): number {
    return (this.estimators[kind] * Math.min(onForMs, OVERSHOOT_ON_CAP_MS)) / 3_600_000;
  }

  private whileHeating(now: number, value: number, target: number): Decision {
    const peak = value + this.overshoot('heat', now - this.heatSince);
    if (now - this.heatSince >= this.s.protection.minHeatOnMs && peak >= target) {
      this.switchHeat(now, false, value, peak - value);
      return this.decision(null, null, 0);
    }
    return this.decision(null, peak, 0);
  }

  private whileCooling(now: number, value: number, target: number): Decision {
    const trough = value - this.overshoot('cool', now - this.coolSince);
    if (now - this.coolSince >= this.s.protection.minCoolOnMs && trough <= target) {
      this.switchCool(now, false, value, value - trough);
      return this.decision(null, null, 0);
    }
    return this.decision(null, trough, 0);
  }

  private tryHeat(now: number, value: number): Decision {
    // The overshoot of the last cooling run is still arriving: heating now would fight it.
    if (this.peak?.kind === 'cool')
      return this.decision('peak', null, PEAK_TIMEOUT_MS - (now - this.peak.offAt));
    const p = this.s.protection;
    const restLeft = p.minHeatOffMs - (now - this.heatSince);
    const switchLeft = p.modeSwitchMs - (now - this.coolSince);
    if (restLeft > 0 || switchLeft > 0) {
      return this.decision(
        restLeft >= switchLeft ? 'min_heat_off' : 'mode_switch',
        null,
        Math.max(restLeft, switchLeft),
      );
    }
    this.switchHeat(now, true, value);
    return this.decision(null, value, 0);
  }

  private tryCool(now: number, value: number): Decision {
    if (this.peak?.kind === 'heat')
      return this.decision('peak', null, PEAK_TIMEOUT_MS - (now - this.peak.offAt));
    const p = this.s.protection;
    const restLeft = p.minCoolOffMs - (now - this.coolSince);
    const switchLeft = p.modeSwitchMs - (now - this.heatSince);
    if (restLeft > 0 || switchLeft > 0) {
      return this.decision(
        restLeft >= switchLeft ? 'min_cool_off' : 'mode_switch',
        null,
        Math.max(restLeft, switchLeft),
      );
    }
    this.switchCool(now, true, value);
    return this.decision(null, value, 0);
  }

  private switchHeat(now: number, on: boolean, value: number | null, predicted = 0): void {
    if (this.heatOn === on) return;
    this.heatOn = on;
    this.heatSince = now;
    if (!on) this.startPeakWatch('heat', now, value, predicted);
  }

  private switchCool(now: number, on: boolean, value: number | null, predicted = 0): void {
    if (this.coolOn === on) return;
    this.coolOn = on;
    this.coolSince = now;
    if (!on) this.startPeakWatch('cool', now, value, predicted);
  }

  private startPeakWatch(
    kind: 'heat' | 'cool',
    now: number,
    value: number | null,
    predicted: number,
  ): void {
    // Only a stop decided by the estimator teaches it; a forced stop tells nothing.
    this.peak =
      value !== null && predicted > 0
        ? { kind, offAt: now, valueAtOff: value, predicted, extreme: value }
        : undefined;
  }

  /**
   * Follows the input after an output stopped until it turns (the peak), then scales the
   * estimator by how far the real overshoot was from the prediction. The correction is
   * damped (square root) so one odd peak (a door opened) does not throw it off.
   */
  private watchPeak(now: number, value: number): void {
    const w = this.peak;
    if (!w) return;
    if (this.heatOn || this.coolOn) {
      this.peak = undefined; // another action started before the peak: no lesson
      return;
    }
    const sign = w.kind === 'heat' ? 1 : -1;
    if (sign * (value - w.extreme) > 0) w.extreme = value;
    const turned = sign * (w.extreme - value) >= PEAK_MARGIN;
    if (!turned && now - w.offAt < PEAK_TIMEOUT_MS) return;
    this.peak = undefined;
    const actual = sign * (w.extreme - w.valueAtOff);
    if (Math.max(actual, w.predicted) < LEARN_FLOOR) return;
    const ratio = Math.min(4, Math.max(0.25, Math.max(actual, 0.005) / w.predicted));
    const e = this.estimators[w.kind] * Math.sqrt(ratio);
    this.estimators[w.kind] = Math.min(ESTIMATOR_MAX, Math.max(ESTIMATOR_MIN, e));
    this.learned = true;
    this.onLearn?.(w.kind, actual, w.predicted, this.estimators[w.kind]);
  }

  /** Called after each lesson (for debug logs). */
  onLearn:
    | ((kind: 'heat' | 'cool', actual: number, predicted: number, estimator: number) => void)
    | undefined;

  private decision(waiting: Wait, predictedPeak: number | null, waitMs: number): Decision {
    const action: Action = this.heatOn ? 'heating' : this.coolOn ? 'cooling' : 'idle';
    return {
      heat: this.heatOn,
      cool: this.coolOn,
      action,
      waiting,
      waitS: Math.ceil(waitMs / 1000),
      predictedPeak,
    };
  }
}
