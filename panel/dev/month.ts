// One month of 10-second readings on 4 channels (1,036,800 readings), deterministic: the
// first-chart benchmark ingests it into a real hub and the baseline draws it raw.
import type { ChannelRole, Point } from '@brewpit/protocol';

export const MONTH_STEP_MS = 10_000;
export const MONTH_DAYS = 30;
export const MONTH_READINGS = (MONTH_DAYS * 86_400_000) / MONTH_STEP_MS;

export const MONTH_CHANNELS: { key: string; name: string; role: ChannelRole }[] = [
  { key: 'pit', name: 'Pit', role: 'pit' },
  { key: 'meat1', name: 'Meat 1', role: 'meat' },
  { key: 'meat2', name: 'Meat 2', role: 'meat' },
  { key: 'ambient', name: 'Ambient', role: 'ambient' },
];

/** Value of channel `c` at reading `i`: daily cycles, slow drift and cheap hash noise. */
export function monthValue(c: number, i: number): number {
  const day = (i * MONTH_STEP_MS) / 86_400_000;
  const n = Math.sin(i * 12.9898 + c * 78.233) * 43_758.5453;
  const noise = n - Math.floor(n) - 0.5;
  const base = [110, 70, 60, 15][c]!;
  const amp = [6, 20, 25, 6][c]!;
  return Math.round((base + amp * Math.sin(day * Math.PI * 2 + c) + noise * 2) * 10) / 10;
}

export function monthPoints(t0: number, c: number): Point[] {
  const out: Point[] = new Array(MONTH_READINGS);
  for (let i = 0; i < MONTH_READINGS; i++) out[i] = [t0 + i * MONTH_STEP_MS, monthValue(c, i)];
  return out;
}
