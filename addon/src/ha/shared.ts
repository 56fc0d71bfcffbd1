import type { HubContext } from '../context.js';
import type { Log } from '../log.js';
import type { ClimateTracker } from './climate.js';
import type { HaLink } from './link.js';
import type { Presence } from './presence.js';
import type { HaConfig } from './units.js';

/**
 * What the parts of the Home Assistant bridge share: the hub, the link, and what was announced
 * on the current connection. Each part (announcements, states, session entities, events,
 * inbound commands) has one job and reads the rest through this.
 */
export interface BridgeContext {
  hub: HubContext;
  log: Log;
  link: HaLink;
  /** Entities announced on the current connection, by unique id. */
  announced: Set<string>;
  /** The chambers' climate entities: what was announced and sent. */
  climate: ClimateTracker;
  /** Which devices are online. */
  presence: Presence;
  /** Home Assistant's unit system and language, from the hello and `ha_config` commands. */
  haConfig: HaConfig;
}
