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
