// Scores the estimator on the tuning logs and the synthetic set only — never on the held-out
// logs, which it does not even load — and runs leave-one-cook-out over the tuning cooks: for each
// tuning cook, the candidate settings are ranked on the other tuning cooks plus the synthetic
// set, and the winner is scored on the cook left out. This is how settings are chosen; the
// held-out scores come from `npm run bench -- predictions` once the choice is made.
//
//   npx tsx addon/test/intel/tune.ts            # the defaults, per probe, and leave-one-out
//   npx tsx addon/test/intel/tune.ts --grid     # every candidate setting, ranked
import { DEFAULT_ESTIMATOR_OPTIONS, type EstimatorOptions } from '../../src/intel/estimator.js';
import {
  corpusDir,
  loadCorpus,
  replayCook,
  scoreCooks,
  type ChannelReplay,
  type ReplayLog,
} from './replay.js';
import { syntheticLogs } from './synthetic.js';

/** The settings compared (each a small change from the defaults, one knob at a time). */
const D = DEFAULT_ESTIMATOR_OPTIONS;
const eta = (o: Partial<EstimatorOptions['eta']>) => ({ ...D, eta: { ...D.eta, ...o } });
export const CANDIDATES: { name: string; opts: EstimatorOptions }[] = [
  { name: 'defaults', opts: D },
  { name: 'trend straight', opts: eta({ trendCurve: 0 }) },
  { name: 'trend half-curved', opts: eta({ trendCurve: 0.5 }) },
  { name: 'trend 20 min', opts: eta({ trendWindowMs: 20 * 60_000 }) },
  { name: 'trend 40 min', opts: eta({ trendWindowMs: 40 * 60_000 }) },
  { name: 'instability 10 min', opts: eta({ instabilityMs: 10 * 60_000 }) },
  { name: 'instability 30 min', opts: eta({ instabilityMs: 30 * 60_000 }) },
  { name: 'no smoothing', opts: { ...D, smoothMs: 0 } },
  { name: 'smoothing 5 min', opts: { ...D, smoothMs: 5 * 60_000 } },
];

/**
 * One number to rank settings by: the interval score (a proper score of the band, in minutes)
 * plus the mean absolute error, both over the last two hours. Lower is better.
 */
export function objective(replays: ChannelReplay[]): number {
  const s = scoreCooks(replays);
  return s.intervalScore2h + s.meanErr2h;
}

function line(label: string, replays: ChannelReplay[]): string {
  const s = scoreCooks(replays);
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
  return [
    label.padEnd(34),
    `ok ${f(s.okShare2h * 100)}%`,
    `mae ${f(s.meanErr2h)} (naive ${f(s.naiveMeanErr2h)})`,
    `worst1h ${f(s.worstErr1h)} (naive ${f(s.naiveWorstErr1h)})`,
    `beats ${f(s.beatsNaiveShare * 100)}%`,
    `band ${f(s.bandCoverage * 100)}% w ${f(s.bandWidth2h)}min (${f(s.bandWidthShare2h * 100)}% of left)`,
    `IS ${f(s.intervalScore2h)}`,
    `stall ${s.worstStallLag === null ? '–' : f(s.worstStallLag)} miss ${s.stallsMissed}`,
    `okNaN ${s.okWithoutTimes}`,
  ].join('  ');
}

function replayAll(logs: ReplayLog[], opts: EstimatorOptions): ChannelReplay[] {
  return logs.filter((l) => l.meta.kind === 'cook').flatMap((l) => replayCook(l, opts));
}

function main(): void {
  const dir = corpusDir();
  const tuning = (dir ? loadCorpus(dir) : []).filter((l) => l.meta.split === 'tune');
  const synthetic = syntheticLogs().filter((l) => l.meta.kind === 'cook');
  const grid = process.argv.includes('--grid');
  const cands = grid ? CANDIDATES : CANDIDATES.slice(0, 1);
  const cache = new Map<string, Map<string, ChannelReplay[]>>();
  for (const c of cands) {
    const byLog = new Map<string, ChannelReplay[]>();
    for (const l of [...tuning, ...synthetic]) byLog.set(l.meta.id, replayAll([l], c.opts));
    cache.set(c.name, byLog);
    const all = (ids: string[]) => ids.flatMap((id) => byLog.get(id)!);
    const t = tuning.map((l) => l.meta.id);
    const s = synthetic.map((l) => l.meta.id);
    console.log(
      `\n## ${c.name}  objective(tuning+synthetic) ${objective(all([...t, ...s])).toFixed(1)}`,
    );
    console.log(line('tuning', all(t)));
    console.log(line('synthetic', all(s)));
    if (!grid) {
      for (const r of [...all(t), ...all(s)])
        console.log(line(`  ${r.log}/${r.channel}`.slice(0, 34), [r]));
    }
  }
  // Leave one tuning cook out: choose on the rest (other tuning cooks + synthetic), score on it.
  const picked: ChannelReplay[] = [];
  for (const out of tuning) {
    const rest = [...tuning, ...synthetic].filter((l) => l !== out).map((l) => l.meta.id);
    let best = cands[0]!;
    let bestScore = Infinity;
    for (const c of cands) {
      const byLog = cache.get(c.name)!;
      const score = objective(rest.flatMap((id) => byLog.get(id)!));
      if (score < bestScore) [best, bestScore] = [c, score];
    }
    const scored = cache.get(best.name)!.get(out.meta.id)!;
    picked.push(...scored);
    console.log(line(`LOO ${out.meta.id} ← ${best.name}`.slice(0, 34), scored));
  }
  if (picked.length) console.log(line('LOO, all tuning cooks', picked));
}

main();
