import { Type, type TUnsafe } from '@sinclair/typebox';

/**
 * Schema helpers shared by the platform schemas. Enums are plain JSON Schema `enum`s (not
 * TypeBox unions) so a wrong value gets one clear message listing the allowed values.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { default?: T[number]; description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** An integer restricted to a list of values, e.g. oversampling 1, 2, 4, 8, 16. */
export function IntEnum<const T extends readonly number[]>(
  values: T,
  options: { default?: T[number]; description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'integer', enum: [...values], ...options });
}

/** A channel key as the hub accepts it. */
export const KeySchema = Type.String({
  pattern: '^[a-z0-9_]{1,32}$',
  description: 'Channel key: 1-32 of a-z, 0-9, _',
});

/** Name shown in Home Assistant. */
export const NameSchema = Type.String({ minLength: 1, maxLength: 64 });

/** Per-reading override of key and name, as in ESPHome's `temperature: {name: …}`. */
export const ReadingOverride = Type.Object(
  { key: Type.Optional(KeySchema), name: Type.Optional(NameSchema) },
  { additionalProperties: false },
);

/** I²C bus number, `/dev/i2c-<n>`; 1 on every Raspberry Pi since the model B rev 2. */
export const I2cBusNumber = Type.Integer({ minimum: 0, maximum: 31, default: 1 });

/** Hex form of an I²C address for messages: `0x76`. */
export function hex(address: number): string {
  return `0x${address.toString(16).padStart(2, '0')}`;
}

/** `address: must be one of 0x76, 0x77 (got 0x40)` when the address is not allowed. */
export function checkAddress(address: number, allowed: readonly number[]): string[] {
  if (allowed.includes(address)) return [];
  return [`address: must be one of ${allowed.map(hex).join(', ')} (got ${hex(address)})`];
}

/** Resolves after `ms` milliseconds (conversion waits on chips). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
