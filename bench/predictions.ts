// Predictions replayed over real logs: time to target, stall and fermentation-finished, scored
// against each log's truth and against naive baselines computed in the same run (a straight line
// through the last 30 min of the meat; the last 24 h of gravity). Drives the hub's own estimate
// path (hygiene → buffer → Estimator.estimate, once per minute of data, as the alert engine).
// `npx tsx bench/predictions.ts` prints the per-channel detail as well.
import {
  corpusDir,
  loadCorpus,
  replayBrew,
  replayCook,
  scoreCooks,
  type BrewReplay,
  type ChannelReplay,
  type ReplayLog,
} from '../addon/test/intel/replay.js';
import { syntheticLogs } from '../addon/test/intel/synthetic.js';
import { row, type Bench, type BenchRow } from './lib.js';

const HOUR = 3_600_000;

const pct = (v: number) => Math.round(v * 1000) / 10;

function cookRows(label: string, replays: ChannelReplay[]): BenchRow[] {
  if (replays.length === 0) return [];
  const s = scoreCooks(replays);
  const cooks = new Set(replays.map((r) => r.log)).size;
  const tag = `${label}, ${cooks} cooks / ${s.channels} probes`;
  return [
    row({
      figure: `ETA available, last 2 h (${tag})`,
      value: pct(s.okShare2h),
      unit: '%',
      baseline: 'naive 30-min line',
      baselineValue: pct(s.naiveShare2h),
      budget: '≥ 80 %',
      met: s.okShare2h >= 0.8,
      note: `last hour ${pct(s.okShare1h)} % (naive ${pct(s.naiveShare1h)} %)`,
    }),
    row({
      figure: `ETA mean abs error, last 2 h (${tag})`,
      value: Math.round(s.meanErr2h * 10) / 10,
      unit: 'min',
      baseline: 'naive 30-min line',
      baselineValue: Math.round(s.naiveMeanErr2h * 10) / 10,
    }),
    row({
      figure: `ETA worst abs error, last hour (${tag})`,
      value: Math.round(s.worstErr1h * 10) / 10,
      unit: 'min',
      baseline: 'naive 30-min line',
      baselineValue: Math.round(s.naiveWorstErr1h * 10) / 10,
      note: s.perChannel
        .map((c) => `${c.id}: ${c.worst1h.toFixed(0)} vs ${c.naiveWorst1h.toFixed(0)} min`)
        .join('; '),
    }),
    row({
      figure: `probes whose worst last-hour error ≤ naive's (${tag})`,
      value: pct(s.beatsNaiveShare),
      unit: '%',
      baseline: '–',
      baselineValue: null,
      budget: '≥ 80 %',
      met: s.beatsNaiveShare >= 0.8,
    }),
    row({
      figure: `true arrival inside the band, last 2 h (${tag})`,
      value: pct(s.bandCoverage),
      unit: '%',
      baseline: '–',
      baselineValue: null,
      budget: '≥ 80 %',
      met: s.bandCoverage >= 0.8,
      note:
        `median band width ${Math.round(s.bandWidth2h)} min (${pct(s.bandWidthShare2h)} % of the ` +
        `time left); ` +
        s.perChannel.map((c) => `${c.id}: ${pct(c.band)} %`).join('; '),
    }),
    row({
      figure: `band interval score, last 2 h (${tag})`,
      value: Math.round(s.intervalScore2h * 10) / 10,
      unit: 'min',
      baseline: '–',
      baselineValue: null,
      note: 'width + 20 × any miss, the band read as a 90 % interval (lower is better)',
    }),
    row({
      figure: `stall flagged after its visible start, worst (${tag})`,
      value: s.worstStallLag ?? NaN,
      unit: 'min',
      baseline: 'naive 30-min slope < 0.1 °C/min',
      baselineValue: s.naiveWorstStallLag,
      budget: '≤ 20 min, none missed',
      met: s.stallsMissed === 0 && (s.worstStallLag === null || s.worstStallLag <= 20),
      note:
        `${s.stallChannels} probes with a visible stall, ${s.stallsMissed} missed; ` +
        s.perChannel
          .filter((c) => c.stallLag !== null)
          .map((c) => `${c.id}: ${c.stallLag!.toFixed(0)} min`)
          .join('; '),
    }),
    row({
      figure: `ok estimates without finite times (${tag})`,
      value: s.okWithoutTimes,
      unit: '',
      baseline: '–',
      baselineValue: null,
      budget: '= 0',
      met: s.okWithoutTimes === 0,
    }),
  ];
}

function brewRows(label: string, brews: BrewReplay[]): BenchRow[] {
  return brews.map((b) => {
    const lead = (t: number | null) =>
      t === null || b.stable48 === null ? NaN : Math.round(((b.stable48 - t) / HOUR) * 10) / 10;
    const ok =
      b.finished !== null &&
      b.stable48 !== null &&
      b.levelled !== null &&
      b.finished <= b.stable48 &&
      b.finished >= b.levelled;
    return row({
      figure: `fermentation finished, hours before the 48-h stable criterion (${label}: ${b.log})`,
      value: lead(b.finished),
      unit: 'h',
      baseline: 'naive 24-h slope',
      baselineValue: lead(b.naiveFinished),
      budget: '≥ 0 h and not before it levelled off',
      met: ok,
      note: `levelled off ${lead(b.levelled)} h before the criterion; naive ${
        b.naiveFinished !== null && b.levelled !== null && b.naiveFinished < b.levelled
          ? 'fired before it levelled off'
          : 'did not fire early'
      }`,
    });
  });
}

/** Every replay of a set of logs. */
export function replayAll(logs: ReplayLog[]): { cooks: ChannelReplay[]; brews: BrewReplay[] } {
  return {
    cooks: logs.filter((l) => l.meta.kind === 'cook').flatMap((l) => replayCook(l)),
    brews: logs.filter((l) => l.meta.kind === 'ferment').map(replayBrew),
  };
}

export const predictionsBench: Bench = async () => {
  const dir = corpusDir();
  if (!dir && process.env.CI === 'true')
    throw new Error(
      'the corpus of real logs is missing (shared/real-logs, see addon/src/intel/README.md)',
    );
  const real = dir ? loadCorpus(dir) : [];
  const rows: BenchRow[] = [];
  for (const split of ['holdout', 'tune'] as const) {
    const r = replayAll(real.filter((l) => l.meta.split === split));
    const label = `real ${split === 'holdout' ? 'held-out' : 'tuning'}`;
    rows.push(...cookRows(label, r.cooks), ...brewRows(label, r.brews));
  }
  const syn = replayAll(syntheticLogs());
  rows.push(...cookRows('synthetic', syn.cooks), ...brewRows('synthetic', syn.brews));
  return rows;
};

if (process.argv[1]?.endsWith('predictions.ts')) {
  const { formatTable } = await import('./lib.js');
  const rows = await predictionsBench();
  console.log(formatTable(rows));
  for (const r of rows) if (r.note) console.log(`- ${r.figure}: ${r.note}`);
}
