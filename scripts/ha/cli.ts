// npm run ha -- start|stop|status|token|logs|provision [--port N] [--fresh] [-f]
// `start` runs Home Assistant in the background and ends with shell-sourceable lines:
//   eval "$(npm run -s ha -- start)"   sets HA_URL and HA_TOKEN.
// Progress and errors go to stderr, so stdout holds only what a script may consume.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as api from './api.js';
import { configDirFor, runningOn } from './cli-state.js';
import { launch, LOG_FILE, readState, stopPort } from './instance.js';
import { cachePaths, CLI_PORT, REPO_ROOT } from './paths.js';
import { installedVersion, isProvisioned, provision } from './provision.js';

const USAGE = `usage: npm run ha -- <command> [options]
  provision            build the cached Home Assistant (once; minutes)
  start                start Home Assistant in the background; prints HA_URL=… and HA_TOKEN=…
  stop                 stop it
  status               say whether it runs, where, and which version
  token                print the long-lived access token
  logs                 print the end of its log (-f to follow)
options: --port N (default ${CLI_PORT}), --fresh (start: wipe the config dir), -f (logs: follow)
cache: \${BREWPIT_HA_CACHE:-~/.cache/brewpit-ha} (now ${cachePaths().cache})`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      follow: { type: 'boolean', short: 'f', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const port = values.port === undefined ? CLI_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be a TCP port number, got ${values.port}`);
  }
  switch (command) {
    case 'provision':
      return cmdProvision();
    case 'start':
      return cmdStart(port, values.fresh);
    case 'stop':
      return cmdStop(port);
    case 'status':
      return cmdStatus(port);
    case 'token':
      return cmdToken(port);
    case 'logs':
      return cmdLogs(port, values.follow);
    default:
      console.error(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
      return 2;
  }
}

async function cmdProvision(): Promise<number> {
  const r = await provision();
  console.log(`Home Assistant ${r.version} provisioned in ${r.root}`);
  if (r.note) console.log(r.note);
  return 0;
}

function printEnv(url: string, token: string): void {
  console.log(`HA_URL=${url}`);
  console.log(`HA_TOKEN=${token}`);
}

async function cmdStart(port: number, fresh: boolean): Promise<number> {
  const current = await runningOn(port);
  if (current && !fresh) {
    console.error(`Home Assistant already runs on ${current.url} (pid ${current.pid})`);
    printEnv(current.url, current.token);
    return 0;
  }
  await provision();
  const r = await launch({
    port,
    configDir: configDirFor(port),
    customComponentsFrom: path.join(REPO_ROOT, 'custom_components'),
    blueprintsFrom: path.join(REPO_ROOT, 'blueprints'),
    extraConfig: '',
    fresh,
    startTimeoutMs: 300_000,
    skipPip: true,
    detached: true,
  });
  console.error(`Home Assistant ${r.version} runs in the background (pid ${r.pid}).`);
  console.error(
    `UI: ${r.url}  login: ${readState(r.configDir).username} / ${readState(r.configDir).password}`,
  );
  console.error(
    `config: ${r.configDir}  log: npm run ha -- logs${port === CLI_PORT ? '' : ` --port ${port}`}`,
  );
  printEnv(r.url, r.token);
  return 0;
}

async function cmdStop(port: number): Promise<number> {
  if (await stopPort(port)) console.error(`stopped Home Assistant on port ${port}`);
  else console.error(`no Home Assistant started by this harness runs on port ${port}`);
  return 0;
}

async function cmdStatus(port: number): Promise<number> {
  console.log(`cache: ${cachePaths().cache}`);
  console.log(
    `provisioned: ${isProvisioned() ? `yes, Home Assistant ${installedVersion()}` : 'no (npm run ha -- provision)'}`,
  );
  const current = await runningOn(port);
  if (!current) {
    console.log(`port ${port}: not running`);
    return 1;
  }
  const cfg = await api.getConfig(current.url, current.token).catch((e: Error) => e);
  const state =
    cfg instanceof Error ? `not answering (${cfg.message})` : `${cfg.state}, ${cfg.version}`;
  console.log(`port ${port}: pid ${current.pid}, ${current.url}, ${state}`);
  console.log(`config: ${current.configDir}`);
  return 0;
}

async function cmdToken(port: number): Promise<number> {
  const current = await runningOn(port);
  const token = current?.token ?? readState(configDirFor(port)).token;
  if (!token) {
    throw new Error(`no token for port ${port}: start Home Assistant first (npm run ha -- start)`);
  }
  if (!current) console.error(`note: Home Assistant is not running on port ${port}`);
  console.log(token);
  return 0;
}

async function cmdLogs(port: number, follow: boolean): Promise<number> {
  const current = await runningOn(port);
  const file = path.join(current?.configDir ?? configDirFor(port), LOG_FILE);
  if (!fs.existsSync(file))
    throw new Error(`no log at ${file}: Home Assistant never started on port ${port}`);
  const tail = spawn('tail', ['-n', '100', ...(follow ? ['-F'] : []), file], { stdio: 'inherit' });
  return new Promise((resolve) => tail.on('close', (code) => resolve(code ?? 0)));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`ha: error: ${e.message}`);
    process.exit(1);
  },
);
