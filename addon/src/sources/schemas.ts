import { Type } from '@sinclair/typebox';
import { ChannelRole } from '@brewpit/protocol';

/** A Home Assistant entity id: `domain.object_id`, as Home Assistant validates them. */
const EntityId = Type.String({
  pattern: '^[a-z0-9_]+\\.[a-z0-9_]+$',
  maxLength: 255,
  description: 'Home Assistant entity id, e.g. sensor.meater_probe_internal',
});

/** `POST /sources/ha`: what Home Assistant says of the entity, and whether the user chose it. */
export const SourceFollow = Type.Object(
  {
    entity_id: EntityId,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Friendly name' })),
    device_class: Type.Optional(
      Type.Union([Type.String({ maxLength: 64 }), Type.Null()], {
        description: "The entity's device class (temperature, humidity, pressure, …)",
      }),
    ),
    unit: Type.Optional(
      Type.Union([Type.String({ maxLength: 16 }), Type.Null()], {
        description: "The entity's unit_of_measurement; states are converted to SI (°F → °C)",
      }),
    ),
    explicit: Type.Optional(
      Type.Boolean({
        description:
          'Chosen by the user: stays followed when the sessions using it end (default true)',
        default: true,
      }),
    ),
  },
  { additionalProperties: false, $id: 'SourceFollow' },
);

/** A followed Home Assistant entity and the series its states are stored in. */
export const FollowedEntity = Type.Object(
  {
    entity_id: Type.String(),
    series_id: Type.Integer({ description: 'The series of its readings' }),
    name: Type.String(),
    kind: Type.String({ description: 'What the series measures' }),
    unit: Type.String({ description: 'SI unit of the stored values' }),
    ha_unit: Type.Union([Type.String(), Type.Null()], { description: 'Unit in Home Assistant' }),
    device_class: Type.Union([Type.String(), Type.Null()]),
    role: ChannelRole,
    explicit: Type.Boolean(),
    followed: Type.Boolean({ description: 'False once let go; the history stays' }),
    added_at: Type.Integer(),
    covered_from: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The recorder was read back to here',
    }),
  },
  { $id: 'FollowedEntity' },
);

/** The path of one followed entity. */
export const EntityParams = Type.Object({ entity_id: EntityId });
