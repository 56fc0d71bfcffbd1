import { suggestRole, type ChannelRole } from '@brewpit/protocol';

/**
 * The session role a series most likely plays, from its key (`meat1` → meat, `probe2` → meat):
 * what a session started from a device gives each channel, and what Home Assistant suggests to
 * the user. The same rule as the session form's (protocol's `suggestRole`), so a session
 * started from a Home Assistant button gets the roles the form would propose.
 */
export function roleOf(key: string, kind: string): ChannelRole {
  return suggestRole(key, kind);
}
