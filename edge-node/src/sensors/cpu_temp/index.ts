import { Type } from '@sinclair/typebox';
import { CANONICAL_UNITS } from '@brewpit/protocol';
import type { FileReader } from '../../bus/file.js';
import { SensorReadError, SensorSetupError, errorMessage } from '../../errors.js';
import { KeySchema, NameSchema } from '../common.js';
import { definePlatform, type Sensor, type SensorValues } from '../types.js';

/** Options of `platform: cpu_temp`. */
const CpuTempSchema = Type.Object(
  {
    platform: Type.Literal('cpu_temp'),
    path: Type.String({
      default: '/sys/class/thermal/thermal_zone0/temp',
      description: 'milli-°C file',
    }),
    key: Type.Optional(KeySchema),
    name: Type.Optional(NameSchema),
  },
  { additionalProperties: false, $id: 'edge.platform.cpu_temp' },
);

/** The SoC temperature: a hot Pi in a smoker cabinet throttles and misses samples. */
class CpuTemp implements Sensor {
  readonly label: string;

  constructor(
    private readonly files: FileReader,
    private readonly path: string,
    private readonly key: string,
  ) {
    this.label = `cpu_temp ${path}`;
  }

  async setup(): Promise<void> {
    try {
      await this.readMilli();
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
      return { [this.key]: (await this.readMilli()) / 1000 };
    } catch (err) {
      throw new SensorReadError(
        'read_error',
        `Failed to read '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
  }

  private async readMilli(): Promise<number> {
    const text = (await this.files.readText(this.path)).trim();
    const milli = Number(text);
    if (text === '' || !Number.isFinite(milli))
      throw new Error(`not a number: '${text.slice(0, 20)}'`);
    return milli;
  }
}

/** `platform: cpu_temp`. */
export const cpuTempPlatform = definePlatform({
  platform: 'cpu_temp',
  schema: CpuTempSchema,
  readings: (o) => [
    {
      key: o.key ?? 'cpu_temperature',
      kind: 'temperature' as const,
      unit: CANONICAL_UNITS.temperature,
      name: o.name ?? 'CPU temperature',
      precision: 1,
      plausible: [-40, 125] as const,
      maxStep: 40,
    },
  ],
  transport: (_o, buses) => buses.files,
  create: (o, files) => new CpuTemp(files, o.path, o.key ?? 'cpu_temperature'),
});
