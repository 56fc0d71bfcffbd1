import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseControl, type ControlConfig } from '../../src/control/config.js';
import { ControlModule } from '../../src/control/module.js';
import { silentLogger } from '../../src/log.js';
import { EmulatedOutputTransport, type PinEvent } from '../../src/outputs/emulated.js';
import { ChamberModel, type ChamberParams } from '../../src/sensors/simulated/chamber.js';
import { Rng } from '../../src/sensors/simulated/rng.js';

/** 2026-03-01T00:00:00Z: wall clock of every simulated brew. */
export const T0 = Date.UTC(2026, 2, 1);
export const HEATER = 'gpiochip0:17';
export const COOLER = 'gpiochip0:27';

/** A control section with one chamber `ferm1` on a beer probe, heater and cooler. */
export function controlSection(
  dir: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    interval: '5s',
    state_dir: dir,
    outputs: { transport: 'emulated' },
    profiles: {
      ale: {
        steps: [
          {
            type: 'hold',
            name: 'Primary',
            target: 19,
            until: { gravity_below: 1.02, attenuation_above: 70 },
          },
          { type: 'ramp', name: 'Diacetyl rest', to: 22, duration: '24h' },
          { type: 'hold', name: 'Rest', target: 22 },
        ],
      },
    },
    chambers: [
      {
        name: 'ferm1',
        input: 'beer',
        gravity: 'gravity',
        heater: { line: 17, active_low: true },
        cooler: { line: 27, active_low: true },
        mode: 'auto',
        target: 19,
      },
    ],
    ...extra,
  };
}

/** A clock the test moves by hand; `monotonicMs` and `wallMs` advance together. */
export class ManualClock {
  mono = 1_000;
  wall = T0;
  monotonicMs = (): number => this.mono;
  wallMs = (): number => this.wall;
  advance(ms: number): void {
    this.mono += ms;
    this.wall += ms;
  }
}

/** Rigs' own temp dirs, removed when the test process exits (a rig has no end of its own). */
const dirs: string[] = [];
process.once('exit', () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A chamber model wired to a real {@link ControlModule} through emulated relays: each step
 * feeds probe readings (with noise), runs one control pass and advances the physics with the
 * relays as the control left them.
 */
export class Rig {
  readonly dir: string;
  readonly model: ChamberModel;
  readonly transport: EmulatedOutputTransport;
  readonly config: ControlConfig;
  module: ControlModule;
  readonly rng = new Rng(7);
  /** When false the probe sends nothing (unplugged cable, dead bus). */
  probe: 'ok' | 'silent' | 'unavailable' = 'ok';

  constructor(
    readonly clock: { monotonicMs(): number; wallMs(): number },
    params: Partial<ChamberParams> = {},
    section?: Record<string, unknown>,
    dir?: string,
  ) {
    if (dir === undefined) {
      dir = mkdtempSync(path.join(tmpdir(), 'brewpit-control-'));
      dirs.push(dir);
    }
    this.dir = dir;
    this.model = new ChamberModel(params);
    this.transport = new EmulatedOutputTransport(() => clock.monotonicMs());
    this.config = parseControl(section ?? controlSection(this.dir), this.dir);
    this.module = this.newModule();
  }

  newModule(): ControlModule {
    return new ControlModule({
      config: this.config,
      log: silentLogger(),
      transport: this.transport,
      clock: this.clock,
      exitHandlers: false,
    });
  }

  outputs(): { heater: boolean; cooler: boolean } {
    return {
      heater: this.transport.pin(HEATER)?.active ?? false,
      cooler: this.transport.pin(COOLER)?.active ?? false,
    };
  }

  /** Sends what the sampler would send for the current state of the model. */
  feed(): void {
    if (this.probe === 'silent') return;
    const v = this.model.values();
    const ts = this.clock.wallMs();
    this.module.onReadings([
      this.probe === 'ok'
        ? { channel: 'beer', ts, value: v.beer + this.rng.gauss(0.03), status: 'ok' }
        : { channel: 'beer', ts, value: null, status: 'unavailable' },
      { channel: 'gravity', ts, value: v.gravity + this.rng.gauss(0.0003), status: 'ok' },
    ]);
  }
}

/** A protection rule broken in an output log. */
export interface Violation {
  rule: string;
  at: number;
  gapS: number;
}

/** Minimum times to check, seconds. */
export interface Rules {
  minCoolOn: number;
  minCoolOff: number;
  minHeatOn: number;
  minHeatOff: number;
  modeSwitch: number;
}

export const BREWPI_RULES: Rules = {
  minCoolOn: 180,
  minCoolOff: 300,
  minHeatOn: 180,
  minHeatOff: 300,
  modeSwitch: 600,
};

/** Transitions of one line: [at, active] pairs, in order, starting with its open event. */
function transitions(
  events: readonly PinEvent[],
  label: string,
): { at: number; active: boolean }[] {
  return events.filter((e) => e.label === label).map((e) => ({ at: e.at, active: e.active }));
}

function checkLine(
  events: readonly PinEvent[],
  label: string,
  minOn: number,
  minOff: number,
  kind: string,
): Violation[] {
  const out: Violation[] = [];
  const t = transitions(events, label);
  for (let i = 1; i < t.length; i++) {
    const prev = t[i - 1] as { at: number; active: boolean };
    const cur = t[i] as { at: number; active: boolean };
    const gapS = (cur.at - prev.at) / 1000;
    // The first event is the line being opened inactive: the rest counts from there.
    if (cur.active && gapS < minOff) out.push({ rule: `min ${kind} off`, at: cur.at, gapS });
    if (!cur.active && prev.active && gapS < minOn)
      out.push({ rule: `min ${kind} on`, at: cur.at, gapS });
  }
  return out;
}

/** Every violation of compressor and heater minimum times and of the changeover delay. */
export function violations(events: readonly PinEvent[], rules: Rules = BREWPI_RULES): Violation[] {
  const out = [
    ...checkLine(events, COOLER, rules.minCoolOn, rules.minCoolOff, 'cool'),
    ...checkLine(events, HEATER, rules.minHeatOn, rules.minHeatOff, 'heat'),
  ];
  const heat = transitions(events, HEATER);
  const cool = transitions(events, COOLER);
  const lastOffBefore = (t: { at: number; active: boolean }[], at: number): number | undefined =>
    t.filter((e) => !e.active && e.at <= at).at(-1)?.at;
  for (const [starts, other, name] of [
    [cool, heat, 'heat→cool'],
    [heat, cool, 'cool→heat'],
  ] as const) {
    for (const s of starts.filter((e) => e.active)) {
      const off = lastOffBefore(other, s.at);
      if (off !== undefined && (s.at - off) / 1000 < rules.modeSwitch)
        out.push({ rule: name, at: s.at, gapS: (s.at - off) / 1000 });
      if (
        other.some((e) => e.active && e.at <= s.at) &&
        other.filter((e) => e.at <= s.at).at(-1)?.active
      ) {
        out.push({ rule: `${name} overlap`, at: s.at, gapS: 0 });
      }
    }
  }
  return out;
}

/** Number of times a line switched on. */
export function starts(events: readonly PinEvent[], label: string): number {
  return events.filter((e) => e.label === label && e.active).length;
}
