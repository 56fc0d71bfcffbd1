#!/usr/bin/env node
// `npm start`: the hub with its embedded SQLite store, one simulated edge node feeding it, and a
// local Home Assistant with the Brewpit integration added, in one terminal; it prints where to
// open the panel and how to log in. `npm start -- --no-ha` runs the hub and the node alone, and
// so does a machine that cannot run the harness's Home Assistant (it says why). First run pairs
// the simulated node through the real pairing API and keeps its token under data/, so later
// runs continue the same history.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The repository's one waitFor (scripts/lib/wait.ts), shared with the tests.
const { waitFor } = await tsImport('./lib/wait.ts', import.meta.url);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.BREWPIT_DATA_DIR ?? path.join(root, 'data'));
const port = Number(process.env.PORT ?? 8488);
const hubUrl = `http://127.0.0.1:${port}`;
const edgeDir = path.join(dataDir, 'demo-edge');
const children = [];
const wantHa = !process.argv.includes('--no-ha') && process.env.BREWPIT_DEMO_HA !== '0';
let demoHa;

function run(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, BREWPIT_LOG_PRETTY: '1', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} exited (${signal ?? code}); stopping.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  const haStopped = demoHa ? demoHa.stop().catch(() => undefined) : Promise.resolve();
  void haStopped.then(() => setTimeout(() => process.exit(code), 1500).unref());
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForHub(timeoutMs = 20_000) {
  await waitFor(
    `the hub to answer on ${hubUrl}`,
    async () => (await fetch(`${hubUrl}/api/v1/health`)).ok,
    {
      timeoutMs,
      intervalMs: 200,
    },
  );
}

async function api(method, route, token, body) {
  const res = await fetch(`${hubUrl}/api/v1${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route} failed: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** Pairs the simulated node once; later runs reuse its token (unless the device was deleted). */
async function edgeToken(adminToken) {
  mkdirSync(edgeDir, { recursive: true });
  const tokenFile = path.join(edgeDir, 'edge-token');
  if (existsSync(tokenFile)) {
    let saved = {};
    try {
      saved = JSON.parse(readFileSync(tokenFile, 'utf8'));
    } catch {
      // unreadable or from an older run: pair again
    }
    const devices = await api('GET', '/devices', adminToken);
    if (devices.some((d) => d.id === saved.device_id)) return tokenFile;
  }
  const { code } = await api('POST', '/pairings', adminToken);
  const res = await fetch(`${hubUrl}/api/v1/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: 'demo-pi' }),
  });
  if (!res.ok)
    throw new Error(`Pairing the demo edge node failed: ${res.status} ${await res.text()}`);
  const { device_id, token } = await res.json();
  // The same file `brewpit-edge pair` writes.
  const record = { device_id, token, hub_url: hubUrl, paired_at: new Date().toISOString() };
  writeFileSync(tokenFile, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  return tokenFile;
}

function writeEdgeConfig(tokenFile) {
  const file = path.join(edgeDir, 'edge.yaml');
  writeFileSync(
    file,
    [
      '# Written by `npm start`: one simulated edge node with a smoker and a fermentation chamber',
      "# (a fridge with a heat belt behind emulated relays, under the node's control).",
      `hub: {url: "${hubUrl}", token_file: ${JSON.stringify(tokenFile)}}`,
      'device: {name: demo-pi}',
      'sample_interval: 2s',
      `outbox: {path: ${JSON.stringify(path.join(edgeDir, 'outbox.db'))}, max_size: 50MB}`,
      'sensors:',
      // Real time, joined late in the cook (as edge-node/examples/simulated.yaml): the pit is
      // hot, the brisket (on for ~6 h) enters an hours-long stall at 67.5 °C, which the hub
      // reports ~10 min into a session; the ribs go on cold, with a time to target after
      // 20 min of a session's data.
      '  - platform: simulated',
      '    model: smoker',
      '    pit_start: 110',
      '    meats:',
      '      - {key: brisket, name: Brisket, cut: large, start_temp: 67.5}',
      '      - {key: ribs, name: Ribs, cut: small}',
      '  - {platform: simulated, model: chamber, ambient: 22, start_temp: 20, heater: {line: 17}, cooler: {line: 27}, time_scale: 1, seed: 3}',
      'control:',
      '  interval: 2s',
      `  state_dir: ${JSON.stringify(path.join(edgeDir, 'control'))}`,
      '  outputs: {transport: emulated}',
      '  chambers:',
      '    - {name: ferm1, label: Fermenter 1, input: beer, gravity: gravity, heater: {line: 17, active_low: true}, cooler: {line: 27, active_low: true}, mode: auto, target: 19}',
      '',
    ].join('\n'),
  );
  return file;
}

/** The demo's Home Assistant, or the reason there is none (the demo goes on without it). */
async function startHa() {
  if (!wantHa) return { reason: 'left out (--no-ha)' };
  console.error(
    'Starting a local Home Assistant (the first run provisions it: a few minutes; --no-ha skips it)…',
  );
  try {
    const { startDemoHa } = await tsImport('./demo-ha.ts', import.meta.url);
    demoHa = await startDemoHa();
    return { ha: demoHa };
  } catch (err) {
    return { reason: err.message.split('\n')[0] };
  }
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const { ha, reason } = await startHa();
  run('hub', ['addon/dist/main.js'], {
    PORT: String(port),
    BREWPIT_DATA_DIR: dataDir,
    BREWPIT_LOOPBACK_READS: '1',
    ...(ha ? { HA_URL: ha.url, HA_TOKEN: ha.token } : {}),
  });
  await waitForHub();
  const adminToken =
    process.env.BREWPIT_ADMIN_TOKEN ??
    readFileSync(path.join(dataDir, 'admin_token'), 'utf8').trim();
  const config = writeEdgeConfig(await edgeToken(adminToken));
  run('edge', ['edge-node/dist/cli.js', 'run', '--config', config], {});
  let haLines = [`  Home Assistant:  not started: ${reason}`];
  if (ha) {
    try {
      const { addIntegration } = await tsImport('./demo-ha.ts', import.meta.url);
      const { panelUrl } = await addIntegration(ha, { url: hubUrl, token: adminToken });
      haLines = [
        `  Brewpit panel:   ${panelUrl}`,
        `  Log in as:       ${ha.username} / ${ha.password}   (Home Assistant ${ha.version})`,
      ];
    } catch (err) {
      haLines = [
        `  Home Assistant:  ${ha.url} (login ${ha.username} / ${ha.password}), but adding Brewpit failed: ${err.message}`,
      ];
    }
  }
  const tokenHint = process.env.BREWPIT_ADMIN_TOKEN
    ? '$BREWPIT_ADMIN_TOKEN'
    : `$(cat ${path.relative(root, path.join(dataDir, 'admin_token'))})`;
  console.log(
    [
      '',
      ...haLines,
      `  Brewpit hub:     ${hubUrl}/api/v1/health`,
      `  Series:          curl ${hubUrl}/api/v1/series   (tokenless reads from this machine: demo only)`,
      `  Admin token:     ${tokenHint}`,
      `  API description: ${hubUrl}/api/v1/openapi.json`,
      `  Demo edge node:  ${path.relative(root, config)}`,
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`npm start failed: ${err.message}`);
  stop(1);
});
