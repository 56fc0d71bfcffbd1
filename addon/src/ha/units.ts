/**
 * Home Assistant's unit system, as the integration reports it (`brewpit/hello`, then the
 * `ha_config` command when the user changes it). The hub stores and serves SI; what it puts in
 * front of a person through Home Assistant (event data, alert messages) follows this.
 */
export interface HaConfig {
  unit_system: 'metric' | 'us_customary';
  temperature_unit: '°C' | '°F';
  language: string;
}

/** Until Home Assistant says otherwise: the hub's own units. */
export const METRIC: HaConfig = { unit_system: 'metric', temperature_unit: '°C', language: 'en' };

/** The Home Assistant config a hello or an `ha_config` command carries, or null when malformed. */
export function haConfigOf(o: Record<string, unknown>): HaConfig | null {
  const system = o.unit_system;
  const unit = o.temperature_unit;
  if (system !== 'metric' && system !== 'us_customary') return null;
  if (unit !== '°C' && unit !== '°F') return null;
  return {
    unit_system: system,
    temperature_unit: unit,
    language: typeof o.language === 'string' ? o.language : 'en',
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const toF = (c: number) => round2((c * 9) / 5 + 32);

/** Numeric fields of event data that hold a temperature when `unit` is °C. */
const TEMPERATURE_FIELDS = ['value', 'target', 'threshold'] as const;
/** Fields holding a temperature difference (per minute), converted without the offset. */
const DELTA_FIELDS = ['rate_per_min'] as const;

/**
 * Event data in the user's units: a °C event for a °F user gets its temperatures (`value`,
 * `target`, `threshold`), rates, `unit` and `message` in °F. The message's temperatures are
 * the ones `alerts/messages.ts` formats (`<number> °C`, `<number> °C/min`); each is
 * replaced by its conversion, so a °F user reads 203.0 °F where a °C user reads 95.0 °C.
 */
export function localizeEvent(
  data: Record<string, unknown>,
  config: HaConfig,
): Record<string, unknown> {
  if (config.temperature_unit !== '°F' || data.unit !== '°C') return data;
  const out: Record<string, unknown> = { ...data, unit: '°F' };
  for (const f of TEMPERATURE_FIELDS) if (typeof data[f] === 'number') out[f] = toF(data[f]);
  for (const f of DELTA_FIELDS) if (typeof data[f] === 'number') out[f] = round2((data[f] * 9) / 5);
  if (typeof data.message === 'string') out.message = localizeMessage(data.message);
  return out;
}

/** `95.0 °C` → `203.0 °F`, `1.5 °C/min` → `2.7 °F/min`, keeping each number's decimals. */
export function localizeMessage(message: string): string {
  return message.replace(/(-?\d+(?:\.(\d+))?) °C(\/min)?/g, (_m, num: string, dec, rate) => {
    const c = Number(num);
    const f = rate ? (c * 9) / 5 : (c * 9) / 5 + 32;
    const digits = typeof dec === 'string' ? dec.length : 0;
    return `${f.toFixed(digits)} °F${rate ? '/min' : ''}`;
  });
}
