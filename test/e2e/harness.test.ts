// The real Home Assistant harness itself: provisioning, start, token, restart, stop.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loginWithPassword } from '../../scripts/ha/api.js';
import {
  callWs,
  getConfig,
  installedVersion,
  provision,
  startHomeAssistant,
  type HomeAssistant,
} from '../../scripts/ha/harness.js';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { requireHomeAssistant } from '../support/ha.js';
import { portOpen } from '../support/wait.js';

// Not the default 18123: other e2e files use that one, and a start kills whatever the harness
// started on the same port.
const PORT = 18129;

describe('Home Assistant harness', function () {
  let ha: HomeAssistant | undefined;

  before(async function () {
    // Cold provisioning (debootstrap, pip, a first hass run) takes minutes, once per machine.
    this.timeout(30 * 60_000);
    await requireHomeAssistant();
    const started = Date.now();
    const p = await provision();
    console.log(`      provisioned Home Assistant ${p.version} in ${secondsSince(started)} s`);
  });

  after(async function () {
    this.timeout(60_000);
    await ha?.stop();
  });

  it('starts on loopback and reports RUNNING with the provisioned version', async function () {
    this.timeout(5 * 60_000);
    const started = Date.now();
    ha = await startHomeAssistant({
      port: PORT,
      fresh: true,
      extraConfig: 'input_boolean:\n  harness_probe:\n    name: Harness probe\n',
    });
    console.log(`      fresh start (onboarding included) took ${secondsSince(started)} s`);
    assert.equal(ha.url, `http://127.0.0.1:${PORT}`);
    const cfg = await getConfig(ha.url, ha.token);
    assert.equal(cfg.state, 'RUNNING');
    assert.equal(cfg.version, ha.version);
    assert.equal(ha.version, installedVersion());
    assert.match(ha.version, /^\d{4}\.\d+\.\d+$/);
    for (const c of ['frontend', 'recorder', 'automation', 'blueprint', 'websocket_api']) {
      assert.ok(cfg.components.includes(c), `${c} is not loaded`);
    }
  });

  it('applies extraConfig and installs the integration from the repository', async function () {
    const res = await fetch(`${ha!.url}/api/states/input_boolean.harness_probe`, {
      headers: { Authorization: `Bearer ${ha!.token}` },
    });
    assert.equal(res.status, 200, 'input_boolean from extraConfig is missing');
    const repoHasIntegration = fs.existsSync(
      path.join(REPO_ROOT, 'custom_components', 'brewpit', 'manifest.json'),
    );
    const copied = fs.existsSync(
      path.join(ha!.configDir, 'custom_components', 'brewpit', 'manifest.json'),
    );
    assert.equal(copied, repoHasIntegration);
  });

  it('accepts the token over WebSocket and refuses a wrong one', async function () {
    const { result, haVersion } = await callWs<{ state: string }>(ha!.url, ha!.token, {
      type: 'get_config',
    });
    assert.equal(result.state, 'RUNNING');
    assert.equal(haVersion, ha!.version);
    await assert.rejects(callWs(ha!.url, 'not-a-token', { type: 'get_config' }), /token refused/);
  });

  it('finished onboarding, and the test user can log in with its password', async function () {
    const res = await fetch(`${ha!.url}/api/onboarding`);
    if (res.status === 200) {
      const steps = (await res.json()) as { step: string; done: boolean }[];
      assert.deepEqual(
        steps.filter((s) => !s.done),
        [],
      );
    } else {
      assert.equal(res.status, 404);
    }
    const tokens = await loginWithPassword(ha!.url);
    assert.ok(tokens.access_token);
  });

  it('keeps the same token across restart()', async function () {
    this.timeout(3 * 60_000);
    const { token, pid } = ha!;
    const started = Date.now();
    await ha!.restart();
    console.log(`      restart (stop + warm start to RUNNING) took ${secondsSince(started)} s`);
    assert.equal(ha!.token, token);
    assert.notEqual(ha!.pid, pid);
    assert.equal((await getConfig(ha!.url, token)).state, 'RUNNING');
    assert.match(ha!.logs(), /starting hass/);
  });

  it('stop() leaves no process and closes the port', async function () {
    this.timeout(60_000);
    const { pid } = ha!;
    await ha!.stop();
    assert.equal(await portOpen(PORT), false, `port ${PORT} is still open`);
    assert.equal(fs.existsSync(`/proc/${pid}`), false, `hass pid ${pid} is still alive`);
    ha = undefined;
  });
});

function secondsSince(t: number): string {
  return ((Date.now() - t) / 1000).toFixed(1);
}
