// One Home Assistant process: config dir, spawn inside the root, onboarding, token, RUNNING,
// and stopping it. harness.ts (tests) and cli.ts (people) are thin layers over this.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, portOpen } from '../lib/ports.js';
import { GiveUp, waitFor } from '../lib/wait.js';
import * as api from './api.js';
import { writeConfig } from './config.js';
import { cachePaths, HA_PASSWORD, HA_USERNAME, rootPath, VENV_IN_ROOT } from './paths.js';
import { isAlive, killGroup, log, spawnInRoot, terminate } from './proc.js';

export { portOpen } from '../lib/ports.js';

export interface InstanceOptions {
  configDir: string;
  port: number;
  /** false only while provisioning: HA then installs integration requirements itself. */
  skipPip: boolean;
  /** true for the CLI: HA outlives this process. false for tests: it dies with it. */
  detached: boolean;
  startTimeoutMs: number;
  customComponentsFrom: string | null;
  blueprintsFrom: string | null;
  extraConfig: string;
  fresh: boolean;
}

export interface Running {
  pid: number;
  url: string;
  token: string;
  version: string;
  configDir: string;
  logFile: string;
}

/** Saved in the config dir so a restart (or another process) reuses the same login. */
export interface HarnessState {
  username: string;
  password: string;
  token?: string;
  url?: string;
  version?: string;
}

export const STATE_FILE = '.brewpit-harness.json';
export const LOG_FILE = 'brewpit-hass.log';

const pidFile = (port: number): string => path.join(cachePaths().cache, 'run', `hass-${port}.json`);

// Every HA this process started without `detached`; killed when the process exits however it
// exits (the exit event also fires on process.exit(), as mocha --exit does).
const owned = new Set<number>();
let exitHookInstalled = false;
function own(pid: number): void {
  owned.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const p of owned) killGroup(p, 'SIGKILL');
  });
}

export function readState(configDir: string): HarnessState {
  try {
    return JSON.parse(fs.readFileSync(path.join(configDir, STATE_FILE), 'utf8')) as HarnessState;
  } catch {
    return { username: HA_USERNAME, password: HA_PASSWORD };
  }
}

function writeState(configDir: string, state: HarnessState): void {
  fs.writeFileSync(path.join(configDir, STATE_FILE), JSON.stringify(state, null, 2) + '\n', {
    mode: 0o600,
  });
}

export interface PidRecord {
  pid: number;
  port: number;
  configDir: string;
  url: string;
}

export function readPidRecord(port: number): PidRecord | undefined {
  try {
    const rec = JSON.parse(fs.readFileSync(pidFile(port), 'utf8')) as PidRecord;
    return isOurHass(rec.pid) ? rec : undefined;
  } catch {
    return undefined;
  }
}

/** A pid file can outlive its process and the pid be reused: check the command line too. */
function isOurHass(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${VENV_IN_ROOT}/bin/hass`);
  } catch {
    return false;
  }
}

/** Stops the harness HA recorded for `port`, if any. Returns whether one was running. */
export async function stopPort(port: number, graceMs = 30_000): Promise<boolean> {
  const rec = readPidRecord(port);
  if (rec) {
    log(`stopping Home Assistant pid ${rec.pid} on port ${port}`);
    await terminate(rec.pid, graceMs);
    await waitPortClosed(port, graceMs);
  }
  fs.rmSync(pidFile(port), { force: true });
  return rec !== undefined;
}

async function waitPortClosed(port: number, timeoutMs: number): Promise<void> {
  await waitFor(`port ${port} to close after stop`, async () => !(await portOpen(port)), {
    timeoutMs,
  });
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

function spawnHass(opts: InstanceOptions, logFile: string): ChildProcess {
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n===== brewpit harness: starting hass at ${new Date().toISOString()} =====\n`);
  const argv = [`${VENV_IN_ROOT}/bin/hass`, '-c', rootPath(opts.configDir), '--log-no-color'];
  if (opts.skipPip) argv.push('--skip-pip');
  // Its own session/process group (detached), so stop() reaches hass and any pip it runs.
  const child = spawnInRoot(argv, {
    detached: true,
    stdio: ['ignore', fd, fd],
    dieWithParent: !opts.detached,
  });
  fs.closeSync(fd);
  child.unref();
  child.on('error', (e) => log(`cannot start hass: ${e.message}`));
  return child;
}

/**
 * Since 2026.11 the `http:` YAML migrates into a stored "pending" config that Home Assistant
 * reverts (with a restart) five minutes later unless someone confirms it in the UI. The
 * harness confirms it as a user would; otherwise any test longer than five minutes would see
 * Home Assistant restart under it. Nothing pending (later starts) is not an error.
 */
async function confirmHttpConfig(url: string, token: string): Promise<void> {
  try {
    await api.callWs(url, token, { type: 'http/config/promote' });
  } catch (e) {
    if (!/not.?allowed|no pending|nothing to promote/i.test(String(e))) throw e;
  }
}

/** Starts HA and returns once it is RUNNING with a working long-lived token. */
export async function launch(opts: InstanceOptions): Promise<Running> {
  const started = Date.now();
  rootPath(opts.configDir); // throws before anything is wiped when the dir is unusable
  await stopPort(opts.port);
  if (await portOpen(opts.port)) {
    throw new Error(
      `port ${opts.port} on 127.0.0.1 is in use by a process this harness did not start`,
    );
  }
  if (opts.fresh) fs.rmSync(opts.configDir, { recursive: true, force: true });
  writeConfig(opts);
  const logFile = path.join(opts.configDir, LOG_FILE);
  const child = spawnHass(opts, logFile);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn hass (see ${logFile})`);
  if (!opts.detached) own(pid);
  const url = `http://127.0.0.1:${opts.port}`;
  fs.mkdirSync(path.dirname(pidFile(opts.port)), { recursive: true });
  const rec: PidRecord = { pid, port: opts.port, configDir: opts.configDir, url };
  fs.writeFileSync(pidFile(opts.port), JSON.stringify(rec) + '\n');
  try {
    const deadline = started + opts.startTimeoutMs;
    await whileAlive(`HTTP on ${url}`, () => api.httpAnswers(url), pid, logFile, deadline);
    const { token, accessToken } = await ensureToken(url, opts.configDir);
    const version = await waitRunning(url, token, pid, logFile, deadline);
    const onboarded = await finishOnboarding(url, accessToken);
    // Provisioning keeps them: setting them up is how their requirements get installed.
    if (onboarded && opts.skipPip) {
      const removed = await api.removeOnboardingIntegrations(url, token);
      log(`removed the integrations onboarding set up: ${removed.join(', ') || 'none'}`);
    }
    await confirmHttpConfig(url, token);
    writeState(opts.configDir, { ...readState(opts.configDir), token, url, version });
    log(
      `Home Assistant ${version} RUNNING on ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { pid, url, token, version, configDir: opts.configDir, logFile };
  } catch (e) {
    await terminate(pid, 5000);
    owned.delete(pid);
    fs.rmSync(pidFile(opts.port), { force: true });
    throw e;
  }
}

/** Stops a process started by launch(). */
export async function stopRunning(r: Pick<Running, 'pid'>, port: number): Promise<void> {
  await terminate(r.pid);
  owned.delete(r.pid);
  await waitPortClosed(port, 30_000);
  const rec = readPidFileRaw(port);
  if (rec?.pid === r.pid) fs.rmSync(pidFile(port), { force: true });
}

function readPidFileRaw(port: number): PidRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(pidFile(port), 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
}

/** Waits for `check` while hass lives; either way out quotes the tail of its log. */
async function whileAlive(
  what: string,
  check: () => Promise<boolean>,
  pid: number,
  logFile: string,
  deadline: number,
): Promise<void> {
  try {
    await waitFor(
      what,
      async () => {
        if (!isAlive(pid)) throw new GiveUp('hass exited');
        return check();
      },
      { timeoutMs: Math.max(0, deadline - Date.now()), intervalMs: 250 },
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; last log lines (${logFile}):\n${tail(logFile)}`);
  }
}

/**
 * Returns a long-lived token: the saved one when HA still accepts it, otherwise creates the
 * owner (fresh config dir) or logs in with the test password (token file lost), and saves it.
 * `accessToken` is the short-lived token of that login, when there was one.
 */
async function ensureToken(
  url: string,
  configDir: string,
): Promise<{ token: string; accessToken?: string }> {
  const state = readState(configDir);
  if (state.token && (await api.tokenWorks(url, state.token))) return { token: state.token };
  const status = await api.onboardingStatus(url);
  const userDone = status === null || status.some((s) => s.step === 'user' && s.done);
  let tokens: api.Tokens;
  if (userDone) {
    log(`logging in as ${HA_USERNAME} (no valid saved token in ${configDir})`);
    tokens = await api.loginWithPassword(url);
  } else {
    log(`onboarding: creating owner ${HA_USERNAME}`);
    tokens = await api.exchangeAuthCode(url, await api.createOwner(url));
  }
  const token = await api.createLongLivedToken(url, tokens.access_token);
  writeState(configDir, { ...state, username: HA_USERNAME, password: HA_PASSWORD, token });
  return { token, accessToken: tokens.access_token };
}

/**
 * Finishes open onboarding steps; returns whether there were any. Runs after RUNNING on
 * purpose: the core_config step sets up met and radio_browser, and during startup HA would
 * wait for them to time out reaching the internet before it reports RUNNING.
 * The integration step wants a token from a login (not a long-lived one): log in if needed.
 */
async function finishOnboarding(url: string, accessToken?: string): Promise<boolean> {
  const status = await api.onboardingStatus(url);
  if (status === null || status.every((s) => s.done)) return false;
  const access = accessToken ?? (await api.loginWithPassword(url)).access_token;
  await api.finishOnboarding(url, access);
  return true;
}

async function waitRunning(
  url: string,
  token: string,
  pid: number,
  logFile: string,
  deadline: number,
): Promise<string> {
  let last = '';
  await whileAlive(
    `state RUNNING from ${url}/api/config`,
    async () => {
      const cfg = await api.getConfig(url, token);
      last = cfg.version;
      return cfg.state === 'RUNNING';
    },
    pid,
    logFile,
    deadline,
  );
  return last;
}

/**
 * Starts HA, waits for RUNNING, runs `settle`, stops it: provisioning uses it to let HA install
 * integration requirements.
 */
export async function launchOnce(
  opts: { configDir: string; skipPip: boolean; startTimeoutMs: number },
  settle: (r: Running) => Promise<void> = async () => {},
): Promise<string> {
  const port = await freePort();
  const r = await launch({
    ...opts,
    port,
    detached: false,
    customComponentsFrom: null,
    blueprintsFrom: null,
    extraConfig: '',
    fresh: true,
  });
  try {
    await settle(r);
  } finally {
    await stopRunning(r, port);
  }
  return r.version;
}
