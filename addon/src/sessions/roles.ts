import type { ChannelRole } from '@brewpit/protocol';

/**
 * The session role a series most likely plays, from its key (`meat1` → meat): what a session
 * started from a device gives each channel, and what Home Assistant suggests to the user.
 */
export function roleOf(key: string, kind: string): ChannelRole {
  for (const role of ['pit', 'meat', 'wort', 'chamber', 'ambient'] as const)
    if (key.startsWith(role)) return role;
  if (kind === 'gravity') return 'gravity';
  return 'other';
}
