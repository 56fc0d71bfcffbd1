// `npm run bench`: every benchmark in one run, one table of figures against baselines
// measured in the same run, and a JSON copy under bench/results/ for comparing runs.
// `npm run bench -- ingest history` runs only the named ones.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { edgeBench } from './edge.js';
import { exportBench } from './export.js';
import { historyBench } from './history.js';
import { ingestBench } from './ingest.js';
import { liveBench } from './live.js';
import { panelFirstChartBench } from './panel-first-chart.js';
import { predictionsBench } from './predictions.js';
import { panelSessionLiveBench } from './panel-session-live.js';
import { storageBench } from './storage.js';
import { ROOT, formatTable, type Bench, type BenchRow } from './lib.js';

const BENCHES: Record<string, Bench> = {
  ingest: ingestBench,
  'panel-first-chart': panelFirstChartBench,
  'panel-session-live': panelSessionLiveBench,
  history: historyBench,
  storage: storageBench,
  live: liveBench,
  edge: edgeBench,
  predictions: predictionsBench,
  export: exportBench,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  const failures: { bench: string; error: string }[] = [];
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const start = Date.now();
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await bench()));
    } catch (err) {
      failures.push({ bench: name, error: (err as Error).message });
      process.stderr.write(`bench: ${name} failed: ${(err as Error).message}\n`);
    }
    process.stderr.write(`bench: ${name} took ${((Date.now() - start) / 1000).toFixed(1)} s\n`);
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\nBrewpit benchmarks — ${new Date().toISOString()} — ${machine}\n`);
  console.log(formatTable(rows));
  for (const r of rows) if (r.note) console.log(`- ${r.figure}: ${r.note}`);
  const result = { at: new Date().toISOString(), machine, rows, failures };
  const stamp = result.at.replace(/[:.]/g, '-');
  writeFileSync(path.join(ROOT, 'bench/results', `${stamp}.json`), JSON.stringify(result, null, 2));
  writeFileSync(path.join(ROOT, 'bench/results/latest.json'), JSON.stringify(result, null, 2));
  if (failures.length > 0) {
    console.log(
      `\n${failures.length} benchmark(s) could not run: ${failures.map((f) => `${f.bench} (${f.error})`).join('; ')}`,
    );
    process.exitCode = 1;
  }
}

await main();
