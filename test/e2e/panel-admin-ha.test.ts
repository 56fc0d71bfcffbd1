/**
 * End to end: setting Brewpit up from Home Assistant alone, in Chromium inside the real Home
 * Assistant, with no curl and no admin token. An administrator pairs a simulated edge node from
 * the Devices page by running the command the page shows, creates a hydrometer gateway and an
 * iSpindel posts to the URL the page shows, calibrates it with three points, starts a cook with
 * a target in °F (Home Assistant in US units), changes the target mid-cook, ends and deletes
 * the session. A non-administrator sees no write control and the integration refuses a write.
 * Screenshots of each page (light, dark, narrow) go to docs/screenshots.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { launchChromium } from '../support/chromium.js';
import { EdgeProcess, requireBuilt } from '../support/processes.js';
import { HaRig } from '../support/rig.js';
import { waitFor } from '../support/wait.js';

const BUNDLE = join(REPO_ROOT, 'custom_components/brewpit/frontend/brewpit-panel.js');
const SHOTS = join(REPO_ROOT, 'docs/screenshots');
const PLAIN_USER = { name: 'Guest', username: 'guest', password: 'guest-password-1' };

describe('setting up from Home Assistant: Devices, Hydrometers, session editing (Chromium)', function () {
  this.timeout(10 * 60_000);
  const rig = new HaRig({ haPort: 18187 });
  let browser: Browser | undefined;
  let edge: EdgeProcess | undefined;
  let httpConfirmed = false;
  let sessionId = '';

  before(async function () {
    requireBuilt([BUNDLE], 'npm run build:panel');
    await rig.start();
    // The user's unit system: targets are typed in °F.
    await rig.conn.sendMessagePromise({ type: 'config/core/update', unit_system: 'us_customary' });
    // A plain (non-admin) Home Assistant user, as an owner adds one under Settings → People.
    const user = await rig.conn.sendMessagePromise<{ user: { id: string } }>({
      type: 'config/auth/create',
      name: PLAIN_USER.name,
      group_ids: ['system-users'],
      local_only: false,
    });
    await rig.conn.sendMessagePromise({
      type: 'config/auth_provider/homeassistant/create',
      user_id: user.user.id,
      username: PLAIN_USER.username,
      password: PLAIN_USER.password,
    });
    await waitFor(
      'brewpit panel registered',
      async () => 'brewpit' in (await rig.ha.ws<Record<string, unknown>>({ type: 'get_panels' })),
      { timeoutMs: 60_000 },
    );
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
    if (this.currentTest?.state === 'failed' && edge) console.log(edge.log.slice(-3000));
  });

  after(async function () {
    await browser?.close();
    await edge?.stop();
    await rig.stop();
  });

  async function login(
    opts: { dark?: boolean; width?: number; user?: typeof PLAIN_USER; path?: string } = {},
  ): Promise<Page> {
    const ctx = await browser!.newContext({
      viewport: { width: opts.width ?? 1280, height: 900 },
      colorScheme: opts.dark ? 'dark' : 'light',
      locale: 'en-US',
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log(`      page error: ${e.message}`));
    await page.goto(`${rig.ha.url}/brewpit${opts.path ?? ''}`);
    await page.locator('input[name="username"]').fill(opts.user?.username ?? rig.ha.username);
    await page.locator('input[name="password"]').fill(opts.user?.password ?? rig.ha.password);
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL(/\/brewpit/, { timeout: 60_000 });
    await page.locator('brewpit-panel').waitFor({ timeout: 60_000 });
    if (!httpConfirmed && !opts.user) {
      // HA 2026.11 asks the owner to confirm the harness's http settings; a user clicks Confirm.
      const confirm = page
        .locator('dialog-http-pending-config')
        .getByRole('button', { name: 'Confirm' });
      try {
        await confirm.waitFor({ state: 'visible', timeout: 8_000 });
        await confirm.click();
        await confirm.waitFor({ state: 'hidden' });
      } catch {
        // not asked
      }
      httpConfirmed = true;
    }
    return page;
  }

  /** A screenshot of the whole panel: HA scrolls inside its layout, so the window grows. */
  async function shot(page: Page, name: string): Promise<void> {
    const height = await page
      .locator('brewpit-panel')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const width = page.viewportSize()!.width;
    await page.setViewportSize({ width, height: Math.min(Math.max(height, 700), 2400) });
    await page.screenshot({ path: join(SHOTS, name) });
  }

  const nav = (page: Page, name: string) =>
    page.locator('brewpit-panel nav').getByRole('link', { name }).click();

  it('pairs an edge node from the Devices page with the command it shows', async function () {
    const page = await login();
    await nav(page, 'Devices');
    await page.locator('brewpit-devices .empty').waitFor();
    await shot(page, 'devices-empty-light.png');
    await page.getByRole('button', { name: 'Pair a node' }).click();
    const command = (await page.locator('brewpit-pair code.command').innerText()).trim();
    const m = /^sudo brewpit-edge pair (\S+) ([A-Z0-9]{3}-[A-Z0-9]{3})$/.exec(command);
    assert.ok(m, `unexpected command: ${command}`);
    assert.match(
      await page.locator('brewpit-pair [role="timer"]').innerText(),
      /valid for \d+:\d\d/,
    );
    await shot(page, 'devices-pair-light.png');
    // On the "Pi": the same command through the real CLI (its config names the node).
    edge = new EdgeProcess({
      dir: join(rig.dir, 'edge'),
      hubUrl: m[1]!,
      name: 'smoker-pi',
      // A smoker and a fermentation chamber (the simulated fridge behind emulated relays).
      lines: [
        'sensors:',
        '  - {platform: simulated, model: smoker}',
        '  - {platform: simulated, model: chamber, ambient: 22, start_temp: 20, heater: {line: 17}, cooler: {line: 27}, time_scale: 1, seed: 3}',
        'control:',
        '  interval: 2s',
        '  state_dir: ./control',
        '  outputs: {transport: emulated}',
        '  chambers:',
        '    - {name: ferm1, label: Fermenter 1, input: beer, gravity: gravity, heater: {line: 17, active_low: true}, cooler: {line: 27, active_low: true}, mode: auto, target: 19}',
      ],
    });
    edge.pair(m[2]!);
    edge.start();
    // The node appears by itself, with its sensors, and the pairing box closes.
    const node = page.locator('brewpit-devices section.node', { hasText: 'smoker-pi' });
    await node.waitFor({ timeout: 30_000 });
    await node.getByText('Just paired').waitFor();
    await node.getByText('Online').waitFor({ timeout: 30_000 });
    await node.locator('.sensors li', { hasText: 'Pit' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('brewpit-pair code.command').count(), 0);
    await shot(page, 'devices-light.png');
    await page.context().close();
  });

  it('creates a hydrometer gateway, takes an iSpindel post at the shown URL, calibrates it', async function () {
    const page = await login({ path: '/hydrometers' });
    await page.locator('brewpit-hydrometers').getByText('No gateway yet').waitFor();
    await page.getByRole('textbox', { name: 'Gateway name' }).fill('Brew shed');
    await page.getByRole('button', { name: 'Create gateway' }).click();
    const url = (await page.locator('tr[data-format="ispindel"] code.url').innerText()).trim();
    assert.match(url, /^http:\/\/.+\/api\/v1\/compat\/ispindel\/bpg_/);
    await shot(page, 'hydrometers-gateway-light.png');
    // The iSpindel (not the browser) posts to that URL.
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'iSpindel-shed',
        ID: 4974097,
        angle: 52.3,
        temperature: 19.5,
        temp_units: 'C',
        battery: 4.01,
        gravity: 1.048,
        interval: 900,
        RSSI: -70,
      }),
    });
    assert.equal(res.status, 200, await res.text());
    const row = page.locator('brewpit-hydrometers tr', { hasText: 'iSpindel' }).last();
    await row.locator('td.gravity', { hasText: '1.048' }).waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: 'Calibrate' }).click();
    const dialog = page.locator('brewpit-calibration');
    const points = [
      ['25', '1.000'],
      ['45', '1.040'],
      ['65', '1.085'],
    ];
    for (const [i, [raw, actual]] of points.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: 'Add a pair' }).click();
      await dialog.getByRole('textbox', { name: `Reading ${i + 1}` }).fill(raw!);
      await dialog.getByRole('textbox', { name: `True gravity (SG) ${i + 1}` }).fill(actual!);
    }
    await dialog.getByRole('button', { name: 'Save and fit' }).click();
    await dialog.locator('figcaption.fit', { hasText: 'Fitted' }).waitFor();
    assert.match(await dialog.locator('figcaption.fit').innerText(), /R²/);
    assert.equal(await dialog.locator('circle.point').count(), 3);
    const residuals = await dialog.locator('tr.pair td.num').allInnerTexts();
    assert.equal(residuals.filter((r) => r.trim() !== '').length, 3);
    await page.screenshot({
      path: join(SHOTS, 'hydrometers-calibration-light.png'),
      fullPage: true,
    });
    await page.context().close();
  });

  it('starts a cook with a °F target, changes it mid-cook, ends and deletes it', async function () {
    const page = await login();
    await page.getByRole('button', { name: 'New session' }).click();
    const form = page.locator('brewpit-session-form');
    await form.getByRole('textbox', { name: 'Name' }).fill('Pork shoulder');
    // The row whose probe is called Pit (every row's role list offers "Pit" as well).
    const pitRow = (root: typeof form) =>
      root.locator('.probe').filter({ has: page.locator('.name', { hasText: /^Pit$/ }) });
    const pit = pitRow(form);
    await pit.getByRole('checkbox').first().check();
    const targetField = pit.locator('input.target');
    assert.equal(await targetField.getAttribute('aria-label'), 'Target of Pit in °F');
    await targetField.fill('225');
    await form.getByRole('button', { name: 'Start session' }).click();
    await page.waitForURL(/\/brewpit\/session\//);
    sessionId = decodeURIComponent(page.url().split('/session/')[1]!);
    const target = async () => {
      const s = await rig.hub.json<{ channels: { role: string; target?: number }[] }>(
        `/sessions/${sessionId}`,
      );
      return s.channels.find((c) => c.role === 'pit')?.target;
    };
    assert.ok(
      Math.abs((await target())! - 107.222) < 0.01,
      `225 °F is 107.2 °C, got ${await target()}`,
    );

    // Mid-cook: edit, the form shows the target in °F, change it.
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.locator('brewpit-session-form');
    const field = pitRow(edit).locator('input.target');
    assert.equal(await field.inputValue(), '225');
    await field.fill('250');
    await edit.getByRole('textbox', { name: 'Notes' }).fill('Hotter: running late');
    await shot(page, 'session-edit-light.png');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    assert.ok(
      Math.abs((await target())! - 121.111) < 0.01,
      `250 °F is 121.1 °C, got ${await target()}`,
    );

    // End, then delete with its confirmation.
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'Confirm end' }).click();
    await page.locator('brewpit-session-head .chip', { hasText: 'Ended' }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('the readings stay with their devices').waitFor();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.waitForURL(/\/brewpit\/sessions/);
    await page.locator('brewpit-sessions-list').getByText('No sessions match').waitFor();
    const gone = await rig.hub.api(`/sessions/${sessionId}`);
    assert.equal(gone.status, 404);
    await page.context().close();
  });

  it('adds an alert rule with its threshold in °F from the Alerts page', async function () {
    const page = await login({ path: '/alerts' });
    const alerts = page.locator('brewpit-alerts');
    // The hub's default rules (target reached, stall, node offline ...) are listed first.
    await alerts.locator('li[data-kind="stall_started"]').waitFor();
    const defaults = await alerts.locator('li[data-rule]').count();
    await alerts.getByRole('combobox', { name: 'When' }).selectOption('above');
    await alerts.getByRole('combobox', { name: 'Probe role' }).selectOption('pit');
    await alerts.getByRole('textbox', { name: 'Threshold (°F)' }).fill('275');
    await alerts.getByRole('textbox', { name: 'Hysteresis (°F)' }).fill('9');
    await alerts.getByRole('textbox', { name: 'For at least (minutes)' }).fill('2');
    await alerts.getByRole('button', { name: 'Add rule' }).click();
    const rule = alerts.locator('li[data-kind="above"]');
    await rule.waitFor();
    assert.match(await rule.innerText(), /275(\.0)? °F/);
    type Rule = { kind: string; params: Record<string, number> };
    const rules = () => rig.hub.json<Rule[]>('/alerts/rules');
    const stored = (await rules()).find((r) => r.kind === 'above');
    assert.ok(Math.abs(stored!.params.threshold! - 135) < 0.01, JSON.stringify(stored));
    assert.ok(Math.abs(stored!.params.hysteresis! - 5) < 0.01, JSON.stringify(stored));
    assert.equal(stored!.params.min_duration_s, 120);
    // A threshold that is not a number is refused in the form, and nothing is saved.
    await alerts.getByRole('textbox', { name: 'Threshold (°F)' }).fill('hot');
    await alerts.getByRole('button', { name: 'Add rule' }).click();
    await alerts.getByRole('alert').getByText('as a number').waitFor();
    assert.equal((await rules()).length, defaults + 1);
    await shot(page, 'alerts-light.png');
    await page.context().close();
  });

  it('starts a two-step fermentation profile in °F on the chamber, which follows it', async function () {
    const page = await login({ path: '/fermentation' });
    const ferm = page.locator('brewpit-fermentation');
    const chamber = ferm.locator('section.chamber[data-chamber="ferm1"]');
    await chamber.getByText('No profile running').waitFor({ timeout: 30_000 });
    await ferm.getByRole('textbox', { name: 'Profile name' }).fill('Ale, e2e');
    await ferm.getByRole('textbox', { name: 'Target of step 1 (°F)' }).fill('64.4');
    await ferm.getByRole('textbox', { name: 'Hours of step 1' }).fill('1');
    await ferm.getByRole('button', { name: 'Add a step' }).click();
    await ferm.getByRole('combobox', { name: 'Kind of step 2' }).selectOption('ramp');
    await ferm.getByRole('textbox', { name: 'Target of step 2 (°F)' }).fill('68');
    // A ramp without its hours is refused in the form; nothing is sent.
    await ferm.getByRole('button', { name: 'Start on the chamber' }).click();
    await ferm.getByRole('alert').getByText('a ramp needs its hours').waitFor();
    await ferm.getByRole('textbox', { name: 'Hours of step 2' }).fill('2');
    await ferm.getByRole('button', { name: 'Start on the chamber' }).click();
    // The node takes the command with its next batch; its status shows the profile running.
    await chamber.getByText('step 1 of 2').waitFor({ timeout: 30_000 });
    await chamber.locator('.setpoint', { hasText: '64.4 °F' }).waitFor({ timeout: 30_000 });
    await chamber.locator('progress').waitFor();
    type Node = { id: string; status: { control?: { setpoint: number; profile: unknown }[] } };
    const node = (await rig.hub.json<Node[]>('/devices')).find((n) => n.status.control);
    assert.equal(node!.status.control![0]!.setpoint, 18);
    await shot(page, 'fermentation-light.png');
    await chamber.getByRole('button', { name: 'Stop profile' }).click();
    await chamber.getByText('No profile running').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('renders the Devices and Hydrometers pages in the dark theme and on a phone', async function () {
    const dark = await login({ dark: true, path: '/devices' });
    await dark.locator('brewpit-devices section.node').first().waitFor();
    await shot(dark, 'devices-dark.png');
    await dark.goto(`${rig.ha.url}/brewpit/hydrometers`);
    await dark.locator('brewpit-hydrometers tr[data-device]').first().waitFor();
    await shot(dark, 'hydrometers-dark.png');
    await dark.context().close();
    const phone = await login({ width: 390, path: '/devices' });
    assert.equal(await phone.locator('brewpit-panel').getAttribute('narrow'), '');
    await phone.locator('brewpit-devices section.node').first().waitFor();
    await shot(phone, 'devices-narrow.png');
    await phone.goto(`${rig.ha.url}/brewpit/hydrometers`);
    await phone.locator('brewpit-hydrometers tr[data-device]').first().waitFor();
    await shot(phone, 'hydrometers-narrow.png');
    await phone.context().close();
  });

  it('shows a non-administrator no write control and refuses their writes', async function () {
    const created = await rig.hub.json<{ id: string }>('/sessions', {
      method: 'POST',
      body: JSON.stringify({ kind: 'cook', name: 'Shared brisket', channels: [] }),
    });
    const page = await login({ user: PLAIN_USER });
    const row = page.locator('brewpit-sessions-list .row', { hasText: 'Shared brisket' });
    await row.waitFor();
    assert.equal(await page.getByRole('button', { name: 'New session' }).count(), 0);
    const links = await page.locator('brewpit-panel nav a').allInnerTexts();
    assert.deepEqual(
      links.map((l) => l.trim()),
      ['Sessions', 'Live'],
    );
    await row.click();
    await page.locator('brewpit-session-head h2', { hasText: 'Shared brisket' }).waitFor();
    for (const name of ['Edit', 'End session', 'Delete', 'Add note'])
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, name);
    // A write sent anyway (through the frontend's own connection) is refused.
    type Hass = { callWS(m: object): Promise<unknown> };
    const refused = await page.locator('home-assistant').evaluate(async (el, id) => {
      const hass = (el as unknown as { hass: Hass }).hass;
      const out: string[] = [];
      for (const msg of [
        { type: 'brewpit/sessions/delete', session_id: id },
        { type: 'brewpit/nodes/pairing' },
        { type: 'brewpit/hydrometers/gateway_create', name: 'x' },
      ]) {
        try {
          await hass.callWS(msg);
          out.push('allowed');
        } catch (e) {
          out.push((e as { code?: string }).code ?? String(e));
        }
      }
      return out;
    }, created.id);
    assert.deepEqual(refused, ['unauthorized', 'unauthorized', 'unauthorized']);
    assert.equal((await rig.hub.api(`/sessions/${created.id}`)).status, 200);
    await shot(page, 'session-read-only-light.png');
    await page.context().close();
  });
});
