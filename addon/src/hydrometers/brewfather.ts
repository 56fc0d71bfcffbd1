import { BrewfatherPost } from '@brewpit/protocol';
import { invalid } from '../errors.js';
import type { HydrometerFormatModule } from './format.js';
import { numbers } from './format.js';
import { gravityReadings, type HydrometerReading } from './posts.js';
import { tempUnit, toCelsius, toHectopascal, toSg, type GravityUnit } from './units.js';

const FIELDS = [
  'temp',
  'aux_temp',
  'ext_temp',
  'gravity',
  'pressure',
  'ph',
  'bpm',
  'battery',
  'temp_target',
  'gravity_target',
] as const;
const VALUE_FIELDS = [
  'temp',
  'aux_temp',
  'ext_temp',
  'gravity',
  'pressure',
  'ph',
  'bpm',
  'battery',
] as const;

/**
 * Brewfather "custom stream" (docs.brewfather.app/integrations/custom-stream), which
 * Fermentrack, TiltBridge, GravityMon and many DIY controllers already send. Identity is
 * `name`. Units default as Brewfather documents them (°C, SG, PSI); `battery` is volts. A post
 * without `gravity_unit` is read like an iSpindel's (°Plato detected above 1.2), which agrees
 * with Brewfather's SG default for every SG a beer can have.
 */
export const brewfather: HydrometerFormatModule<typeof BrewfatherPost> = {
  format: 'brewfather',
  schema: BrewfatherPost,
  body: 'json',
  key(body) {
    return { key: body.name, name: body.name, keyField: 'name' };
  },
  parse(body, state, { receivedAt }) {
    const v = numbers(body, FIELDS);
    if (VALUE_FIELDS.every((f) => v[f] === undefined)) {
      throw invalid([
        { path: '/', message: `carries no value: one of ${VALUE_FIELDS.join(', ')} is required` },
      ]);
    }
    const tu = tempUnit(body.temp_unit, 'C');
    const gu: GravityUnit | undefined = body.gravity_unit
      ? body.gravity_unit.toUpperCase() === 'P'
        ? 'P'
        : 'SG'
      : undefined;
    const info: Record<string, unknown> = {
      beer: body.beer,
      device_state: body.device_state,
      device_source: body.device_source,
      report_source: body.report_source,
      comment: body.comment || undefined,
    };
    const readings: HydrometerReading[] = [];
    const temp = (channel: HydrometerReading['channel'], x: number | undefined) => {
      if (x !== undefined) readings.push({ channel, value: toCelsius(x, tu) });
    };
    temp('temperature', v.temp);
    temp('aux_temperature', v.aux_temp);
    temp('ext_temperature', v.ext_temp);
    readings.push(...gravityReadings(state, { value: v.gravity, unit: gu }, info));
    if (v.pressure !== undefined)
      readings.push({ channel: 'pressure', value: toHectopascal(v.pressure, body.pressure_unit) });
    if (v.ph !== undefined) readings.push({ channel: 'ph', value: v.ph });
    if (v.bpm !== undefined) readings.push({ channel: 'bpm', value: v.bpm });
    if (v.battery !== undefined) readings.push({ channel: 'battery_voltage', value: v.battery });
    const targets: Partial<Record<HydrometerReading['channel'], number>> = {};
    if (v.temp_target !== undefined) targets.temperature = toCelsius(v.temp_target, tu);
    // A gravity target without a unit follows the same rule as the gravity itself.
    if (v.gravity_target !== undefined)
      targets.gravity = toSg(v.gravity_target, gu ?? (v.gravity_target > 1.2 ? 'P' : 'SG'));
    return {
      ts: receivedAt,
      readings,
      info,
      comment: body.comment || undefined,
      ...(Object.keys(targets).length > 0 ? { targets } : {}),
    };
  },
  fieldOf: {
    temperature: 'temp',
    aux_temperature: 'aux_temp',
    ext_temperature: 'ext_temp',
    gravity: 'gravity',
    gravity_raw: 'gravity',
    pressure: 'pressure',
    ph: 'ph',
    bpm: 'bpm',
    battery_voltage: 'battery',
  },
  targetFieldOf: { temperature: 'temp_target', gravity: 'gravity_target' },
  reply(recorded) {
    return { result: 'success', device_id: recorded.deviceId };
  },
};
