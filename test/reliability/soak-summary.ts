/**
 * `npm run soak` leaves its figures beside the benchmark table: every summary a reliability test
 * reports during a soak is merged into bench/results/soak.json under its name, with when and on
 * what machine it ran, so the last soak of each test can be read (and diffed) without its log.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/ha/paths.js';

export const SOAK_RESULTS = join(REPO_ROOT, 'bench/results/soak.json');

export function writeSoakSummary(name: string, figures: Record<string, unknown>): void {
  let all: Record<string, unknown> = {};
  if (existsSync(SOAK_RESULTS)) {
    try {
      all = JSON.parse(readFileSync(SOAK_RESULTS, 'utf8')) as Record<string, unknown>;
    } catch {
      all = {}; // a half-written file from an interrupted run: start again
    }
  }
  const cpu = cpus();
  all[name] = {
    at: new Date().toISOString(),
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    ...figures,
  };
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(SOAK_RESULTS, `${JSON.stringify(all, null, 2)}\n`);
}
