import { TILT_COLOURS, TiltPost } from '@brewpit/protocol';
import { invalid } from '../errors.js';
import type { HydrometerFormatModule } from './format.js';
import { numbers } from './format.js';
import { gravityReadings } from './posts.js';
import { hubTimeZone, placeTimepoint } from './timepoint.js';
import { toCelsius } from './units.js';

const MAC_RE = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

/** Splits `RED` or `RED:aa:bb:cc:dd:ee:ff` (any case); 400 for a colour Tilt never made. */
function parseColour(raw: string): { colour: string; mac: string | null } {
  const i = raw.indexOf(':');
  const colour = (i < 0 ? raw : raw.slice(0, i)).trim().toUpperCase();
  const mac =
    i < 0
      ? null
      : raw
          .slice(i + 1)
          .trim()
          .toLowerCase();
  if (!(TILT_COLOURS as readonly string[]).includes(colour)) {
    throw invalid([
      {
        path: '/Color',
        message: `unknown Tilt colour '${colour}'; one of ${TILT_COLOURS.join(', ')}`,
      },
    ]);
  }
  if (mac !== null && !MAC_RE.test(mac))
    throw invalid([{ path: '/Color', message: `'${mac}' is not a MAC address` }]);
  return { colour, mac };
}

/** `Beer` is `name` or `name,rowId` (the row the Google Sheets script gave back): split at the last comma. */
function parseBeer(beer: string | undefined): { beer?: string; row_id?: string } {
  if (!beer) return {};
  const i = beer.lastIndexOf(',');
  return i < 0
    ? { beer: beer.trim() }
    : { beer: beer.slice(0, i).trim(), row_id: beer.slice(i + 1).trim() };
}

/** Whether a value carries a finer step than `step`: a Tilt Pro's 0.1 °F or 0.0001 SG. */
const finerThan = (v: number, step: number) => Math.abs(v / step - Math.round(v / step)) > 1e-6;

const title = (c: string) => c[0] + c.slice(1).toLowerCase();

/**
 * Tilt app / TiltPi "cloud URL" logging. A Tilt is identified by its colour, and by its MAC when
 * the sender appends one (two Tilts of one colour in one home). `Temp` is °F unless the device
 * is set to °C. The reading time is the `Timepoint`, read in the sender's zone (device setting,
 * else the gateway's, else the hub's), unless it is implausible (see `placeTimepoint`).
 */
export const tilt: HydrometerFormatModule<typeof TiltPost> = {
  format: 'tilt',
  schema: TiltPost,
  body: 'form',
  key(body) {
    const { colour, mac } = parseColour(body.Color);
    return {
      key: mac ? `${colour}:${mac}` : colour,
      name: `Tilt ${title(colour)}`,
      keyField: 'Color',
    };
  },
  parse(body, state, { gateway, receivedAt }) {
    const v = numbers(body, ['Temp', 'SG', 'Timepoint'] as const);
    const tz = state.settings.tz ?? gateway.tz ?? hubTimeZone();
    const when = placeTimepoint(v.Timepoint, tz, receivedAt);
    // A Pro stays a Pro: one reading that happens to fall on a whole °F must not drop a decimal.
    const pro = state.info.pro === true || finerThan(v.Temp!, 1) || finerThan(v.SG!, 0.001);
    const info: Record<string, unknown> = {
      ...parseBeer(body.Beer),
      pro,
      tz,
      time_source: when.source,
      timepoint_skew_s: when.skewMs === null ? null : Math.round(when.skewMs / 1000),
      comment: body.Comment || undefined,
    };
    const readings = [
      {
        channel: 'temperature' as const,
        value: toCelsius(v.Temp!, state.settings.temp_unit ?? 'F'),
      },
      ...gravityReadings(state, { value: v.SG }, info),
    ];
    const precision = pro ? { temperature: 2, gravity: 4, gravity_raw: 4 } : undefined;
    return { ts: when.ts, readings, info, precision, comment: body.Comment || undefined };
  },
  fieldOf: { temperature: 'Temp', gravity: 'SG', gravity_raw: 'SG' },
  reply(recorded, post) {
    return {
      result: `Success: ${post.name} logged to Brewpit`,
      device_id: recorded.deviceId,
      beername: post.info.beer ?? null,
    };
  },
};
