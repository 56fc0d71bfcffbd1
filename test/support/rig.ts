// The set-up most Home Assistant end-to-end files share: a fresh real Home Assistant, the built
// hub bridged to it, the Brewpit integration configured through its config flow, and (when asked)
// an edge node paired with the hub like a user pairs one. Each file keeps its own port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from 'home-assistant-js-websocket';
import { provision, startHomeAssistant, type HomeAssistant } from '../../scripts/ha/harness.js';
import { configureBrewpit, connectHa, haLogTail, requireHomeAssistant } from './ha.js';
import {
  EdgeProcess,
  HubProcess,
  printLogsIfFailed,
  requireBuilt,
  type EdgeOptions,
} from './processes.js';

export interface RigOptions {
  /** Home Assistant's port: its own per file (a harness start kills what it started there). */
  haPort: number;
  /** The edge node to pair (its folder and hub URL are the rig's); none when absent. */
  edge?: Omit<EdgeOptions, 'dir' | 'hubUrl'>;
  /** Environment for the hub over the test defaults. */
  hubEnv?: Record<string, string>;
  /** YAML appended to Home Assistant's configuration.yaml (e.g. `history:`). */
  haExtraConfig?: string;
  /** What Home Assistant's log tail shows on failure. */
  haLogFilter?: RegExp;
}

export class HaRig {
  ha!: HomeAssistant;
  /** Home Assistant's WebSocket; it reconnects by itself across restarts. */
  conn!: Connection;
  hub!: HubProcess;
  /** Paired, not started: a test may change the hub's desired config first. */
  edge: EdgeProcess | undefined;
  deviceId = '';
  dir = '';

  constructor(private readonly o: RigOptions) {}

  /** In `before` (give it minutes: a cold machine provisions Home Assistant first). */
  async start(): Promise<void> {
    requireBuilt();
    await requireHomeAssistant();
    await provision();
    const started = Date.now();
    this.ha = await startHomeAssistant({
      port: this.o.haPort,
      fresh: true,
      extraConfig: this.o.haExtraConfig,
    });
    console.log(
      `      Home Assistant ${this.ha.version} started fresh in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    this.conn = await connectHa(this.ha);
    this.dir = mkdtempSync(join(tmpdir(), 'brewpit-e2e-'));
    this.hub = new HubProcess({ dir: this.dir, ha: this.ha, env: this.o.hubEnv });
    await this.hub.start();
    await configureBrewpit(this.ha, { url: this.hub.url, token: this.hub.adminToken }, 'user');
    if (this.o.edge) {
      this.edge = new EdgeProcess({
        ...this.o.edge,
        dir: join(this.dir, 'edge'),
        hubUrl: this.hub.url,
      });
      this.deviceId = this.edge.pair(await this.hub.pairingCode()).device_id;
    }
  }

  /** In `afterEach`: the logs of every part when the test failed. */
  printLogsIfFailed(ctx: Mocha.Context): void {
    printLogsIfFailed(ctx, {
      'hub log': this.hub?.log,
      'edge log': this.edge?.log,
      'Home Assistant log': haLogTail(this.ha, this.o.haLogFilter ?? /brewpit|ERROR/),
    });
  }

  /** In `after`: stops everything this rig started and removes its folder. */
  async stop(): Promise<void> {
    this.conn?.close();
    await this.edge?.stop();
    await this.hub?.stop();
    await this.ha?.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
