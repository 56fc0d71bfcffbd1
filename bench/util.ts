// Helpers shared by the benches beyond lib.ts: the build cache, waiting, child processes and
// /proc figures.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopProcess as stop } from '../test/support/processes.js';

/** Where expensive fixtures (the 50 M-reading store) are kept between runs. */
export function benchCacheDir(): string {
  return path.resolve(
    process.env.BREWPIT_BENCH_CACHE || path.join(os.homedir(), '.cache', 'brewpit-bench'),
  );
}

export { sleep, waitFor } from '../test/support/wait.js';

/** SIGTERM, SIGKILL after `graceMs`; resolves when the process is gone. */
export function stopProcess(p: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  return stop(p, 'SIGTERM', graceMs);
}

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux this runs on. */
const CLK_TCK = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime, stime (fields 14, 15)
}

/** Current and peak resident set size of a process, in bytes, from /proc/<pid>/status. */
export function rss(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

export { rng } from '../test/support/stats.js';

export const MB = 1024 * 1024;

/** Stops a bench hub and deletes its data dir (startHub leaves it behind). */
export async function stopHub(hub: { stop(): Promise<void>; dir: string }): Promise<void> {
  await hub.stop();
  rmSync(hub.dir, { recursive: true, force: true });
}
