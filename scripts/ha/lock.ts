// A lock file so that two concurrent test runs never provision the same cache at once.
// O_EXCL creation is atomic; a lock whose owner pid is dead is stale and taken over.
import fs from 'node:fs';
import { isAlive, log, sleep } from './proc.js';

export async function withLock<T>(
  lockFile: string,
  fn: () => Promise<T>,
  waitMs = 60 * 60_000,
): Promise<T> {
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = Number.parseInt(readOr(lockFile, ''), 10);
    if (!Number.isFinite(owner) || !isAlive(owner)) {
      // Owner died mid-provisioning: every step is stamped, so the next owner resumes safely.
      log(`removing stale lock ${lockFile} (owner ${owner || '?'} is gone)`);
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${lockFile}, held by pid ${owner}`);
    }
    if (!announced) log(`waiting for pid ${owner} to finish provisioning (${lockFile})`);
    announced = true;
    await sleep(1000);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}
