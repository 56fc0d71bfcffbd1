import { expect } from 'chai';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { EventBus } from '../src/bus.js';
import type { HubContext } from '../src/context.js';
import { SupervisorDiscovery } from '../src/supervisor.js';

/** A loopback stand-in for the Supervisor's discovery endpoint: the edge of the system. */
async function fakeSupervisor(
  status: number[],
): Promise<{ url: string; seen: { auth?: string; body: any }[]; server: Server }> {
  const seen: { auth?: string; body: any }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      seen.push({ auth: req.headers.authorization, body: JSON.parse(data) });
      const code = status.shift() ?? 200;
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          code === 200 ? { result: 'ok', data: { uuid: 'abc123' } } : { result: 'error' },
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

describe('SupervisorDiscovery', () => {
  const log = pino({ level: 'silent' });
  const ctx = {
    settings: { port: 8488 },
    adminToken: 'admin-token-xyz',
    log,
    bus: new EventBus(log),
  } as unknown as HubContext;

  it('announces the hub with its address and admin token', async () => {
    const sup = await fakeSupervisor([]);
    const m = new SupervisorDiscovery(ctx, {
      SUPERVISOR_TOKEN: 'sup',
      SUPERVISOR_URL: sup.url,
      BREWPIT_DISCOVERY_HOST: 'local-brewpit',
    });
    await m.start();
    await m.stop();
    sup.server.close();
    expect(sup.seen).to.deep.equal([
      {
        auth: 'Bearer sup',
        body: {
          service: 'brewpit',
          config: { host: 'local-brewpit', port: 8488, admin_token: 'admin-token-xyz' },
        },
      },
    ]);
    expect(m.uuid).to.equal('abc123');
  });

  it('retries until the Supervisor accepts', async () => {
    const sup = await fakeSupervisor([503]);
    const m = new SupervisorDiscovery(ctx, { SUPERVISOR_TOKEN: 'sup', SUPERVISOR_URL: sup.url });
    await m.start();
    expect(m.uuid).to.equal(null);
    await new Promise((r) => setTimeout(r, 1300));
    await m.stop();
    sup.server.close();
    expect(sup.seen).to.have.length(2);
    expect(m.uuid).to.equal('abc123');
  });

  it('does nothing outside an add-on', async () => {
    const m = new SupervisorDiscovery(ctx, {});
    await m.start();
    await m.stop();
    expect(m.uuid).to.equal(null);
  });
});
