import { expect } from 'chai';
import sinon from 'sinon';
import { silentLogger } from '../../src/log.js';
import { NodeEventBus } from '../../src/node/events.js';

describe('NodeEventBus', () => {
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  it('logs a failing handler and still calls the others', async () => {
    const log = silentLogger();
    const error = sandbox.spy(log, 'error');
    const bus = new NodeEventBus(log);
    const seen: string[] = [];
    bus.on('recorded', () => {
      throw new Error('sync failure');
    });
    bus.on('recorded', () => Promise.reject(new Error('async failure')));
    bus.on('recorded', ({ count }) => void seen.push(`third ${count}`));
    bus.emit('recorded', { count: 3 });
    await new Promise((r) => setImmediate(r));
    expect(seen).to.deep.equal(['third 3']);
    expect(error.callCount).to.equal(2);
    expect(String(error.secondCall.args[1])).to.match(/async failure/);
  });

  it('awaits each handler in subscription order with emitSerial', async () => {
    const bus = new NodeEventBus(silentLogger());
    const order: string[] = [];
    bus.on('controlChanged', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('slow first');
    });
    bus.on('controlChanged', () => void order.push('second'));
    await bus.emitSerial('controlChanged', { reason: 'test' });
    expect(order).to.deep.equal(['slow first', 'second']);
  });

  it('stops calling a handler once unsubscribed', () => {
    const bus = new NodeEventBus(silentLogger());
    let calls = 0;
    const off = bus.on('recorded', () => void calls++);
    bus.emit('recorded', { count: 1 });
    off();
    bus.emit('recorded', { count: 1 });
    expect(calls).to.equal(1);
  });
});
