import type { Calibration, CalibrationUpdate } from '@brewpit/protocol';
import type { Actor, HubCore } from '../core.js';
import { notFound, Refused, unprocessable } from '../errors.js';
import type { HydrometerRow } from '../store/index.js';
import { buildCalibration } from './calibration.js';
import { FitError } from './fit.js';

/**
 * Hydrometer calibrations' one write path (the API, which Home Assistant's
 * `brewpit.set_calibration` calls). A calibration applies to readings received after it is set;
 * raw values stay stored.
 */
export class CalibrationService {
  constructor(private readonly core: HubCore) {}

  /** The calibration of a hydrometer; `Refused` when it has none or is no hydrometer. */
  get(deviceId: string): Calibration {
    const h = this.hydrometer(deviceId);
    const cal = this.core.store.calibrations.get(h.device_id);
    if (!cal)
      throw notFound(
        `Device '${h.device_id}' has no calibration; readings use the sender's gravity`,
      );
    return cal;
  }

  /** Sets or imports a calibration; `Refused` (unprocessable) when the points cannot be fitted. */
  put(deviceId: string, body: CalibrationUpdate, actor: Actor): Calibration {
    const h = this.hydrometer(deviceId);
    let cal: Calibration;
    try {
      cal = buildCalibration(h.device_id, h.format, body);
    } catch (err) {
      if (err instanceof FitError)
        throw unprocessable(
          err.message,
          [{ path: err.path, message: err.message }],
          'Unusable calibration',
        );
      throw err;
    }
    this.core.store.calibrations.put(cal);
    this.core.store.audit.add(actor, 'calibration.put', h.device_id, {
      input: cal.input,
      points: cal.points.length,
      degree: cal.degree,
    });
    this.core.bus.emit('deviceChanged', { deviceId: h.device_id, reason: 'updated' });
    return cal;
  }

  delete(deviceId: string, actor: Actor): void {
    const h = this.hydrometer(deviceId);
    if (!this.core.store.calibrations.delete(h.device_id))
      throw notFound(`Device '${h.device_id}' has no calibration`);
    this.core.store.audit.add(actor, 'calibration.delete', h.device_id);
    this.core.bus.emit('deviceChanged', { deviceId: h.device_id, reason: 'updated' });
  }

  private hydrometer(id: string): HydrometerRow {
    if (!this.core.store.devices.get(id)) throw notFound(`No device '${id}'`);
    const h = this.core.store.hydrometers.get(id);
    if (!h)
      throw new Refused(
        'conflict',
        'Not a hydrometer',
        `Device '${id}' is not an iSpindel, Tilt or Brewfather-stream hydrometer; only those are calibrated on the hub`,
      );
    return h;
  }
}
