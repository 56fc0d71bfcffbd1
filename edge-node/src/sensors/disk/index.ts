import { Type } from '@sinclair/typebox';
import { CANONICAL_UNITS } from '@brewpit/protocol';
import type { DiskStatter } from '../../bus/file.js';
import { SensorReadError, SensorSetupError, errorMessage } from '../../errors.js';
import { definePlatform, type Sensor, type SensorValues } from '../types.js';

/** Options of `platform: disk`. */
const DiskSchema = Type.Object(
  {
    platform: Type.Literal('disk'),
    path: Type.String({ default: '/', description: 'Any path on the file system to watch' }),
    key_prefix: Type.String({ default: 'disk', pattern: '^[a-z0-9_]{1,20}$' }),
  },
  { additionalProperties: false, $id: 'edge.platform.disk' },
);

/** Usage of the SD card: a full card is the classic way a Pi logger dies. */
class Disk implements Sensor {
  readonly label: string;

  constructor(
    private readonly statter: DiskStatter,
    private readonly path: string,
    private readonly prefix: string,
  ) {
    this.label = `disk ${path}`;
  }

  async setup(): Promise<void> {
    try {
      await this.statter.stat(this.path);
    } catch (err) {
      throw new SensorSetupError(
        'not_found',
        `Failed to set up '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
  }

  async read(): Promise<SensorValues> {
    try {
      const s = await this.statter.stat(this.path);
      const used = s.total > 0 ? (1 - s.available / s.total) * 100 : null;
      return { [`${this.prefix}_used`]: used, [`${this.prefix}_free`]: s.available };
    } catch (err) {
      throw new SensorReadError(
        'read_error',
        `Failed to read '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
  }
}

/** `platform: disk`: used percentage and free bytes of a file system. */
export const diskPlatform = definePlatform({
  platform: 'disk',
  schema: DiskSchema,
  readings: (o) => [
    {
      key: `${o.key_prefix}_used`,
      kind: 'percentage' as const,
      unit: CANONICAL_UNITS.percentage,
      name: 'Disk used',
      precision: 1,
      plausible: [0, 100] as const,
    },
    {
      key: `${o.key_prefix}_free`,
      kind: 'data_size' as const,
      unit: CANONICAL_UNITS.data_size,
      name: 'Disk free',
      precision: 0,
      plausible: [0, Number.MAX_SAFE_INTEGER] as const,
    },
  ],
  transport: (_o, buses) => buses.disk,
  create: (o, statter) => new Disk(statter, o.path, o.key_prefix),
});
