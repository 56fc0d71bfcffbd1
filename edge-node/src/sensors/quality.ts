import type { ReadingStatus } from '@brewpit/protocol';
import type { ReadingSpec } from './types.js';

/** A judged value. */
export interface Judged {
  value: number | null;
  status: ReadingStatus;
}

/**
 * Judges each new value of one channel:
 * - `unavailable` (value null): the sensor had no value (unplugged probe, failed read);
 * - `implausible`: outside the platform's physical range (an Inkbird's 6553.5 °C);
 * - `spike`: a jump larger than `maxStep` from the last good value that the next sample does
 *   not confirm; a confirmed jump is a real change and is `ok` from the second sample on;
 * - `frozen`: bit-identical for `frozenAfter` samples on a channel that always jitters.
 * Flagged values keep their number for the record; the hub never charts them.
 */
export class ChannelQuality {
  private lastGood: number | undefined;
  private pendingJump: number | undefined;
  private same = 0;
  private previous: number | undefined;

  constructor(readonly spec: ReadingSpec) {}

  judge(value: number | null | undefined): Judged {
    if (value === null || value === undefined || !Number.isFinite(value)) {
      // After a gap (probe unplugged) the next value starts fresh: no spike against old data.
      this.lastGood = undefined;
      this.pendingJump = undefined;
      this.previous = undefined;
      this.same = 0;
      return { value: null, status: 'unavailable' };
    }
    this.same = value === this.previous ? this.same + 1 : 1;
    this.previous = value;
    const { plausible, maxStep, frozenAfter } = this.spec;
    if (plausible && (value < plausible[0] || value > plausible[1]))
      return { value, status: 'implausible' };
    if (
      maxStep !== undefined &&
      this.lastGood !== undefined &&
      Math.abs(value - this.lastGood) > maxStep
    ) {
      const confirmed =
        this.pendingJump !== undefined && Math.abs(value - this.pendingJump) <= maxStep;
      if (!confirmed) {
        this.pendingJump = value;
        return { value, status: 'spike' };
      }
    }
    this.pendingJump = undefined;
    this.lastGood = value;
    if (frozenAfter !== undefined && this.same >= frozenAfter) return { value, status: 'frozen' };
    return { value, status: 'ok' };
  }
}
