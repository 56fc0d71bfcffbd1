// Simulated cooks and brews for the dev page: a brisket with a stall, a pork shoulder, and a
// fermenting ale with falling gravity.
import type { Point, SeriesInfo } from '@brewpit/protocol';
import type { FakeBackend } from './fake-backend.js';

const H = 3_600_000;

function info(
  id: number,
  device: string,
  key: string,
  kind: string,
  unit: string,
  name: string,
): SeriesInfo {
  return { id, device_id: device, key, kind, unit, name, last_ts: null, last_value: null };
}

/** Deterministic noise so screenshots are stable. */
function noise(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648 - 0.5;
  };
}

/** Meat temperature: approach to the pit with a stall around 65–70 °C. */
function meat(t: number, start: number, pit: number, stall: number): number {
  const base = start + (pit - start) * (1 - Math.exp(-t / 5));
  return base > stall ? stall + (base - stall) * Math.max(0.15, Math.min(1, (t - 5) / 6)) : base;
}

export function cook(
  b: FakeBackend,
  ids: [number, number, number],
  start: number,
  hours: number,
  stepMs: number,
  seed: number,
): void {
  const rnd = noise(seed);
  const pit: Point[] = [];
  const m: Point[] = [];
  const amb: Point[] = [];
  for (let ts = start; ts <= start + hours * H; ts += stepMs) {
    const t = (ts - start) / H;
    const lid = Math.abs(t - 6) < 0.05 ? -25 : 0;
    pit.push([ts, 110 + 4 * Math.sin(t * 1.3) + rnd() * 2 + lid]);
    // The meat probe was out of the meat for 20 minutes (a real gap).
    m.push([ts, Math.abs(t - 3.5) < 0.17 ? null : meat(t, 5, 110, 68) + rnd() * 0.3]);
    amb.push([ts, 14 + 5 * Math.sin((t / 24) * Math.PI * 2) + rnd()]);
  }
  b.series.get(ids[0])!.points.push(...pit);
  b.series.get(ids[1])!.points.push(...m);
  b.series.get(ids[2])!.points.push(...amb);
}

export function seed(b: FakeBackend, now = Date.now()): void {
  b.addSeries(info(1, 'smoker-pi', 'pit', 'temperature', '°C', 'Pit'), []);
  b.addSeries(info(2, 'smoker-pi', 'meat1', 'temperature', '°C', 'Brisket'), []);
  b.addSeries(info(3, 'smoker-pi', 'ambient', 'temperature', '°C', 'Ambient'), []);
  b.addSeries(info(4, 'smoker-pi', 'meat2', 'temperature', '°C', 'Probe 2'), []);
  b.addSeries(info(5, 'fermenter-pi', 'wort', 'temperature', '°C', 'Wort'), []);
  b.addSeries(info(6, 'ispindel-1', 'gravity', 'gravity', 'SG', 'Gravity'), []);
  const day = 24 * H;
  const s1 = now - 10 * day;
  cook(b, [1, 2, 3], s1, 14, 10_000, 1);
  const s2 = now - 3 * day;
  cook(b, [1, 2, 3], s2, 12, 10_000, 2);
  const s3 = now - 5 * H;
  cook(b, [1, 4, 3], s3, 5, 10_000, 3);
  const brew = now - 9 * day;
  const rnd = noise(9);
  for (let ts = brew; ts <= now; ts += 60_000) {
    const d = (ts - brew) / day;
    b.series.get(5)!.points.push([ts, 19 + 1.5 * Math.exp(-((d - 2) ** 2)) + rnd() * 0.1]);
    if (ts % (15 * 60_000) < 60_000)
      b.series.get(6)!.points.push([ts, 1.012 + 0.04 * Math.exp(-d / 2)]);
  }
  b.annotations.push(
    { id: 100, session_id: 's1', ts: s1 + 6 * H, text: 'Wrapped in butcher paper', kind: 'note' },
    { id: 101, session_id: 's1', ts: s1 + 6 * H + 60_000, text: 'Pit below 90 °C', kind: 'alert' },
    { id: 102, session_id: 's4', ts: brew + 2 * H, text: 'Pitched yeast', kind: 'note' },
    { id: 103, session_id: 's4', ts: brew + 4 * day, text: 'Dry hopped', kind: 'note' },
  );
  b.sessions.push(
    {
      id: 's1',
      kind: 'cook',
      name: 'Brisket for the block party',
      status: 'ended',
      started_at: s1,
      ended_at: s1 + 14 * H,
      channels: [
        { series_id: 1, role: 'pit', label: 'Pit', target: 110 },
        { series_id: 2, role: 'meat', label: 'Brisket', target: 95 },
        { series_id: 3, role: 'ambient', label: 'Ambient' },
      ],
      notes: '',
      recipe: 'Texas style',
      og: null,
    },
    {
      id: 's2',
      kind: 'cook',
      name: 'Second brisket',
      status: 'ended',
      started_at: s2,
      ended_at: s2 + 12 * H,
      channels: [
        { series_id: 1, role: 'pit', label: 'Pit', target: 115 },
        { series_id: 2, role: 'meat', label: 'Brisket', target: 95 },
      ],
      notes: '',
      recipe: null,
      og: null,
    },
    {
      id: 's3',
      kind: 'cook',
      name: 'Pork shoulder',
      status: 'active',
      started_at: s3,
      ended_at: null,
      channels: [
        { series_id: 1, role: 'pit', label: 'Pit', target: 107 },
        { series_id: 4, role: 'meat', label: 'Shoulder', target: 93 },
      ],
      notes: '',
      recipe: null,
      og: null,
    },
    {
      id: 's4',
      kind: 'brew',
      name: 'Citra pale ale',
      status: 'active',
      started_at: brew,
      ended_at: null,
      channels: [
        { series_id: 5, role: 'wort', label: 'Wort', target: 19 },
        { series_id: 6, role: 'gravity', label: 'Gravity', target: 1.012 },
      ],
      notes: '',
      recipe: 'APA #3',
      og: 1.052,
    },
  );
  for (const s of b.series.values()) {
    const last = s.points[s.points.length - 1];
    if (last) s.info = { ...s.info, last_ts: last[0], last_value: last[1] };
  }
  const shoulder = b.series.get(4)!.info;
  const at = shoulder.last_ts ?? now;
  b.estimates.set('s3', {
    session_id: 's3',
    kind: 'cook',
    as_of: at,
    channels: [
      {
        series_id: 4,
        label: 'Shoulder',
        role: 'meat',
        unit: '°C',
        target: 93,
        value: shoulder.last_value,
        status: 'ok',
        reason: null,
        eta: at + 130 * 60_000,
        low: at + 100 * 60_000,
        high: at + 170 * 60_000,
        pit: 110,
        rate_per_h: 4.2,
        stall: { since: s3 + 2.6 * H, ended_at: s3 + 4.1 * H, duration_s: 5400 },
        as_of: at,
      },
    ],
    brew: [],
  });
  b.estimates.set('s4', {
    session_id: 's4',
    kind: 'brew',
    as_of: now,
    channels: [],
    brew: [
      {
        series_id: 6,
        label: 'Gravity',
        gravity: 1.013,
        og: 1.052,
        attenuation: 75,
        abv: 5.1,
        trend_per_day: -0.001,
        finished: false,
        as_of: now,
      },
    ],
  });
}
