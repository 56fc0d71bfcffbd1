// Home Assistant for end-to-end tests, over the harness in scripts/ha/harness.ts: failing clearly
// when the host cannot run it, the WebSocket connection, REST calls, setting up the Brewpit
// integration through the config flow, entity states and events.
import assert from 'node:assert/strict';
import { createConnection, type Connection, type HassEvent } from 'home-assistant-js-websocket';
import { openSocket } from '../../addon/src/ha/socket.js';
import {
  checkPrerequisites,
  PrerequisiteError,
  type HomeAssistant,
} from '../../scripts/ha/harness.js';

export interface HaState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
  last_updated: string;
}

export interface RegistryEntry {
  entity_id: string;
  unique_id: string;
  platform: string;
  device_id: string | null;
}

/**
 * In a `before` hook: fails (never skips) when Home Assistant's root cannot be built or entered
 * on this machine (root, debootstrap, mounts in a private namespace), saying what is missing.
 * `npm test` checks and installs the prerequisites before any suite runs.
 */
export async function requireHomeAssistant(what = 'Home Assistant'): Promise<void> {
  try {
    await checkPrerequisites();
  } catch (e) {
    if (!(e instanceof PrerequisiteError)) throw e;
    throw new Error(`${what} cannot run here: ${e.message} (run the tests as root)`);
  }
}

/** A WebSocket connection to Home Assistant that reconnects by itself (across restarts). */
export function connectHa(ha: HomeAssistant): Promise<Connection> {
  return createConnection({
    createSocket: () =>
      openSocket({
        wsUrl: `${ha.url.replace(/^http/, 'ws')}/api/websocket`,
        token: ha.token,
        source: 'settings',
      }),
  });
}

/** Home Assistant's REST API with the harness token; JSON in and out, throws on HTTP errors. */
export async function haRest(
  ha: HomeAssistant,
  method: string,
  path: string,
  body?: unknown,
): Promise<any> {
  const res = await fetch(`${ha.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${ha.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Sets up the Brewpit integration like a user would: its config flow over HA's REST API, with the
 * hub's URL and admin token. `firstStep`, when given, is asserted as the flow's first step.
 */
export async function configureBrewpit(
  ha: HomeAssistant,
  hub: { url: string; token: string },
  firstStep?: string,
): Promise<void> {
  const flow = await haRest(ha, 'POST', '/api/config/config_entries/flow', { handler: 'brewpit' });
  if (firstStep !== undefined) assert.equal(flow.step_id, firstStep);
  const done = await haRest(ha, 'POST', `/api/config/config_entries/flow/${flow.flow_id}`, {
    url: hub.url,
    token: hub.token,
  });
  assert.equal(done.type, 'create_entry', JSON.stringify(done));
}

/** An entity's state from the REST API; undefined while it does not exist. */
export async function haState(ha: HomeAssistant, entityId: string): Promise<HaState | undefined> {
  const res = await fetch(`${ha.url}/api/states/${entityId}`, {
    headers: { authorization: `Bearer ${ha.token}` },
  });
  return res.ok ? ((await res.json()) as HaState) : undefined;
}

/** The whole entity registry, over the WebSocket. */
export function entityRegistry(conn: Connection): Promise<RegistryEntry[]> {
  return conn.sendMessagePromise<RegistryEntry[]>({ type: 'config/entity_registry/list' });
}

/** Calls `fn` with every `state_changed` event's entity id and new state (not removals). */
export async function onStateChanged(
  conn: Connection,
  fn: (entityId: string, state: HaState) => void,
): Promise<void> {
  await conn.subscribeEvents((e: HassEvent) => {
    const data = e.data as { entity_id: string; new_state: HaState | null };
    if (data.new_state) fn(data.entity_id, data.new_state);
  }, 'state_changed');
}

/** Logs the tail of Home Assistant's log: the lines matching `filter`. */
export function haLogTail(ha: HomeAssistant | undefined, filter: RegExp, lines = 30): string {
  return (
    ha
      ?.logs()
      .split('\n')
      .filter((l) => filter.test(l))
      .slice(-lines)
      .join('\n') ?? 'undefined'
  );
}
