import { assert } from 'chai';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '@brewpit/protocol';
import { FakeHub } from './fake-hub.js';

const EDGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(EDGE, 'dist', 'brewpit-edge.mjs');

/**
 * The deployed form (build.mjs): its validators are generated at build time and its code is
 * split into chunks loaded on demand, so a schema or module left out of the build fails only
 * there. A chamber node exercises the most of it: config with control, the hub's answers,
 * control's commands and chamber states.
 */
describe('the bundled CLI (edge-node/build.mjs)', function () {
  this.timeout(60_000);
  let hub: FakeHub;
  let dir: string;
  let node: ChildProcess | undefined;

  before(() => execFileSync(process.execPath, [path.join(EDGE, 'build.mjs')], { stdio: 'pipe' }));
  beforeEach(() => {
    hub = new FakeHub();
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-bundle-'));
  });
  afterEach(async () => {
    if (node && node.exitCode === null) {
      node.kill('SIGTERM');
      await new Promise((r) => node!.once('exit', r));
    }
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a chamber node: applies a command from the hub and reports chamber states', async () => {
    const url = await hub.listen();
    const config = path.join(dir, 'edge.yaml');
    writeFileSync(
      config,
      [
        `hub: {url: "${url}", token: "t", device_id: "d", apply_config: false}`,
        'device: {name: bundle-test}',
        'sample_interval: 500ms',
        'outbox: {path: ./outbox.db}',
        'status_file: ./status.json',
        'sensors:',
        '  - {platform: simulated, model: chamber, noise: false, ambient: 22, start_temp: 19}',
        'control:',
        '  state_dir: ./control',
        '  outputs: {transport: emulated}',
        '  chambers:',
        '    - {name: ferm1, input: beer, heater: {line: 17}, cooler: {line: 27}, mode: auto, target: 19}',
        '',
      ].join('\n'),
    );
    const command: Command = {
      id: '00000000-0000-4000-8000-000000000001',
      type: 'set_target',
      params: { chamber: 'ferm1', target: 17.5 },
      created_at: Date.now(),
      expires_at: Date.now() + 60_000,
    };
    let delivered = false;
    hub.handler = (b) => {
      const answer = hub.accept(b);
      if (!delivered && b.readings.length > 0) {
        delivered = true;
        (answer.body as { commands: Command[] }).commands = [command];
      }
      return answer;
    };
    let log = '';
    node = spawn(BUNDLE, ['run', '--config', config], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    node.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 20_000;
    while (!hub.acks.length || !hub.batches.some((b) => b.status?.control?.[0]?.target === 17.5)) {
      assert.ok(Date.now() < deadline, `no command result and new target from the node:\n${log}`);
      assert.equal(node.exitCode, null, `the node exited:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepInclude(hub.acks[0]!.body, { ok: true, message: 'ferm1: target 17.5 °C' });
    const last = hub.batches.at(-1)!.status?.control?.[0];
    assert.equal(last?.fault, null, 'control running, relays usable');
    assert.notMatch(log, /"level":(50|60)/, log);
  });
});
