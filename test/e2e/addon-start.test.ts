// The add-on's own start script (addon/rootfs/usr/bin/brewpit-run) outside Docker, in the
// environment the Supervisor gives an add-on: /data/options.json-shaped options, SUPERVISOR_TOKEN,
// and a Supervisor to announce itself to. End to end against the real Home Assistant harness:
// the bundled hub starts healthy, announces itself by Supervisor discovery, Home Assistant offers
// the Brewpit integration from that discovery, confirming it loads the integration, and a paired
// edge node's probes appear as sensor entities with states.
//
// How the discovery reaches Home Assistant (the most faithful way available without a real
// Supervisor): a loopback stand-in Supervisor here answers the add-on's `POST /discovery` like
// the Supervisor does (`{result: "ok", data: {uuid}}`), then pushes it to Core like the
// Supervisor does: `POST /api/hassio_push/discovery/<uuid>` with an admin token. That Core
// endpoint is Core's own `HassIODiscovery` view from homeassistant/components/hassio/discovery.py,
// registered by a tiny test-only integration because the real `hassio` integration will not set
// up without a whole Supervisor (host, OS, store, ingress …). Core's view then reads the entry
// back (`GET /discovery/<uuid>`) and the add-on's info (`GET /addons/<slug>/info`) from the
// stand-in with aiohasupervisor, and calls `discovery_flow.async_create_flow(hass, "brewpit",
// context={"source": "hassio"}, data=HassioServiceInfo(...))` — the very code path a real
// installation runs, so the integration's `async_step_hassio` gets a real HassioServiceInfo.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { provision, startHomeAssistant, type HomeAssistant } from '../../scripts/ha/harness.js';
import { defaultConfigDir, REPO_ROOT } from '../../scripts/ha/paths.js';
import { haLogTail, haRest as haRequest, requireHomeAssistant } from '../support/ha.js';
import {
  EDGE,
  EdgeProcess,
  exited,
  HubClient,
  printLogsIfFailed,
  requireBuilt,
  spawnLogged,
  stopProcess,
} from '../support/processes.js';
import { freePort, GiveUp, waitFor as poll, type WaitOptions } from '../support/wait.js';

const HA_PORT = 18151;
const RUN = join(REPO_ROOT, 'addon/rootfs/usr/bin/brewpit-run');
const APP = join(REPO_ROOT, 'addon/app');
const ADMIN = 'addon-e2e-admin-token-0123456789abcdef';
/** The token Core's Supervisor client sends to the stand-in (HASSIO_TOKEN in a real install). */
const CORE_TO_SUPERVISOR = 'core-to-supervisor-token-0123456789';
/** Slug the Supervisor gives an add-on installed from a repository: <repo hash>_<slug>. */
const ADDON_SLUG = '5c53de3b_brewpit';
const STANDIN_DOMAIN = 'supervisor_standin';

/** Polls every 200 ms. */
const waitFor = <T>(
  what: string,
  fn: () => Promise<T | undefined> | T | undefined,
  o: WaitOptions = {},
): Promise<T> => poll(what, fn, { intervalMs: 200, ...o });

/** The test-only integration that mounts Core's own Supervisor discovery view. */
const STANDIN_INIT = `"""Test only: Core's own Supervisor discovery view, wired to a stand-in Supervisor.

The real hassio integration cannot be set up without a whole Supervisor, so this registers its
HassIODiscovery view (homeassistant.components.hassio.discovery) by itself, with the
aiohasupervisor client pointed at the test's stand-in. Everything after the HTTP push is Core's
code: discovery.get, addons.addon_info, discovery_flow.async_create_flow(source hassio).
"""

from aiohasupervisor import SupervisorClient
import voluptuous as vol

from homeassistant.components.hassio.discovery import HassIODiscovery
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.typing import ConfigType

DOMAIN = "${STANDIN_DOMAIN}"
CONFIG_SCHEMA = vol.Schema(
    {DOMAIN: vol.Schema({vol.Required("url"): cv.string, vol.Required("token"): cv.string})},
    extra=vol.ALLOW_EXTRA,
)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register /api/hassio_push/discovery/{uuid} as the hassio integration does."""
    conf = config[DOMAIN]
    view = HassIODiscovery.__new__(HassIODiscovery)
    view.hass = hass
    view._supervisor_client = SupervisorClient(
        conf["url"], conf["token"], session=async_get_clientsession(hass)
    )
    hass.http.register_view(view)
    return True
`;

const STANDIN_MANIFEST = {
  domain: STANDIN_DOMAIN,
  name: 'Supervisor stand-in (Brewpit tests)',
  codeowners: [],
  dependencies: ['http'],
  documentation: 'https://github.com/brewpit/brewpit',
  iot_class: 'local_push',
  requirements: [],
  version: '0.0.0',
};

interface Discovery {
  addon: string;
  service: string;
  uuid: string;
  config: Record<string, unknown>;
}

/**
 * The part of the Supervisor's API the add-on and Core's discovery code use: POST/GET
 * /discovery, GET /discovery/<uuid>, GET /addons/<slug>/info; after accepting a discovery it
 * pushes it to Core as the Supervisor does.
 */
class StandInSupervisor {
  readonly posts: {
    auth: string | undefined;
    body: { service: string; config: Record<string, unknown> };
  }[] = [];
  readonly pushes: { uuid: string; status: number }[] = [];
  readonly reads: string[] = [];
  private readonly entries = new Map<string, Discovery>();
  private server: http.Server | undefined;
  url = '';

  constructor(
    private readonly addonToken: string,
    private readonly core: { url: string; token: string },
  ) {}

  async start(port: number): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const auth = req.headers.authorization;
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const url = req.url ?? '';
    this.reads.push(`${req.method} ${url}`);
    if (req.method === 'POST' && url === '/discovery') {
      // From the add-on: its SUPERVISOR_TOKEN.
      if (auth !== `Bearer ${this.addonToken}`)
        return send(401, { result: 'error', message: 'Unauthorized' });
      const body = JSON.parse(raw) as { service: string; config: Record<string, unknown> };
      this.posts.push({ auth, body });
      const uuid = randomUUID().replace(/-/g, '');
      this.entries.set(uuid, {
        addon: ADDON_SLUG,
        service: body.service,
        uuid,
        config: body.config,
      });
      send(200, { result: 'ok', data: { uuid } });
      void this.push(uuid);
      return;
    }
    // From Core's aiohasupervisor client.
    if (auth !== `Bearer ${CORE_TO_SUPERVISOR}`)
      return send(401, { result: 'error', message: 'Unauthorized' });
    if (req.method === 'GET' && url === '/discovery')
      return send(200, { result: 'ok', data: { discovery: [...this.entries.values()] } });
    const disc = /^\/discovery\/([0-9a-f]{32})$/.exec(url);
    if (req.method === 'GET' && disc) {
      const entry = this.entries.get(disc[1]!);
      return entry
        ? send(200, { result: 'ok', data: entry })
        : send(404, { result: 'error', message: 'Discovery message not found' });
    }
    if (req.method === 'GET' && url === `/addons/${ADDON_SLUG}/info`)
      return send(200, { result: 'ok', data: addonInfo() });
    send(404, { result: 'error', message: `stand-in Supervisor has no ${req.method} ${url}` });
  }

  /** What the Supervisor does after storing a discovery: tell Core about it. */
  private async push(uuid: string): Promise<void> {
    const entry = this.entries.get(uuid)!;
    const res = await fetch(`${this.core.url}/api/hassio_push/discovery/${uuid}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.core.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(entry),
    }).catch(() => undefined);
    this.pushes.push({ uuid, status: res?.status ?? 0 });
  }
}

/** GET /addons/<slug>/info as the Supervisor answers it for the installed Brewpit add-on. */
function addonInfo(): Record<string, unknown> {
  const c = parse(readFileSync(join(REPO_ROOT, 'addon/config.yaml'), 'utf8')) as Record<
    string,
    any
  >;
  return {
    name: c.name,
    slug: ADDON_SLUG,
    hostname: ADDON_SLUG.replace(/_/g, '-'),
    dns: [`${ADDON_SLUG.replace(/_/g, '-')}.local.hass.io`],
    description: c.description,
    long_description: null,
    advanced: false,
    stage: 'stable',
    repository: ADDON_SLUG.split('_')[0],
    version_latest: c.version,
    version: c.version,
    protected: true,
    rating: 6,
    boot_config: 'auto',
    boot: 'auto',
    options: { log_level: 'info', retention_days: 0 },
    schema: [],
    arch: c.arch,
    machine: [],
    homeassistant: c.homeassistant ?? null,
    url: c.url ?? null,
    detached: false,
    available: true,
    build: false,
    network: { '8488/tcp': 8488 },
    network_description: c.ports_description ?? null,
    host_network: false,
    host_pid: false,
    host_ipc: false,
    host_uts: false,
    host_dbus: false,
    privileged: [],
    full_access: false,
    apparmor: 'default',
    icon: true,
    logo: true,
    changelog: true,
    documentation: true,
    stdin: false,
    hassio_api: false,
    hassio_role: 'default',
    auth_api: false,
    homeassistant_api: c.homeassistant_api === true,
    gpio: false,
    usb: false,
    uart: false,
    kernel_modules: false,
    devicetree: false,
    udev: false,
    docker_api: false,
    video: false,
    audio: false,
    startup: 'application',
    services: [],
    discovery: c.discovery ?? [],
    translations: {},
    ingress: false,
    signed: false,
    state: 'started',
    webui: null,
    ingress_entry: null,
    ingress_url: null,
    ingress_port: null,
    ingress_panel: null,
    audio_input: null,
    audio_output: null,
    auto_update: false,
    ip_address: '172.30.33.2',
    watchdog: false,
    devices: [],
    system_managed: false,
    system_managed_config_entry: null,
    update_available: false,
  };
}

describe('Add-on start script (brewpit-run) with a Supervisor-shaped environment and real Home Assistant', function () {
  let ha: HomeAssistant | undefined;
  let supervisor: StandInSupervisor | undefined;
  let addon: ChildProcess | undefined;
  let edge: EdgeProcess | undefined;
  let dir = '';
  let hubPort = 0;
  let addonLog = '';

  const haRest = (method: string, path: string, body?: unknown): Promise<any> =>
    haRequest(ha!, method, path, body);
  const hub = new HubClient(() => `http://127.0.0.1:${hubPort}`, ADMIN);

  before(async function () {
    this.timeout(30 * 60_000);
    requireBuilt([join(APP, 'hub.js'), EDGE], 'npm run build:addon');
    await requireHomeAssistant();
    await provision();

    // A fresh Home Assistant (as fresh: true does) that also has the stand-in's integration:
    // custom integrations are found at start, so it is written before, into the wiped dir.
    const configDir = defaultConfigDir(HA_PORT);
    rmSync(configDir, { recursive: true, force: true });
    const standin = join(configDir, 'custom_components', STANDIN_DOMAIN);
    mkdirSync(standin, { recursive: true });
    writeFileSync(join(standin, '__init__.py'), STANDIN_INIT);
    writeFileSync(join(standin, 'manifest.json'), JSON.stringify(STANDIN_MANIFEST, null, 2));
    const supervisorPort = await freePort();
    const started = Date.now();
    ha = await startHomeAssistant({
      port: HA_PORT,
      configDir,
      fresh: false,
      extraConfig: `${STANDIN_DOMAIN}:\n  url: http://127.0.0.1:${supervisorPort}\n  token: ${CORE_TO_SUPERVISOR}\n`,
    });
    console.log(
      `      Home Assistant ${ha.version} started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    supervisor = new StandInSupervisor(ha.token, { url: ha.url, token: ha.token });
    // Where Core's Supervisor client was told to look (extraConfig above).
    await supervisor.start(supervisorPort);
  });

  afterEach(function () {
    printLogsIfFailed(this, {
      'add-on log': addonLog,
      'edge log': edge?.log,
      'Home Assistant log': haLogTail(ha, /brewpit|hassio|ERROR/),
    });
  });

  after(async function () {
    this.timeout(120_000);
    await edge?.stop();
    await stopProcess(addon);
    await supervisor?.stop();
    await ha?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts the bundled hub from brewpit-run with /data/options.json and the Supervisor environment', async function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'brewpit-addon-start-'));
    const data = join(dir, 'data');
    mkdirSync(data);
    // What the Supervisor writes from the add-on's options.
    writeFileSync(
      join(data, 'options.json'),
      JSON.stringify({ admin_token: ADMIN, log_level: 'info', retention_days: 0 }),
    );
    hubPort = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of Object.keys(env))
      if (/^(HA_|BREWPIT_|SUPERVISOR_|HASSIO|PORT$|HOST$)/.test(k)) delete env[k];
    addon = spawnLogged(
      RUN,
      [],
      {
        cwd: dir,
        env: {
          ...env,
          BREWPIT_DATA_DIR: data,
          BREWPIT_APP_DIR: APP,
          PORT: String(hubPort),
          HOST: '127.0.0.1',
          SUPERVISOR_TOKEN: ha!.token,
          HA_URL: ha!.url,
          SUPERVISOR_URL: supervisor!.url,
          // Inside Docker the hub's hostname is the add-on's DNS name; here Core is on loopback.
          BREWPIT_DISCOVERY_HOST: '127.0.0.1',
        },
      },
      (d) => (addonLog += d),
    );
    const health = await waitFor('hub health', async () => {
      if (exited(addon)) throw new GiveUp(`brewpit-run exited ${addon!.exitCode}:\n${addonLog}`);
      const res = await fetch(`http://127.0.0.1:${hubPort}/api/v1/health`);
      return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
    });
    assert.equal(health.status, 'ok', JSON.stringify(health));
    // The options file's admin token is the one in force.
    await hub.json('/devices');
    const wrong = await fetch(`http://127.0.0.1:${hubPort}/api/v1/devices`, {
      headers: { authorization: 'Bearer not-the-token-from-options-json' },
    });
    assert.ok([401, 403].includes(wrong.status), `a wrong admin token got HTTP ${wrong.status}`);
    assert.equal(
      existsSync(join(data, 'admin_token')),
      false,
      'no token generated when options set one',
    );
  });

  it('announces itself to the Supervisor with host, port and admin token', async () => {
    const post = await waitFor('POST /discovery', () => supervisor!.posts[0]);
    assert.equal(post.auth, `Bearer ${ha!.token}`);
    assert.deepEqual(post.body, {
      service: 'brewpit',
      config: { host: '127.0.0.1', port: hubPort, admin_token: ADMIN },
    });
    const push = await waitFor('push to Core', () => supervisor!.pushes[0]);
    assert.equal(push.status, 200, `Core answered the discovery push with ${push.status}`);
    // Core's own discovery code read the entry and the add-on's info back.
    assert.ok(
      supervisor!.reads.includes(`GET /discovery/${push.uuid}`),
      supervisor!.reads.join('\n'),
    );
    assert.ok(
      supervisor!.reads.includes(`GET /addons/${ADDON_SLUG}/info`),
      supervisor!.reads.join('\n'),
    );
  });

  it('Home Assistant offers the integration from the discovery; confirming it loads it', async function () {
    this.timeout(60_000);
    const flow = await waitFor('a brewpit flow from the hassio source', async () =>
      ((await ha!.ws<any[]>({ type: 'config_entries/flow/progress' })) ?? []).find(
        (f) => f.handler === 'brewpit' && f.context?.source === 'hassio',
      ),
    );
    assert.equal(flow.step_id, 'hassio_confirm');
    assert.equal(flow.context.title_placeholders?.name, 'Brewpit');
    // The user presses Submit on the discovered card.
    const done = await haRest('POST', `/api/config/config_entries/flow/${flow.flow_id}`, {});
    assert.equal(done.type, 'create_entry', JSON.stringify(done));
    const entry = await waitFor('a loaded brewpit config entry', async () => {
      const entries = (await haRest(
        'GET',
        '/api/config/config_entries/entry?domain=brewpit',
      )) as any[];
      return entries.find((e) => e.state === 'loaded');
    });
    assert.equal(entry.source, 'hassio');
    assert.equal(entry.title, 'Brewpit');
    // The hub, connected with SUPERVISOR_TOKEN, sees the integration arrive and goes live.
    await waitFor(
      'the hub connected to Home Assistant with the integration',
      async () => (await hub.json('/health')).home_assistant === 'connected',
    );
  });

  it('a paired edge node (simulated) produces sensor entities with states in Home Assistant', async function () {
    this.timeout(90_000);
    edge = new EdgeProcess({
      dir: join(dir, 'edge'),
      hubUrl: `http://127.0.0.1:${hubPort}`,
      name: 'shed-pi',
      lines: ['sensors:', '  - {platform: simulated, model: smoker}'],
    });
    const deviceId = edge.pair(await hub.pairingCode()).device_id;
    edge.start();

    const sensors = await waitFor(
      'brewpit sensor entities with numeric states',
      async () => {
        const registry = (
          await ha!.ws<{ entity_id: string; unique_id: string; platform: string }[]>({
            type: 'config/entity_registry/list',
          })
        ).filter(
          (e) =>
            e.platform === 'brewpit' &&
            e.entity_id.startsWith('sensor.') &&
            e.unique_id.includes(deviceId),
        );
        const states = (await haRest('GET', '/api/states')) as {
          entity_id: string;
          state: string;
        }[];
        const live = states.filter(
          (s) =>
            registry.some((r) => r.entity_id === s.entity_id) && Number.isFinite(Number(s.state)),
        );
        return live.length >= 2 ? live : undefined;
      },
      { timeoutMs: 60_000 },
    );
    console.log(
      `      ${sensors.length} sensors, e.g. ${sensors
        .slice(0, 3)
        .map((s) => `${s.entity_id}=${s.state}`)
        .join(', ')}`,
    );
  });
});
