import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import {
  OutputError,
  outputLabel,
  type OutputPin,
  type OutputSpec,
  type OutputTransport,
} from './types.js';

/**
 * Relay outputs through the Linux GPIO character device, using `gpioset` from libgpiod (the
 * kernel GPIO maintainers' own tools; Debian and Raspberry Pi OS package `gpiod`).
 *
 * Why the command-line tool and not an npm binding: `node-libgpiod` builds a native addon
 * against libgpiod 1.x only (Raspberry Pi OS trixie ships 2.x) and needs a compiler and
 * headers on the Pi; `onoff` and `rpio` use the sysfs interface or /dev/gpiomem, deprecated
 * and broken on the Pi 5 numbering. A relay changes state at most every few minutes
 * (compressor protection), so one short process spawn per change costs nothing.
 *
 * A line keeps its value only while a process holds it ("the line output state is
 * maintained until the process exits, but after that is not guaranteed", gpioset(1)), so each
 * active line is held by a long-running `gpioset`. It runs under a small shell watchdog that
 * kills it when our stdin pipe closes: if the edge dies (even kill -9) its pipes close, the
 * holder exits and the line is released rather than left energising a heater.
 */

/** Milliseconds a new holder gets to fail (busy line, bad chip) before we call it running. */
const SETTLE_MS = 150;
/** Tries of the synchronous set-and-exit at shutdown while the old holder releases the line. */
const SYNC_TRIES = 20;

/**
 * `$0` is gpioset. The shell prints its pid, then a watchdog kills it when our pipe reaches
 * EOF. Stdin goes through fd 3 because a non-interactive shell points the stdin of background
 * jobs at /dev/null.
 */
const HOLDER_SCRIPT =
  'exec 3<&0; "$0" "$@" & p=$!; echo "$p"; { cat <&3 >/dev/null; kill "$p" 2>/dev/null; } & exec 3<&-; wait "$p"';

/** Options of the `gpiod` output transport. */
export interface GpiodOptions {
  /** The `gpioset` executable; a path or a name on `PATH`. */
  gpioset?: string;
  /** Consumer name shown by `gpioinfo` (libgpiod 2 only). */
  consumer?: string;
  log?: Logger;
}

type Major = 1 | 2;

/** Parses `gpioset (libgpiod) v1.6.3` or `gpioset v2.1` into the major version. */
export function parseGpiosetVersion(text: string): Major | undefined {
  const m = /v(\d+)\.\d+/.exec(text);
  if (!m) return undefined;
  return m[1] === '1' ? 1 : Number(m[1]) >= 2 ? 2 : undefined;
}

/** Arguments for `gpioset`: `hold` keeps the line until killed, otherwise set and exit. */
export function gpiosetArgs(
  major: Major,
  spec: OutputSpec,
  active: boolean,
  hold: boolean,
  consumer: string,
): string[] {
  // With --active-low gpioset inverts for us, so we always pass the logical state.
  const value = `${spec.line}=${active ? 1 : 0}`;
  const low = spec.activeLow ? ['--active-low'] : [];
  if (major === 1) return [...(hold ? ['--mode=signal'] : []), ...low, spec.chip, value];
  return [
    ...(hold ? [] : ['--toggle', '0']),
    '--consumer',
    consumer,
    ...low,
    '--chip',
    spec.chip,
    value,
  ];
}

class GpiosetPin implements OutputPin {
  readonly label: string;
  active = false;
  private holder: ChildProcess | undefined;
  private holderPid: number | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly spec: OutputSpec,
    private readonly t: GpiodOutputTransport,
    private readonly major: Major,
  ) {
    this.label = outputLabel(spec);
  }

  /** Changes are serialised: a second `set` waits for the first holder swap to finish. */
  set(active: boolean): Promise<void> {
    const next = this.chain.then(() => this.apply(active));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async apply(active: boolean): Promise<void> {
    if (active === this.active && (this.holder || !active)) return;
    await this.stopHolder();
    this.active = false;
    if (!active) {
      await this.t.run(this.args(false, false), this.label);
      return;
    }
    this.holder = await this.startHolder();
    this.active = true;
  }

  private args(active: boolean, hold: boolean): string[] {
    return gpiosetArgs(this.major, this.spec, active, hold, this.t.consumer);
  }

  private startHolder(): Promise<ChildProcess> {
    const child = spawn('sh', ['-c', HOLDER_SCRIPT, this.t.bin, ...this.args(true, true)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.once(
      'data',
      (d: Buffer) => (this.holderPid = Number.parseInt(d.toString(), 10) || undefined),
    );
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('exit', onEarlyExit);
        child.once('exit', (code) => this.onHolderExit(child, code, stderr));
        resolve(child);
      }, SETTLE_MS);
      const onEarlyExit = (code: number | null): void => {
        clearTimeout(timer);
        reject(
          new OutputError(
            'gpio_error',
            `Failed to drive '${this.label}' active: ${stderr.trim() || `gpioset exited ${code}`}`,
          ),
        );
      };
      child.once('exit', onEarlyExit);
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(
          new OutputError('gpioset_missing', `Failed to drive '${this.label}': ${err.message}`),
        );
      });
    });
  }

  private onHolderExit(child: ChildProcess, code: number | null, stderr: string): void {
    if (this.holder !== child) return; // we stopped it ourselves
    child.stdin?.end(); // lets the watchdog go
    this.holder = undefined;
    this.active = false;
    this.t.log.error(
      `Output '${this.label}' released unexpectedly: ${stderr.trim() || `gpioset exited ${code}`}`,
    );
  }

  private async stopHolder(): Promise<void> {
    const child = this.holder;
    if (!child) return;
    this.holder = undefined;
    this.holderPid = undefined;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end(); // the watchdog kills gpioset, the line is released
    await exited;
  }

  forceInactiveSync(): void {
    if (this.holderPid) {
      try {
        process.kill(this.holderPid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.holder?.stdin?.destroy();
    this.holder = undefined;
    this.active = false;
    for (let i = 0; i < SYNC_TRIES; i++) {
      // The killed holder releases the line within milliseconds; until then the line is busy.
      const r = spawnSync(this.t.bin, this.args(false, false), { stdio: 'ignore', timeout: 1000 });
      if (r.status === 0) return;
      spawnSync('sleep', ['0.02']);
    }
    this.t.log.error(`Failed to drive '${this.label}' inactive at exit`);
  }

  async close(): Promise<void> {
    await this.set(false);
  }
}

/** Output transport over `gpioset` (libgpiod 1.x or 2.x, detected from `--version`). */
export class GpiodOutputTransport implements OutputTransport {
  readonly name = 'gpiod';
  readonly bin: string;
  readonly consumer: string;
  readonly log: Logger;
  private major: Promise<Major> | undefined;

  constructor(o: GpiodOptions = {}) {
    this.bin = o.gpioset ?? 'gpioset';
    this.consumer = o.consumer ?? 'brewpit';
    this.log = o.log ?? silentLogger();
  }

  async open(spec: OutputSpec): Promise<OutputPin> {
    this.major ??= this.detect();
    const pin = new GpiosetPin(spec, this, await this.major);
    // Drive inactive at once: also proves the chip and line exist and are free.
    await this.run(gpiosetArgs(await this.major, spec, false, false, this.consumer), pin.label);
    return pin;
  }

  private async detect(): Promise<Major> {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(this.bin, ['--version'], { timeout: 5000 }, (err, stdout, stderr) =>
        err ? reject(err) : resolve(`${stdout}${stderr}`),
      ),
    ).catch((err: unknown) => {
      throw new OutputError(
        'gpioset_missing',
        `Failed to run '${this.bin} --version' (install Debian's 'gpiod' package): ${errorMessage(err)}`,
      );
    });
    const major = parseGpiosetVersion(out);
    if (!major)
      throw new OutputError(
        'gpioset_version',
        `Unknown gpioset version: ${out.trim().split('\n')[0]}`,
      );
    return major;
  }

  /** Runs a set-and-exit `gpioset`, rejecting with its stderr. */
  run(args: string[], label: string): Promise<void> {
    return new Promise((resolve, reject) =>
      execFile(this.bin, args, { timeout: 5000 }, (err, _out, stderr) =>
        err
          ? reject(
              new OutputError(
                'gpio_error',
                `Failed to drive '${label}' inactive: ${stderr.trim() || err.message}`,
              ),
            )
          : resolve(),
      ),
    );
  }
}
