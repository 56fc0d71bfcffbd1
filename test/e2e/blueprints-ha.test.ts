// The automation blueprints in a real Home Assistant (the harness): each loads without
// validation errors and makes a working automation; the "target reached" one runs when a
// simulated cook reaches its target and creates the notification the user picked, through the
// real chain: the hub's alert engine, its Home Assistant bridge, the event in Home Assistant.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brisket } from '../../addon/test/fixtures/cook.js';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { haRest, type HaState } from '../support/ha.js';
import type { HubProcess } from '../support/processes.js';
import { HaRig } from '../support/rig.js';
import { waitFor } from '../support/wait.js';

const DIR = join(REPO_ROOT, 'blueprints/automation/brewpit');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** The notification action a user would pick in the blueprint's "Notify" input, tagged per file. */
const notify = (id: string) => [
  {
    action: 'persistent_notification.create',
    data: { notification_id: id, title: '{{ title }}', message: '{{ message }}' },
  },
];

describe('Automation blueprints (real Home Assistant)', function () {
  // Cooks are replayed as fast as they can be sent: no per-device ingest limit.
  const rig = new HaRig({ haPort: 18141, hubEnv: { BREWPIT_INGEST_RATE_LIMIT: '0' } });

  const rest = (method: string, path: string, body?: unknown): Promise<any> =>
    haRest(rig.ha, method, path, body);
  const automationFor = async (id: string): Promise<HaState | undefined> =>
    ((await rest('GET', '/api/states')) as HaState[]).find(
      (s) => s.entity_id.startsWith('automation.') && s.attributes.id === id,
    );
  const notifications = async (): Promise<
    { notification_id: string; title: string; message: string }[]
  > => rig.ha.ws({ type: 'persistent_notification/get' });
  const createAutomation = async (id: string, file: string, input: Record<string, unknown>) => {
    await rest('POST', `/api/config/automation/config/${id}`, {
      alias: `Test ${file}`,
      description: '',
      use_blueprint: { path: `brewpit/${file}`, input },
    });
    return waitFor(`automation ${id}`, () => automationFor(id));
  };

  before(async function () {
    this.timeout(30 * 60_000);
    await rig.start();
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
  });

  after(async function () {
    this.timeout(120_000);
    await rig.stop();
  });

  it('loads every Brewpit blueprint without errors', async () => {
    assert.equal(FILES.length, 6, `blueprints: ${FILES.join(', ')}`);
    const list = await rig.ha.ws<
      Record<string, { metadata?: { name: string; source_url: string }; error?: string }>
    >({ type: 'blueprint/list', domain: 'automation' });
    for (const f of FILES) {
      const bp = list[`brewpit/${f}`];
      assert.ok(bp, `brewpit/${f} not listed`);
      assert.equal(bp.error, undefined, `brewpit/${f}: ${bp.error}`);
      assert.equal(
        bp.metadata!.source_url,
        `https://github.com/brewpit/brewpit/blob/main/blueprints/automation/brewpit/${f}`,
      );
    }
  });

  it('makes a valid, enabled automation from each blueprint', async function () {
    this.timeout(120_000);
    for (const f of FILES) {
      const id = `bp_${f.replace('.yaml', '')}`;
      const state = await createAutomation(id, f, { notify_actions: notify(id) });
      assert.equal(state.state, 'on', `${f}: automation is ${state.state}`);
    }
    const log = rig.ha.logs();
    const bad = log
      .split('\n')
      .filter(
        (l) =>
          /brewpit\/.*\.yaml|Blueprint .*(invalid|error)|Invalid config for 'automation'/i.test(
            l,
          ) && /ERROR|WARNING/.test(l),
      );
    assert.deepEqual(bad, [], bad.join('\n'));
  });

  it('runs the "target reached" automation when a simulated cook reaches its target', async function () {
    this.timeout(180_000);
    const id = 'bp_target_chain';
    await createAutomation(id, 'target_reached.yaml', {
      notify_actions: notify(id),
      session_filter: 'E2E brisket',
    });
    await waitFor(
      'bridge connected',
      async () => (await rig.hub.json('/health')).home_assistant === 'connected',
      { timeoutMs: 60_000 },
    );
    await cook(rig.hub);
    const n = await waitFor(
      'notification',
      async () => (await notifications()).find((x) => x.notification_id === id),
      { timeoutMs: 30_000 },
    );
    assert.match(n.message, /^Brisket reached 5\d\.\d °C \(target 55\.0 °C\) \(E2E brisket\)$/);
    assert.match(n.title, /Brisket reached its target/);
    assert.ok((await automationFor(id))!.attributes.last_triggered, 'automation ran');
  });
});

/** A brisket's first 5 hours through the hub's ingest API (meat passes 55 °C at about 4 h). */
async function cook(hub: HubProcess): Promise<void> {
  const { token } = await hub.pair('e2e-smoker');
  const rows = brisket({ seed: 3, hours: 5, t0: Date.now() - 5 * 3_600_000 });
  let seq = 0;
  const send = async (slice: typeof rows, channels?: object[]) => {
    const readings = slice.flatMap((s) => [
      { seq: ++seq, channel: 'pit', ts: s.ts, value: s.pit },
      { seq: ++seq, channel: 'meat1', ts: s.ts, value: s.meat },
    ]);
    await hub.json('/ingest', {
      method: 'POST',
      token,
      body: JSON.stringify({ boot_id: 'e2e', ...(channels ? { channels } : {}), readings }),
    });
  };
  await send(rows.slice(0, 12), [
    { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' },
    { key: 'meat1', kind: 'temperature', unit: '°C', name: 'Meat 1' },
  ]);
  const series = await hub.json<{ id: number; key: string }[]>('/series');
  const sid = (k: string) => series.find((s) => s.key === k)!.id;
  await hub.json('/sessions', {
    method: 'POST',
    body: JSON.stringify({
      kind: 'cook',
      name: 'E2E brisket',
      started_at: rows[0]!.ts,
      channels: [
        { series_id: sid('pit'), role: 'pit' },
        { series_id: sid('meat1'), role: 'meat', target: 55, label: 'Brisket' },
      ],
    }),
  });
  for (let i = 12; i < rows.length; i += 120) await send(rows.slice(i, i + 120));
}
