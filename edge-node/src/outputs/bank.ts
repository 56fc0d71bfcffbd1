import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import type { OutputPin, OutputSpec, OutputTransport } from './types.js';

/** Signals after which the relays must be off before the process goes. */
const SAFE_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Every relay output of the edge node, by name (`ferm1_heater`). The bank owns the safe state:
 * all outputs are requested inactive on `open`, driven inactive on `close`, and — with
 * {@link OutputBank.installExitHandlers} — on process exit and on SIGINT/SIGTERM/SIGHUP.
 *
 * What no user-space program can guarantee is the state after kill -9 or a kernel panic: the
 * kernel then releases the line, whose level is "not guaranteed" (gpioset(1)). Wire relay
 * boards so a released (input, pulled) line means *off*: active-low boards with pull-ups do.
 */
export class OutputBank {
  private readonly pins = new Map<string, OutputPin>();
  private removeHandlers: (() => void) | undefined;

  constructor(
    private readonly transport: OutputTransport,
    private readonly log: Logger = silentLogger(),
  ) {}

  /** Requests every output inactive. On any failure the ones already opened are released. */
  async open(specs: ReadonlyMap<string, OutputSpec>): Promise<void> {
    try {
      for (const [name, spec] of specs) {
        this.pins.set(name, await this.transport.open(spec));
        this.log.debug(`Output '${name}' on ${this.pins.get(name)?.label} requested, inactive`);
      }
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  /** The output called `name`, if configured. */
  get(name: string): OutputPin | undefined {
    return this.pins.get(name);
  }

  /** `{ferm1_heater: false, …}` for `status`. */
  states(): Record<string, boolean> {
    return Object.fromEntries([...this.pins].map(([n, p]) => [n, p.active]));
  }

  /** Drives every output inactive and releases it; removes the exit handlers. */
  async close(): Promise<void> {
    this.removeHandlers?.();
    this.removeHandlers = undefined;
    const pins = [...this.pins.values()];
    this.pins.clear();
    const results = await Promise.allSettled(pins.map((p) => p.close()));
    for (const r of results) if (r.status === 'rejected') this.log.error(errorMessage(r.reason));
  }

  /** Synchronous safe state, for exit paths where promises no longer run. */
  forceAllOffSync(): void {
    for (const p of this.pins.values()) {
      try {
        p.forceInactiveSync();
      } catch (err) {
        this.log.error(`Failed to force '${p.label}' off: ${errorMessage(err)}`);
      }
    }
  }

  /**
   * Drives all outputs off on `exit` and on SIGINT/SIGTERM/SIGHUP. When nothing else listens
   * for the signal, the handler re-raises it after the outputs are off so the process still
   * terminates the default way; when the CLI has its own graceful shutdown, that one runs and
   * ends the process (and calls {@link close}).
   */
  installExitHandlers(proc: NodeJS.Process = process): void {
    if (this.removeHandlers) return;
    const onExit = (): void => this.forceAllOffSync();
    const onSignal = (signal: NodeJS.Signals): void => {
      this.log.warn(`Received ${signal}: all outputs off`);
      this.forceAllOffSync();
      if (proc.listenerCount(signal) === 1) {
        this.removeHandlers?.();
        proc.kill(proc.pid, signal);
      }
    };
    proc.on('exit', onExit);
    for (const s of SAFE_SIGNALS) proc.on(s, onSignal);
    this.removeHandlers = () => {
      proc.off('exit', onExit);
      for (const s of SAFE_SIGNALS) proc.off(s, onSignal);
    };
  }
}
