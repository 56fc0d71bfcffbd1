import {
  OutputError,
  outputLabel,
  physicalLevel,
  type OutputPin,
  type OutputSpec,
  type OutputTransport,
} from './types.js';

/** One change of an emulated line: what a logic analyser on the pin would record. */
export interface PinEvent {
  label: string;
  /** Clock reading when the level changed (the transport's `now`, ms). */
  at: number;
  active: boolean;
  /** Electrical level on the pin, after active-low inversion. */
  level: 0 | 1;
}

/** An emulated line: keeps its level and records every change in the transport's log. */
class EmulatedPin implements OutputPin {
  readonly label: string;
  active = false;
  level: 0 | 1;
  released = false;

  constructor(
    readonly spec: OutputSpec,
    private readonly transport: EmulatedOutputTransport,
  ) {
    this.label = outputLabel(spec);
    this.level = physicalLevel(spec, false);
    transport.record(this);
  }

  async set(active: boolean): Promise<void> {
    if (this.released)
      throw new OutputError('line_released', `Failed to drive '${this.label}': line released`);
    const fail = this.transport.failing.get(this.label);
    if (fail) throw new OutputError('gpio_error', `Failed to drive '${this.label}': ${fail}`);
    this.write(active);
  }

  forceInactiveSync(): void {
    if (!this.released) this.write(false);
  }

  async close(): Promise<void> {
    if (this.released) return;
    this.write(false);
    this.released = true;
    this.transport.release(this);
  }

  private write(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.level = physicalLevel(this.spec, active);
    this.transport.record(this);
  }
}

/**
 * Output transport for tests and the simulated platform: lines are kept in memory, every
 * change goes to {@link EmulatedOutputTransport.events} stamped with `now()`, so a test can
 * check compressor timing over a whole run from the log alone.
 */
export class EmulatedOutputTransport implements OutputTransport {
  readonly name = 'emulated';
  readonly events: PinEvent[] = [];
  /** Lines that fail on `set`, by label, with the reason (to test output faults). */
  readonly failing = new Map<string, string>();
  private readonly held = new Map<string, EmulatedPin>();

  constructor(private readonly now: () => number = Date.now) {}

  async open(spec: OutputSpec): Promise<OutputPin> {
    const label = outputLabel(spec);
    if (this.held.has(label))
      throw new OutputError('line_busy', `Failed to request '${label}': line busy`);
    const pin = new EmulatedPin(spec, this);
    this.held.set(label, pin);
    return pin;
  }

  /** Current state of a held line, `undefined` when nobody holds it. */
  pin(label: string): { active: boolean; level: 0 | 1 } | undefined {
    const p = this.held.get(label);
    return p ? { active: p.active, level: p.level } : undefined;
  }

  /** @internal */
  record(pin: EmulatedPin): void {
    this.events.push({ label: pin.label, at: this.now(), active: pin.active, level: pin.level });
  }

  /** @internal */
  release(pin: EmulatedPin): void {
    this.held.delete(pin.label);
  }
}
