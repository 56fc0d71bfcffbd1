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
  translation_key?: string | null;
  device_class?: string | null;
  unit_of_measurement?: string | null;
  state_class?: string | null;
  entity_category?: 'config' | 'diagnostic' | null;
  icon?: string | null;
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
  /** Suggested session role of a sensor's series (pit, meat, wort, ...). */
  role?: string | null;
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
    | string;
  unique_id?: string;
  device_id?: string;
  key?: string;
  value?: unknown;
  option?: string;
}

/** Answer to `brewpit/hello`. */
export interface HaHello {
  integration_version: string;
  ha_version: string;
}

/** Connection state shown by `/health` as `home_assistant`. */
export type HaLinkState =
  | 'disabled'
  | 'connecting'
  | 'connected'
  | 'waiting_for_integration'
  | 'disconnected'
  | 'auth_failed';
