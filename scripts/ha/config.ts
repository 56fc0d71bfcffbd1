// The Home Assistant configuration directory used by tests, demos and provisioning.
import fs from 'node:fs';
import path from 'node:path';
import { HA_NAME } from './paths.js';

export interface ConfigOptions {
  configDir: string;
  port: number;
  /** Folder holding `brewpit/` (the integration); missing is fine. null: install none. */
  customComponentsFrom: string | null;
  /** Folder copied to CONFIG/blueprints; missing is fine. null: copy none. */
  blueprintsFrom: string | null;
  extraConfig?: string;
}

export function configurationYaml(port: number, extraConfig = ''): string {
  // Location, units and time zone are set here so that onboarding has nothing to ask.
  // HA listens only on loopback.
  return `# Written by scripts/ha (Brewpit test harness); rewritten on every start.
homeassistant:
  name: ${HA_NAME}
  latitude: 52.37
  longitude: 4.89
  elevation: 0
  unit_system: metric
  currency: EUR
  country: NL
  language: en
  time_zone: UTC

http:
  server_host: 127.0.0.1
  server_port: ${port}

api:
websocket_api:
automation: !include automations.yaml
script:
blueprint:
persistent_notification:
frontend:
# The recorder's SQLite file is CONFIG/home-assistant_v2.db; commit every second so tests
# that read history do not wait the default 5 s.
recorder:
  commit_interval: 1
logger:
  default: warning
  logs:
    custom_components.brewpit: debug
${extraConfig.trim() ? `\n# extraConfig\n${extraConfig.trim()}\n` : ''}`;
}

/** Writes configuration.yaml and friends, and copies the integration and blueprints in. */
export function writeConfig(opts: ConfigOptions): void {
  const dir = opts.configDir;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'configuration.yaml'),
    configurationYaml(opts.port, opts.extraConfig),
  );
  // Automations created through the UI or WS land in this file; keep what tests wrote.
  const automations = path.join(dir, 'automations.yaml');
  if (!fs.existsSync(automations)) fs.writeFileSync(automations, '[]\n');
  installCustomComponent(opts.customComponentsFrom, dir);
  installBlueprints(opts.blueprintsFrom, dir);
}

/**
 * Copies custom_components/brewpit (not bind-mounts: HA would write __pycache__ into the
 * repository). Copied afresh on every start so a restart picks up edited code.
 */
function installCustomComponent(from: string | null, configDir: string): void {
  const target = path.join(configDir, 'custom_components', 'brewpit');
  fs.rmSync(target, { recursive: true, force: true });
  if (!from) return;
  const source = path.join(from, 'brewpit');
  if (!fs.existsSync(path.join(source, 'manifest.json'))) return; // not written yet: HA starts without it
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, {
    recursive: true,
    filter: (src) => !src.includes('__pycache__'),
  });
}

function installBlueprints(from: string | null, configDir: string): void {
  if (!from || !fs.existsSync(from)) return;
  const target = path.join(configDir, 'blueprints');
  // Replace only our own folders (automation/brewpit, …), so a blueprint deleted from the
  // repository disappears too, while HA's bundled ones (motion_light, …) stay.
  for (const domain of fs.readdirSync(from)) {
    for (const ours of safeReaddir(path.join(from, domain))) {
      fs.rmSync(path.join(target, domain, ours), { recursive: true, force: true });
    }
  }
  fs.cpSync(from, target, { recursive: true, force: true });
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.statSync(dir).isDirectory() ? fs.readdirSync(dir) : [];
  } catch {
    return [];
  }
}
