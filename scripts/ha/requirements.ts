// Provisioning's last step: let Home Assistant install its integrations' requirements itself,
// so later starts can use --skip-pip and need no network.
import fs from 'node:fs';
import path from 'node:path';
import { configEntries, getConfig, ONBOARDING_INTEGRATIONS } from './api.js';
import { launchOnce, LOG_FILE, type Running } from './instance.js';
import { hostPath, VENV_IN_ROOT } from './paths.js';
import { log, runInRoot, sleep, timed } from './proc.js';

/** Integrations the test configuration needs; provisioning fails unless each one loads. */
export const REQUIRED_COMPONENTS = [
  'http',
  'api',
  'websocket_api',
  'automation',
  'script',
  'blueprint',
  'persistent_notification',
  'frontend',
  'recorder',
  'logger',
  'onboarding',
  'config',
  'person',
];

const CONSTRAINTS = `${VENV_IN_ROOT}/lib/python3.14/site-packages/homeassistant/package_constraints.txt`;

/**
 * Runs hass once without --skip-pip on the test configuration, onboarding included (it sets up
 * a few integrations of its own), and waits for RUNNING. Packages HA could not install are
 * those without a Python 3.14 wheel (assist_pipeline's pymicro-vad and pyspeex-noise, needed by
 * a default integration): they are compiled with a compiler added to the root just for them.
 */
export async function installRequirements(provisionLog: string): Promise<void> {
  const configDir = hostPath('/srv/brewpit-provision');
  const hassLog = path.join(configDir, LOG_FILE);
  await launchOnce({ configDir, skipPip: false, startTimeoutMs: 25 * 60_000 }, (r) =>
    checkLoaded(r, hassLog),
  );
  const failed = failedPackages(fs.readFileSync(hassLog, 'utf8'));
  if (!failed.length) return;
  log(`hass could not install ${failed.join(', ')}; building them from source`);
  await timed('installing a compiler into the root (g++, python3.14-dev)', () =>
    // The mirror may serve a snapshot whose Release file is past Valid-Until; debootstrap does
    // not check that, apt does.
    runInRoot(
      [
        'sh',
        '-c',
        'apt-get -o Acquire::Check-Valid-Until=false update && ' +
          'apt-get install -y --no-install-recommends g++ python3.14-dev',
      ],
      { logFile: provisionLog },
    ),
  );
  const pip = await timed(`building ${failed.join(', ')}`, () =>
    runInRoot([`${VENV_IN_ROOT}/bin/pip`, 'install', '-c', CONSTRAINTS, ...failed], {
      logFile: provisionLog,
      allowFail: true,
    }),
  );
  // Not fatal: these serve integrations Brewpit does not use; HA only logs their absence.
  if (pip.code !== 0) log(`WARNING: could not build ${failed.join(', ')} (see ${provisionLog})`);
}

/** `pkg==version` for each "Unable to install package pkg==version" line in a hass log. */
export function failedPackages(logText: string): string[] {
  const found = new Set<string>();
  for (const m of logText.matchAll(/Unable to install package (\S+?):/g)) found.add(m[1]!);
  return [...found];
}

async function checkLoaded(r: Running, hassLog: string): Promise<void> {
  await waitForEntries(r.url, r.token, ONBOARDING_INTEGRATIONS);
  const loaded = new Set((await getConfig(r.url, r.token)).components);
  const missing = REQUIRED_COMPONENTS.filter((c) => !loaded.has(c));
  if (missing.length) {
    throw new Error(
      `integrations ${missing.join(', ')} did not load in the provisioning run (see ${hassLog})`,
    );
  }
}

/**
 * Finishing onboarding starts config flows (met, radio_browser, …) in the background; each
 * entry appears only after its requirements are installed, so wait for them (bounded: one of
 * them failing in this minimal root must not block provisioning).
 */
async function waitForEntries(url: string, token: string, wanted: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const entries = await configEntries(url, token);
    const missing = wanted.filter((d) => !entries.some((e) => e.domain === d));
    if (!missing.length) return;
    if (Date.now() > deadline) {
      log(`note: onboarding did not set up ${missing.join(', ')} (Brewpit does not need them)`);
      return;
    }
    await sleep(1000);
  }
}
