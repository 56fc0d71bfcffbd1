import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GpiodOutputTransport, gpiosetArgs, parseGpiosetVersion } from '../../src/outputs/gpiod.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FAKE = path.join(here, 'fake-gpioset.sh');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; !cond();) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('GpiodOutputTransport (against a fake gpioset)', () => {
  let log: string;
  const lines = (): string[] => readFileSync(log, 'utf8').trim().split('\n');
  const holder = (): number =>
    Number(
      lines()
        .filter((l) => l.startsWith('hold '))
        .at(-1)
        ?.split(' ')[1],
    );

  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-gpio-'));
    dirs.push(dir);
    log = path.join(dir, 'calls.log');
    writeFileSync(log, '');
    process.env['FAKE_GPIOSET_LOG'] = log;
    process.env['FAKE_GPIOSET_VERSION'] = '2.1';
  });

  it('builds libgpiod 1.x and 2.x command lines', () => {
    const spec = { chip: 'gpiochip0', line: 17, activeLow: true };
    expect(parseGpiosetVersion('gpioset (libgpiod) v1.6.3')).to.equal(1);
    expect(parseGpiosetVersion('gpioset v2.1.3')).to.equal(2);
    expect(gpiosetArgs(1, spec, true, true, 'b')).to.deep.equal([
      '--mode=signal',
      '--active-low',
      'gpiochip0',
      '17=1',
    ]);
    expect(gpiosetArgs(1, spec, false, false, 'b')).to.deep.equal([
      '--active-low',
      'gpiochip0',
      '17=0',
    ]);
    expect(gpiosetArgs(2, spec, false, false, 'b')).to.deep.equal([
      '--toggle',
      '0',
      '--consumer',
      'b',
      '--active-low',
      '--chip',
      'gpiochip0',
      '17=0',
    ]);
  });

  it('opens inactive, holds the line while active, releases it when switched off', async () => {
    const t = new GpiodOutputTransport({ gpioset: FAKE });
    const pin = await t.open({ chip: 'gpiochip0', line: 17, activeLow: true });
    expect(lines()).to.deep.equal([
      'set --toggle 0 --consumer brewpit --active-low --chip gpiochip0 17=0',
    ]);
    await pin.set(true);
    expect(pin.active).to.equal(true);
    const pid = holder();
    expect(alive(pid)).to.equal(true);
    expect(lines().at(-1)).to.equal(
      `hold ${pid} --consumer brewpit --active-low --chip gpiochip0 17=1`,
    );
    await pin.set(false);
    await until(() => !alive(pid));
    expect(lines().slice(-2)).to.deep.equal([
      `exit ${pid}`,
      'set --toggle 0 --consumer brewpit --active-low --chip gpiochip0 17=0',
    ]);
  });

  it("rejects with gpioset's own words when the line is busy", async () => {
    const t = new GpiodOutputTransport({ gpioset: FAKE });
    const err = await t
      .open({ chip: 'gpiochip0', line: 99, activeLow: false })
      .catch((e: unknown) => e);
    expect(err).to.have.property('code', 'gpio_error');
    expect((err as Error).message).to.match(/gpiochip0:99.*Device or resource busy/);
  });

  it('says what to install when gpioset is missing', async () => {
    const t = new GpiodOutputTransport({ gpioset: '/nonexistent/gpioset' });
    const err = await t
      .open({ chip: 'gpiochip0', line: 17, activeLow: false })
      .catch((e: unknown) => e);
    expect(err).to.have.property('code', 'gpioset_missing');
    expect((err as Error).message).to.match(/install Debian's 'gpiod' package/);
  });

  it('forces the line inactive synchronously (exit path)', async () => {
    const t = new GpiodOutputTransport({ gpioset: FAKE });
    const pin = await t.open({ chip: 'gpiochip0', line: 17, activeLow: false });
    await pin.set(true);
    const pid = holder();
    pin.forceInactiveSync();
    expect(alive(pid)).to.equal(false);
    expect(lines().at(-1)).to.equal('set --toggle 0 --consumer brewpit --chip gpiochip0 17=0');
  });

  it('releases the line when the edge process is killed with SIGKILL', async function () {
    this.timeout(15_000);
    const script = path.join(path.dirname(log), 'child.mts');
    writeFileSync(
      script,
      `import { GpiodOutputTransport } from ${JSON.stringify(path.resolve(here, '../../src/outputs/gpiod.ts'))};
       const pin = await new GpiodOutputTransport({ gpioset: ${JSON.stringify(FAKE)} }).open({ chip: 'gpiochip0', line: 17, activeLow: false });
       await pin.set(true);
       console.log('ready');
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    const pid = holder();
    expect(alive(pid)).to.equal(true);
    child.kill('SIGKILL');
    await until(() => !alive(pid), 5000);
    expect(lines()).to.include(`exit ${pid}`);
  });
});
