// Simulated cooks with the events real cooks have and the shared smoker fixture does not: a pit
// raised or lowered on purpose, a fire dying and refuelled, a wrap (the cut out of the smoker for
// minutes, then no more evaporation), a pit probe pulled, no pit probe at all, a probe moved to a
// cooler spot, small fast cuts without a stall, one-minute app exports rounded to whole °F. They
// widen the synthetic half of the validation set beyond the model's own assumptions; the real
// logs remain the judge. Deterministic: the same scenario gives the same log on every run.
import { brisket, fermentation, rng, trueArrival } from '../fixtures/cook.js';
import type { ReplayLog } from './replay.js';

const HOUR = 3_600_000;

/** One simulated cook. Hours are from the start of the cook; temperatures °C. */
export interface Scenario {
  id: string;
  seed: number;
  /** Newton coefficient of the probe's spot, per hour (large cut ≈ 0.15, a bird ≈ 0.5). */
  k: number;
  setpoint: number;
  /** Deliberate setpoint changes `[hour, °C]`; a negative °C is a fire dying toward that level. */
  pitChanges?: [number, number][];
  /** Peak evaporative cooling (°C/h) and how long the surface moisture lasts at that rate (h). */
  evap: number;
  moistureH: number;
  /** The cut comes out for 12 min, is wrapped, and evaporates no more. */
  wrapAtH?: number;
  pitProbe: boolean;
  /** The pit probe is taken out (it goes on reading the room). */
  pitPulledAtH?: number;
  /** The probe is pushed to a spot this many °C cooler, which closes up with a 40-min lag. */
  probeMove?: [number, number];
  stepS: number;
  /** App exports: readings rounded to whole °F. */
  fahrenheit?: boolean;
  noise: number;
  lidEveryMin: number;
  target: number;
  hours: number;
}

const base = {
  evap: 8.5,
  moistureH: 5,
  pitProbe: true,
  stepS: 5,
  noise: 0.05,
  lidEveryMin: 90,
  hours: 24,
} as const;

/** The scenario list the bench and the tuning script replay (seeded variations of each kind). */
export const SCENARIOS: Scenario[] = [
  { ...base, id: 'brisket-steady', seed: 1, k: 0.15, setpoint: 121, target: 95 },
  {
    ...base,
    id: 'brisket-pit-raised',
    seed: 2,
    k: 0.15,
    setpoint: 110,
    pitChanges: [[9, 135]],
    target: 95,
  },
  { ...base, id: 'brisket-wrapped', seed: 3, k: 0.14, setpoint: 121, wrapAtH: 8, target: 95 },
  {
    ...base,
    id: 'brisket-wrapped-pit-pulled',
    seed: 4,
    k: 0.16,
    setpoint: 118,
    wrapAtH: 7.5,
    pitPulledAtH: 7.5,
    target: 95,
  },
  {
    ...base,
    id: 'brisket-fire-dying',
    seed: 5,
    k: 0.15,
    setpoint: 125,
    pitChanges: [
      [10, -95],
      [12, 125],
    ],
    target: 93,
  },
  { ...base, id: 'brisket-hot-fast', seed: 6, k: 0.17, setpoint: 140, evap: 10, target: 96 },
  {
    ...base,
    id: 'pork-shoulder-app-export',
    seed: 7,
    k: 0.18,
    setpoint: 115,
    pitProbe: false,
    stepS: 60,
    fahrenheit: true,
    evap: 7,
    moistureH: 4,
    target: 93,
  },
  {
    ...base,
    id: 'pork-shoulder-probe-moved',
    seed: 8,
    k: 0.2,
    setpoint: 120,
    pitProbe: false,
    stepS: 60,
    probeMove: [9, 4],
    evap: 7,
    moistureH: 4,
    target: 93,
  },
  {
    ...base,
    id: 'turkey-no-pit',
    seed: 9,
    k: 0.22,
    setpoint: 163,
    pitProbe: false,
    stepS: 60,
    fahrenheit: true,
    evap: 2,
    moistureH: 1,
    lidEveryMin: 0,
    target: 74,
    hours: 6,
  },
  {
    ...base,
    id: 'chicken-fast',
    seed: 10,
    k: 0.45,
    setpoint: 177,
    evap: 1,
    moistureH: 0.5,
    lidEveryMin: 0,
    target: 74,
    hours: 4,
  },
  {
    ...base,
    id: 'rib-roast-lid-often',
    seed: 11,
    k: 0.18,
    setpoint: 110,
    evap: 0.5,
    moistureH: 1,
    lidEveryMin: 25,
    target: 54,
    hours: 8,
  },
  {
    ...base,
    id: 'brisket-pit-lowered',
    seed: 12,
    k: 0.13,
    setpoint: 135,
    pitChanges: [[6, 115]],
    target: 95,
  },
];

/** The probe's meat temperature, pit and reading, second by second (5 s resolution). */
function simulate(o: Scenario): { ts: number; pit: number; meat: number; read: number }[] {
  const out: { ts: number; pit: number; meat: number; read: number }[] = [];
  const dt = 5;
  const k = o.k / 3600;
  let pit = 20;
  let meat = 4;
  let moisture = 1;
  let goal = o.setpoint;
  let nextLid = o.lidEveryMin > 0 ? o.lidEveryMin * 60 * 0.7 : Infinity;
  let lidUntil = -1;
  const r = rng(o.seed);
  const wrapS = o.wrapAtH !== undefined ? o.wrapAtH * 3600 : Infinity;
  for (let s = 0; s <= o.hours * 3600; s += dt) {
    for (const [h, c] of o.pitChanges ?? []) if (s === Math.round(h * 720) * 5) goal = c;
    const dying = goal < 0;
    if (s >= nextLid) {
      lidUntil = s + 40 + 110 * r.next();
      nextLid = s + o.lidEveryMin * 60 * (0.5 + r.next());
    }
    const outOfSmoker = s >= wrapS && s < wrapS + 720;
    const air = s < lidUntil ? 60 : dying ? -goal : goal;
    // A dying fire sinks slowly (an hour's time constant); a controller acts within minutes.
    pit += ((air - pit) * dt) / (s < lidUntil ? 45 : dying ? 3600 : 240);
    const evapOn = s < wrapS ? 1 / (1 + Math.exp(-(meat - 67) / 2.5)) : 0;
    const cooling = (o.evap / 3600) * evapOn * Math.min(1, moisture / 0.25);
    const around = outOfSmoker ? 22 : pit;
    meat += (k * (around - meat) - cooling) * dt;
    moisture = Math.max(0, moisture - (evapOn * dt) / (o.moistureH * 3600));
    let offset = 0;
    if (o.probeMove && s >= o.probeMove[0] * 3600)
      offset = -o.probeMove[1] * Math.exp(-(s - o.probeMove[0] * 3600) / 2400);
    out.push({ ts: s * 1000, pit, meat, read: meat + offset });
  }
  return out;
}

/** A scenario as a replay log (same format as the real corpus), split `synthetic`. */
export function scenarioLog(o: Scenario): ReplayLog {
  const t0 = Date.UTC(2026, 2, 1, 6, 0, 0);
  const r = rng(o.seed * 7919);
  const sim = simulate(o);
  const round = (c: number) =>
    o.fahrenheit
      ? Math.round((Math.round(c * 1.8 + 32) - 32) / 0.018) / 100
      : Math.round(c * 10) / 10;
  const readings: ReplayLog['readings'] = [];
  let reached: number | null = null;
  const recent: number[] = [];
  for (const p of sim) {
    if (p.ts % (o.stepS * 1000) !== 0) continue;
    const ts = t0 + p.ts;
    const pulled = o.pitPulledAtH !== undefined && p.ts >= o.pitPulledAtH * HOUR;
    // A pulled pit probe still reports: the air of the room it now lies in.
    const pitRead = pulled ? 21 + r.gauss(0.3) : p.pit + r.gauss(0.4);
    if (o.pitProbe) readings.push([ts, 'pit', Math.round(pitRead * 10) / 10]);
    readings.push([ts, 'meat', round(p.read + r.gauss(o.noise))]);
    // Truth as for the real logs: the median of 3 consecutive (noise-free) readings at the target.
    recent.push(p.read);
    if (recent.length > 3) recent.shift();
    const med = [...recent].sort((a, b) => a - b)[1];
    if (reached === null && recent.length === 3 && med! >= o.target) reached = ts;
  }
  const end = (reached ?? t0 + o.hours * HOUR) + 30 * 60_000;
  return {
    meta: {
      id: `synthetic-${o.id}`,
      kind: 'cook',
      split: 'synthetic',
      device: 'simulated cook',
      cut: o.id,
      channels: [
        ...(o.pitProbe ? [{ channel: 'pit', role: 'pit' }] : []),
        { channel: 'meat', role: 'meat', target: o.target, reached_at: reached },
      ],
    },
    readings: readings.filter((x) => x[0] <= end),
  };
}

/**
 * The whole synthetic set: the smoker of the unit tests (three seeds, logged every 30 s), the
 * scenarios above, and the simulated fermenter. Labelled `synthetic` wherever it is scored.
 */
export function syntheticLogs(): ReplayLog[] {
  const cooks = [3, 7, 11].map<ReplayLog>((seed) => {
    const c = brisket({ seed, spikeAtS: null, unplugged: null });
    const arrival = trueArrival(c, 95)!;
    const end = c.filter((s) => s.ts <= arrival + 30 * 60_000);
    return {
      meta: {
        id: `synthetic-brisket-${seed}`,
        kind: 'cook',
        split: 'synthetic',
        device: 'simulated smoker',
        cut: 'brisket',
        channels: [
          { channel: 'pit', role: 'pit' },
          { channel: 'meat', role: 'meat', target: 95, reached_at: arrival },
        ],
      },
      readings: end
        .filter((_, i) => i % 6 === 0)
        .flatMap((s) => [
          [s.ts, 'pit', s.pit],
          [s.ts, 'meat', s.meat],
        ]) as ReplayLog['readings'],
    };
  });
  const f = fermentation();
  const brew: ReplayLog = {
    meta: {
      id: 'synthetic-fermentation',
      kind: 'ferment',
      split: 'synthetic',
      device: 'simulated hydrometer',
      cut: 'ale',
      og: 1.05,
      channels: [{ channel: 'gravity', role: 'gravity' }],
    },
    readings: f.map((s) => [s.ts, 'gravity', s.sg]),
  };
  return [...cooks, ...SCENARIOS.map(scenarioLog), brew];
}
