import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { NewReading, Outbox } from '../outbox/outbox.js';
import type { DesiredState } from './desired.js';
import type { NodeEventBus } from './events.js';

/**
 * The one way readings enter the outbox while the node runs. Readings recorded in the same
 * turn of the event loop (a sample's sensor channels and the control state stamped with it)
 * are appended in one transaction, so one sample costs one fsync however many modules add to
 * it. While the hub has recording off, nothing is appended (control keeps running).
 */
export class Recorder {
  private pending: NewReading[] = [];
  private scheduled = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly desired: DesiredState,
    private readonly events: NodeEventBus,
    private readonly log: Logger,
  ) {}

  /** Queues readings for the append at the end of this turn. */
  record(readings: readonly NewReading[]): void {
    if (!this.desired.recording || readings.length === 0) return;
    this.pending.push(...readings);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Appends what is queued now (also called at stop, before the outbox closes). */
  flush(): void {
    this.scheduled = false;
    const readings = this.pending;
    if (readings.length === 0) return;
    this.pending = [];
    try {
      // A full disk is the outbox's to handle (thinning, counted losses); this is anything else.
      this.outbox.append(readings);
    } catch (err) {
      this.log.error(
        { lost: readings.length },
        `Failed to store ${readings.length} readings in the outbox: ${errorMessage(err)}`,
      );
      return;
    }
    this.events.emit('recorded', { count: readings.length });
  }
}
