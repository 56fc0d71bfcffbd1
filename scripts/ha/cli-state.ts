// What the CLI knows about a Home Assistant it started earlier (from another process).
import { readPidRecord, readState } from './instance.js';
import { defaultConfigDir } from './paths.js';

export interface RunningInfo {
  pid: number;
  url: string;
  token: string;
  configDir: string;
}

export const configDirFor = (port: number): string => defaultConfigDir(port);

/** The harness HA on `port`, if its process lives and a token was saved for it. */
export async function runningOn(port: number): Promise<RunningInfo | undefined> {
  const rec = readPidRecord(port);
  if (!rec) return undefined;
  const token = readState(rec.configDir).token;
  if (!token) return undefined;
  return { pid: rec.pid, url: rec.url, token, configDir: rec.configDir };
}
