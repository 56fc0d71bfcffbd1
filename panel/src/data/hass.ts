// The part of Home Assistant's `hass` object the panel uses (frontend src/types.ts). Declared
// here rather than imported: the panel must not depend on HA's frontend sources.
import type { LocaleSettings } from '../lib/format.js';

/** A WebSocket message to Home Assistant. */
export interface WsMessage {
  type: string;
  [key: string]: unknown;
}

/** Home Assistant's WebSocket connection (home-assistant-js-websocket `Connection`). */
export interface HassConnection {
  subscribeMessage<T>(callback: (msg: T) => void, msg: WsMessage): Promise<() => Promise<void>>;
}

/** A device registry entry as the frontend keeps it in `hass.devices`. */
export interface DeviceEntry {
  id: string;
  name?: string | null;
  name_by_user?: string | null;
  area_id?: string | null;
  identifiers?: [string, string][];
}

/** An area registry entry as the frontend keeps it in `hass.areas`. */
export interface AreaEntry {
  area_id: string;
  name: string;
}

/** An entity's state as the frontend keeps it in `hass.states`. */
export interface EntityState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
}

/** An entity registry entry as the frontend keeps it in `hass.entities`. */
export interface EntityEntry {
  entity_id: string;
  platform?: string;
  device_id?: string | null;
  area_id?: string | null;
}

/** What HA hands a custom panel as `hass`. */
export interface HomeAssistant {
  states?: Record<string, EntityState>;
  entities?: Record<string, EntityEntry>;
  devices?: Record<string, DeviceEntry>;
  areas?: Record<string, AreaEntry>;
  connection: HassConnection;
  callWS<T>(msg: WsMessage): Promise<T>;
  fetchWithAuth(path: string, init?: RequestInit): Promise<Response>;
  config: {
    unit_system: { temperature: string };
    time_zone: string;
  };
  locale: LocaleSettings;
  language?: string;
  themes?: { darkMode?: boolean; theme?: string };
  user?: { is_admin: boolean; name: string };
}

/** What HA hands a custom panel as `route`. */
export interface PanelRouteInfo {
  prefix: string;
  path: string;
}

/** What HA hands a custom panel as `panel` (its registration, `config` from panel.py). */
export interface PanelInfo {
  url_path?: string;
  title?: string | null;
  config?: Record<string, unknown> | null;
}
