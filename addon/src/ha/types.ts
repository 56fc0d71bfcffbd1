/**
 * Messages between the hub and the Brewpit integration over Home Assistant's WebSocket API.
 * The integration (custom_components/brewpit/websocket.py) validates the same shapes.
 */

/** Platforms the integration implements. */
type HaPlatform =
  'sensor' | 'binary_sensor' | 'number' | 'switch' | 'button' | 'select' | 'climate';

/** One Home Assistant device: an edge node or a third-party hydrometer. */
export interface HaDevice {
  id: string;
  name: string;
  model?: string | null;
  sw_version?: string | null;
  kind: string;
  via?: string | null;
}

/** One entity as announced by `brewpit/entities/upsert`. */
export interface HaEntity {
  unique_id: string;
  device_id: string;
  platform: HaPlatform;
  key: string;
  name?: string | null;
  /** Translated by the integration (`translations/en.json`); no English is built here. */
  translation_key?: string | null;
  /** Values of the placeholders of the translated name, e.g. `{channel: "Brisket"}`. */
  translation_placeholders?: Record<string, string> | null;
  device_class?: string | null;
  unit_of_measurement?: string | null;
  state_class?: string | null;
  entity_category?: 'config' | 'diagnostic' | null;
  suggested_display_precision?: number | null;
  /** A select's options; a climate entity's hvac modes. */
  options?: string[] | null;
  /** A number's range; a climate entity's target range. */
  min?: number | null;
  max?: number | null;
  step?: number | null;
  mode?: 'auto' | 'box' | 'slider' | null;
  /** The hub series behind a sensor, so services and the panel can name it. */
  series_id?: number | null;
  /** Suggested session role of a sensor's series (one of protocol's `CHANNEL_ROLES`). */
  role?: string | null;
  /** The channel key an entity is about (a probe's sensor, its target, its time to target). */
  channel?: string | null;
}

/** One entry of a `brewpit/states` batch. */
export interface HaStateItem {
  unique_id: string;
  state: string | number | boolean | null;
  attributes?: Record<string, unknown>;
  available?: boolean;
  series_id?: number;
  /** Reading timestamp (edge clock, UTC ms), forwarded to the panel's live view. */
  ts?: number;
}

/** A command pushed by the integration on `brewpit/commands/subscribe`. */
export interface HaCommand {
  /** `set_temperature` and `set_hvac_mode` come from a climate entity; `key` is its chamber. */
  type:
    | 'set_value'
    | 'set_switch'
    | 'press'
    | 'select_option'
    | 'set_target'
    | 'set_temperature'
    | 'set_hvac_mode'
    | 'ha_config'
    | string;
  unique_id?: string;
  device_id?: string;
  key?: string;
  value?: unknown;
  option?: string;
}

/** Answer to `brewpit/hello` (API level 2: docs/integration.md, "Handshake"). */
export interface HaHello {
  integration_version: string;
  ha_version: string;
  /** The API level both speak. */
  api?: number;
  api_min?: number;
  api_max?: number;
  unit_system?: string;
  temperature_unit?: string;
  language?: string;
  /** The hub event stream Home Assistant knows, and the last id it fired of it. */
  events?: { stream: string | null; last_id: number };
}

/** Connection state shown by `/health` as `home_assistant`. */
export type HaLinkState =
  | 'disabled'
  | 'connecting'
  | 'connected'
  | 'waiting_for_integration'
  | 'disconnected'
  | 'auth_failed'
  | 'incompatible';
