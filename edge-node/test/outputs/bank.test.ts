import { expect } from 'chai';
import { EventEmitter } from 'node:events';
import sinon from 'sinon';
import { OutputBank } from '../../src/outputs/bank.js';
import { EmulatedOutputTransport } from '../../src/outputs/emulated.js';

const specs = new Map([
  ['ferm1_heater', { chip: 'gpiochip0', line: 17, activeLow: true }],
  ['ferm1_cooler', { chip: 'gpiochip0', line: 27, activeLow: false }],
]);

describe('OutputBank', () => {
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  it('opens every output inactive: an active-low line is driven high', async () => {
    const t = new EmulatedOutputTransport(() => 0);
    const bank = new OutputBank(t);
    await bank.open(specs);
    expect(t.pin('gpiochip0:17')).to.deep.equal({ active: false, level: 1 });
    expect(t.pin('gpiochip0:27')).to.deep.equal({ active: false, level: 0 });
    await bank.get('ferm1_heater')?.set(true);
    expect(t.pin('gpiochip0:17')).to.deep.equal({ active: true, level: 0 });
    expect(bank.states()).to.deep.equal({ ferm1_heater: true, ferm1_cooler: false });
  });

  it('drives everything off and releases the lines on close', async () => {
    const t = new EmulatedOutputTransport(() => 0);
    const bank = new OutputBank(t);
    await bank.open(specs);
    await bank.get('ferm1_cooler')?.set(true);
    await bank.close();
    expect(t.events.at(-1)).to.include({ label: 'gpiochip0:27', active: false });
    expect(t.pin('gpiochip0:27')).to.equal(undefined);
  });

  it('releases what it opened when a later output fails to open', async () => {
    const t = new EmulatedOutputTransport(() => 0);
    const bank = new OutputBank(t);
    const dup = new Map([
      ...specs,
      ['ferm2_heater', { chip: 'gpiochip0', line: 17, activeLow: false }],
    ]);
    const err = await bank.open(dup).catch((e: unknown) => e);
    expect(err).to.have.property('code', 'line_busy');
    expect(t.pin('gpiochip0:17')).to.equal(undefined);
  });

  it('turns everything off on SIGTERM and re-raises it when nobody else handles it', async () => {
    const t = new EmulatedOutputTransport(() => 0);
    const bank = new OutputBank(t);
    await bank.open(specs);
    await bank.get('ferm1_heater')?.set(true);
    const proc = Object.assign(new EventEmitter(), {
      pid: 4242,
      kill: sandbox.stub(),
    }) as unknown as NodeJS.Process;
    bank.installExitHandlers(proc);
    proc.emit('SIGTERM', 'SIGTERM');
    expect(t.pin('gpiochip0:17')?.active).to.equal(false);
    expect((proc.kill as sinon.SinonStub).calledOnceWith(4242, 'SIGTERM')).to.equal(true);
    expect(proc.listenerCount('SIGTERM')).to.equal(0);
  });

  it('leaves termination to the CLI when it has its own signal handler, and turns off on exit', async () => {
    const t = new EmulatedOutputTransport(() => 0);
    const bank = new OutputBank(t);
    await bank.open(specs);
    const proc = Object.assign(new EventEmitter(), {
      pid: 4242,
      kill: sandbox.stub(),
    }) as unknown as NodeJS.Process;
    proc.on('SIGINT', () => undefined);
    bank.installExitHandlers(proc);
    await bank.get('ferm1_cooler')?.set(true);
    proc.emit('SIGINT', 'SIGINT');
    expect(t.pin('gpiochip0:27')?.active).to.equal(false);
    expect((proc.kill as sinon.SinonStub).called).to.equal(false);
    await bank.get('ferm1_cooler')?.set(true);
    proc.emit('exit', 0);
    expect(t.pin('gpiochip0:27')?.active).to.equal(false);
  });
});
