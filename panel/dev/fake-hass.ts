// A `hass` object backed by FakeBackend, shaped like the one Home Assistant hands a panel.
import type { HomeAssistant } from '../src/data/hass.js';
import type { LiveMessage } from '../src/data/live.js';
import type { FakeBackend } from './fake-backend.js';

export interface FakeHassOptions {
  temperature?: '°C' | '°F';
  language?: string;
  dark?: boolean;
  /** Simulated WebSocket round trip. */
  latencyMs?: number;
  /** Names of nodes by hub device id (the hub announces them to Home Assistant). */
  nodeNames?: Record<string, string>;
  /** Areas of nodes by hub device id. */
  areas?: Record<string, string>;
  /** Overrides single commands (the bench answers history from Node). */
  override?: (msg: Record<string, unknown>) => Promise<unknown> | undefined;
}

export function fakeHass(backend: FakeBackend, o: FakeHassOptions = {}): HomeAssistant {
  const delay = () => new Promise((r) => setTimeout(r, o.latencyMs ?? 20));
  // Home Assistant's device registry as the hub announces nodes: one device per node id.
  const nodes = [...new Set([...backend.series.values()].map((s) => s.info.device_id))];
  const devices = Object.fromEntries(
    nodes.map((id, i) => [
      `dev${i}`,
      {
        id: `dev${i}`,
        name: o.nodeNames?.[id] ?? id,
        name_by_user: null,
        area_id: o.areas?.[id] ? `area_${i}` : null,
        identifiers: [['brewpit', id] as [string, string]],
      },
    ]),
  );
  const areas = Object.fromEntries(
    nodes
      .map((id, i) => [`area_${i}`, o.areas?.[id]] as const)
      .filter(([, name]) => name)
      .map(([area_id, name]) => [area_id, { area_id, name: name! }]),
  );
  return {
    devices,
    areas,
    config: { unit_system: { temperature: o.temperature ?? '°C' }, time_zone: 'Europe/Berlin' },
    locale: {
      language: o.language ?? 'en',
      number_format: 'language',
      time_format: 'language',
      time_zone: 'local',
    },
    language: o.language ?? 'en',
    themes: { darkMode: o.dark ?? false, theme: 'default' },
    user: { is_admin: true, name: 'Dev' },
    async callWS<T>(msg: Record<string, unknown>): Promise<T> {
      const over = o.override?.(msg);
      if (over) return (await over) as T;
      await delay();
      return structuredClone(backend.handle(msg)) as T;
    },
    async fetchWithAuth(path: string): Promise<Response> {
      const id = decodeURIComponent(path.split('/')[4] ?? '');
      const h = backend.history(id, undefined, undefined, 1e9);
      const rows = h.series.flatMap((s) => s.points.map((p) => `${p[0]},${s.label},${p[1] ?? ''}`));
      return new Response(['ts,series,value', ...rows].join('\n'), {
        headers: { 'content-type': 'text/csv' },
      });
    },
    connection: {
      async subscribeMessage<T>(cb: (m: T) => void, msg: { type: string }) {
        if (msg.type !== 'brewpit/live/subscribe')
          throw { code: 'unknown_command', message: msg.type };
        const off = backend.subscribe(cb as (m: LiveMessage) => void);
        return async () => {
          off();
        };
      },
    },
  };
}
