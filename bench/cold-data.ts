// Realistic probe data for the cold-storage row: the edge node's own simulated platform (a
// smoker with a pit and four meat probes, a fermenter with wort, ambient and gravity), its noise
// and declared precision, judged by the edge's quality checks, sampled at 1 Hz with the few ms of
// timer lateness a real sampler has. A new cook is lit every morning; the brew runs through.
import type { Channel, Reading } from '@brewpit/protocol';
import { validateWith } from '../edge-node/src/config/validate.js';
import { ChannelQuality } from '../edge-node/src/sensors/quality.js';
import { simulatedPlatform } from '../edge-node/src/sensors/simulated/index.js';
import {
  SimulatedSchema,
  type SimulatedOptions,
} from '../edge-node/src/sensors/simulated/schema.js';
import type { ReadingSpec, Sensor } from '../edge-node/src/sensors/types.js';
import { rng } from './util.js';

const DAY_S = 86_400;

interface Device {
  sensor: Sensor;
  specs: ReadingSpec[];
  quality: ChannelQuality[];
  clock: { mono: number };
}

function device(o: Record<string, unknown>, wallStart: number): Device {
  const options = { platform: 'simulated', ...o };
  const issues = validateWith(SimulatedSchema, options);
  if (issues.length) throw new Error(`bench: simulated options: ${JSON.stringify(issues)}`);
  const opts = options as unknown as SimulatedOptions;
  const clock = { mono: 0 };
  const sensor = simulatedPlatform.create(opts, {
    monotonicMs: () => clock.mono,
    wallMs: () => wallStart + clock.mono,
  } as never);
  const specs = simulatedPlatform.readings(opts);
  return { sensor, specs, quality: specs.map((s) => new ChannelQuality(s)), clock };
}

const MEATS = [
  { key: 'brisket', name: 'Brisket', cut: 'large' },
  { key: 'point', name: 'Point', cut: 'large' },
  { key: 'ribs', name: 'Ribs', cut: 'small' },
  { key: 'chicken', name: 'Chicken', cut: 'small' },
];

/** The 8 channels as the edge announces them (key, kind, unit, name, precision). */
export function coldChannels(): Channel[] {
  const smoker = device({ model: 'smoker', meats: MEATS }, 0);
  const brew = device({ model: 'fermenter' }, 0);
  return [...smoker.specs, ...brew.specs].map(({ key, kind, unit, name, precision }) => ({
    key,
    kind,
    unit,
    name,
    precision,
  }));
}

/**
 * Calls `onBatch` with batches of `batchSize` readings (all 8 channels of each second, seq
 * numbered), `days` of them from `t0`, in time order.
 */
export async function generateColdData(
  t0: number,
  days: number,
  batchSize: number,
  onBatch: (readings: Reading[]) => void,
): Promise<number> {
  const late = rng(4242);
  const brew = device({ model: 'fermenter', seed: 11 }, t0);
  let smoker = device({ model: 'smoker', meats: MEATS, seed: 1 }, t0);
  let batch: Reading[] = [];
  let seq = 0;
  for (let s = 0; s < days * DAY_S; s++) {
    if (s > 0 && s % DAY_S === 0)
      smoker = device({ model: 'smoker', meats: MEATS, seed: 1 + s / DAY_S }, t0 + s * 1000);
    // setTimeout fires 0–3 ms late; the sampler never repeats a timestamp.
    const ts = t0 + s * 1000 + Math.floor(late() * late() * 4);
    for (const d of [smoker, brew]) {
      d.clock.mono = (s - (d === smoker ? s - (s % DAY_S) : 0)) * 1000;
      const values = await d.sensor.read();
      d.specs.forEach((spec, i) => {
        const j = d.quality[i]!.judge(values[spec.key]);
        batch.push({ seq: ++seq, channel: spec.key, ts, value: j.value, status: j.status });
      });
    }
    if (batch.length >= batchSize) {
      onBatch(batch);
      batch = [];
    }
  }
  if (batch.length) onBatch(batch);
  return seq;
}
