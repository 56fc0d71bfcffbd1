import { brewfather } from './brewfather.js';
import type { HydrometerFormatModule } from './format.js';
import { ispindel } from './ispindel.js';
import { tilt } from './tilt.js';

/** The hydrometer formats the hub accepts, each with its route `/compat/<format>`. */
export const FORMATS: readonly HydrometerFormatModule[] = [
  ispindel,
  tilt,
  brewfather,
] as HydrometerFormatModule[];
