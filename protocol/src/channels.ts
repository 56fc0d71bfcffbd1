import { Type, type Static } from '@sinclair/typebox';
import { OneLine } from './text.js';

/** What a channel measures; decides the Home Assistant device class and the unit on the wire. */
export const ChannelKind = Type.Union(
  [
    Type.Literal('temperature'),
    Type.Literal('humidity'),
    Type.Literal('pressure'),
    Type.Literal('gravity'),
    Type.Literal('angle'),
    Type.Literal('voltage'),
    Type.Literal('battery'),
    Type.Literal('signal_strength'),
    Type.Literal('percentage'),
    Type.Literal('data_size'),
    Type.Literal('ph'),
    Type.Literal('rate'),
    Type.Literal('other'),
  ],
  { description: 'What the channel measures', $id: 'ChannelKind' },
);
/** What a channel measures. */
export type ChannelKind = Static<typeof ChannelKind>;

/** SI unit on the wire for each kind; Home Assistant converts for display. */
export const CANONICAL_UNITS: Readonly<Record<ChannelKind, string>> = {
  temperature: '°C',
  humidity: '%',
  pressure: 'hPa',
  gravity: 'SG',
  angle: '°',
  voltage: 'V',
  battery: '%',
  signal_strength: 'dBm',
  percentage: '%',
  data_size: 'B',
  ph: 'pH',
  rate: '/min',
  other: '',
};

/** A channel key: lower-case letters, digits and underscores, as in Home Assistant object ids. */
export const ChannelKey = Type.String({
  pattern: '^[a-z0-9_]{1,32}$',
  description: 'Channel key, unique per device: 1-32 of a-z, 0-9, _',
});

/** Announcement of one channel of a device, sent with the first batch that uses it. */
export const Channel = Type.Object(
  {
    key: ChannelKey,
    kind: ChannelKind,
    unit: OneLine({ maxLength: 16, description: 'SI unit of the values' }),
    name: OneLine({ minLength: 1, maxLength: 64, description: 'Human name, e.g. "Pit"' }),
    precision: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 6, description: 'Decimals worth displaying' }),
    ),
  },
  { additionalProperties: false, $id: 'Channel' },
);
/** Announcement of one channel of a device. */
export type Channel = Static<typeof Channel>;

/**
 * Every role a channel can play in a session, in display order: the pit first, then what is
 * cooked or fermented, then the surroundings. The one list of roles: the session schema, the
 * hub's role suggestions, the panel and the Home Assistant integration (through
 * `custom_components/brewpit/channel_roles.json`, generated from {@link integrationRoles}) read it.
 */
export const CHANNEL_ROLES = [
  'pit',
  'meat',
  'chamber',
  'wort',
  'gravity',
  'ambient',
  'other',
] as const;

/** What a series means within a session; decides estimates, alerts and chart grouping. */
export const ChannelRole = Type.Union(
  CHANNEL_ROLES.map((role) => Type.Literal(role)),
  { $id: 'ChannelRole' },
);
/** What a series means within a session. */
export type ChannelRole = (typeof CHANNEL_ROLES)[number];

/**
 * Words in a channel key that suggest a role when no role's name starts the key: probes are
 * usually in meat, fermenters hold wort.
 */
export const ROLE_KEY_WORDS: Readonly<Partial<Record<ChannelRole, readonly string[]>>> = {
  meat: ['probe', 'food'],
  wort: ['ferment', 'beer'],
};

/**
 * The role a channel most likely plays, as the session form proposes it: a key starting with a
 * role's name (`meat2` → meat, in {@link CHANNEL_ROLES} order), then a key containing one of
 * {@link ROLE_KEY_WORDS} (`probe1` → meat), then a gravity channel's kind, else `other`.
 */
export function suggestRole(key: string, kind: string): ChannelRole {
  const k = key.toLowerCase();
  for (const role of CHANNEL_ROLES) if (k.startsWith(role)) return role;
  for (const role of CHANNEL_ROLES)
    if (ROLE_KEY_WORDS[role]?.some((word) => k.includes(word))) return role;
  return kind === 'gravity' ? 'gravity' : 'other';
}

/**
 * What the Home Assistant integration reads from the protocol (it ships without Node.js): the
 * roles, in order. Written to `custom_components/brewpit/channel_roles.json`; a protocol test
 * fails when the committed file differs and rewrites it with `BREWPIT_WRITE_GENERATED=1`.
 */
export function integrationRoles(): { roles: readonly ChannelRole[] } {
  return { roles: CHANNEL_ROLES };
}
