import { ISpindelPost } from '@brewpit/protocol';
import { invalid } from '../errors.js';
import type { HydrometerFormatModule } from './format.js';
import { numbers } from './format.js';
import { gravityReadings, type HydrometerReading } from './posts.js';
import { tempUnit, toCelsius } from './units.js';

/** What a DS18B20 reads when it is not answering (DallasTemperature's DEVICE_DISCONNECTED_C). */
const DS18B20_DISCONNECTED = -127;

const FIELDS = ['angle', 'temperature', 'battery', 'gravity', 'interval', 'RSSI'] as const;

/**
 * iSpindel "HTTP" service (and GravityMon, which posts the same body). Identity is the chip
 * `ID`, so renaming the iSpindel keeps its device and history; old posts without an ID fall
 * back to the name. The hub's receive time is the reading time: the iSpindel sends none.
 */
export const ispindel: HydrometerFormatModule<typeof ISpindelPost> = {
  format: 'ispindel',
  schema: ISpindelPost,
  body: 'json',
  key(body) {
    return {
      key: body.ID !== undefined ? `id:${String(body.ID)}` : `name:${body.name}`,
      name: body.name,
      keyField: body.ID !== undefined ? 'ID' : 'name',
    };
  },
  parse(body, state, { receivedAt }) {
    const v = numbers(body, FIELDS);
    if (
      v.angle === undefined &&
      v.temperature === undefined &&
      v.gravity === undefined &&
      v.battery === undefined
    ) {
      throw invalid([
        {
          path: '/',
          message: 'carries no value: one of angle, temperature, gravity, battery is required',
        },
      ]);
    }
    const info: Record<string, unknown> = { name: body.name };
    const readings: HydrometerReading[] = [];
    if (v.angle !== undefined) readings.push({ channel: 'angle', value: v.angle });
    if (v.temperature !== undefined) {
      readings.push(
        v.temperature === DS18B20_DISCONNECTED
          ? { channel: 'temperature', value: null, status: 'unavailable' }
          : {
              channel: 'temperature',
              value: toCelsius(v.temperature, tempUnit(body.temp_units, 'C')),
            },
      );
    }
    const declared = body['gravity-format']?.toUpperCase();
    readings.push(
      ...gravityReadings(
        state,
        {
          value: v.gravity,
          unit: declared ? (declared === 'P' ? 'P' : 'SG') : undefined,
          angle: v.angle,
        },
        info,
      ),
    );
    if (v.battery !== undefined) readings.push({ channel: 'battery_voltage', value: v.battery });
    if (v.RSSI !== undefined) readings.push({ channel: 'rssi', value: v.RSSI });
    if (v.interval !== undefined) info.interval_s = v.interval;
    return { ts: receivedAt, readings, info };
  },
  fieldOf: {
    angle: 'angle',
    temperature: 'temperature',
    gravity: 'gravity',
    gravity_raw: 'gravity',
    battery_voltage: 'battery',
    rssi: 'RSSI',
  },
  reply(recorded) {
    return { result: 'ok', device_id: recorded.deviceId };
  },
};
