import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import sinon from 'sinon';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../src/http/server.js';
import { loggablePath } from '../../src/http/problem.js';
import { ADMIN, PIT, readings, startTestHub, type TestHub } from '../helpers.js';
import { rawRequest } from './raw.js';

/** "Another machine" to the hub: any loopback address but 127.0.0.1. */
const LAN = '127.0.0.2';

const forged = (i: number) =>
  `bpd_00000000-0000-4000-8000-${String(i).padStart(12, '0')}_${'x'.repeat(32)}`;

describe('HTTP hardening', () => {
  let t: TestHub;
  const sandbox = sinon.createSandbox();
  afterEach(async () => {
    sandbox.restore();
    await t?.stop();
  });

  describe('bodies are read only after authentication, within each route limit', () => {
    beforeEach(async () => {
      t = await startTestHub();
    });

    it('answers an unknown route, a missing token and a wrong token without parsing the body', async () => {
      const parse = sandbox.spy(JSON, 'parse');
      const junk = '{"not json';
      const calls: { path: string; headers: Record<string, string>; want: number }[] = [
        { path: '/nope', headers: {}, want: 404 },
        { path: '/ingest', headers: {}, want: 401 },
        { path: '/ingest', headers: { authorization: `Bearer ${forged(1)}` }, want: 401 },
        { path: '/sessions', headers: {}, want: 401 },
        { path: '/sessions', headers: { authorization: 'Bearer wrong-token' }, want: 403 },
      ];
      for (const c of calls) {
        const res = await rawRequest(t.url, {
          method: 'POST',
          path: c.path,
          headers: c.headers,
          body: junk,
        });
        expect(res.status, c.path).to.equal(c.want);
        expect(res.headers['content-type']).to.match(/^application\/problem\+json/);
      }
      expect(parse.args.filter(([s]) => s === junk)).to.deep.equal([]);
      // With the right token the same body is parsed, and refused as malformed.
      const ok = await rawRequest(t.url, {
        method: 'POST',
        path: '/sessions',
        headers: { authorization: `Bearer ${ADMIN}` },
        body: junk,
      });
      expect(ok.status).to.equal(400);
    });

    it('refuses more than 64 KB on admin routes and takes megabytes on ingest', async () => {
      const big = JSON.stringify({
        kind: 'cook',
        name: 'x',
        channels: [],
        notes: 'n'.repeat(70_000),
      });
      const res = await t.call('POST', '/sessions', big);
      expect(res.status).to.equal(413);
      const device = await t.pairDevice();
      const batch = { boot_id: 'b', channels: [PIT], readings: readings(1, 4000) };
      expect(JSON.stringify(batch).length).to.be.greaterThan(200_000);
      const ingest = await t.call('POST', '/ingest', batch, device.token);
      expect(ingest.status).to.equal(200);
    });

    it('stops a gzip bomb at the route limit (counted after inflating)', async () => {
      const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
      expect(bomb.length).to.be.lessThan(10_000);
      const res = await rawRequest(t.url, {
        method: 'POST',
        path: '/sessions',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-encoding': 'gzip' },
        body: bomb,
      });
      expect(res.status).to.equal(413);
    });
  });

  describe('failed authentication', () => {
    beforeEach(async () => {
      t = await startTestHub();
    });

    it('gives an address 20 failed token checks at once, then 429 without checking, even concurrently', async () => {
      const check = sandbox.spy(t.hub.ctx.store.devices, 'authenticate');
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          rawRequest(t.url, {
            method: 'POST',
            path: '/ingest',
            headers: { authorization: `Bearer ${forged(i)}` },
            body: '{}',
            from: LAN,
          }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401)).to.have.length(20);
      expect(statuses.filter((s) => s === 429)).to.have.length(40);
      expect(check.callCount).to.equal(20);
      const limited = answers.find((a) => a.status === 429)!;
      expect(limited.headers['retry-after']).to.match(/^\d+$/);
      expect(limited.headers['content-type']).to.match(/^application\/problem\+json/);
    });

    it('gives the budget back for right tokens, and never limits this machine', async () => {
      const device = await t.pairDevice();
      for (let i = 0; i < 30; i++) {
        const res = await rawRequest(t.url, {
          method: 'POST',
          path: '/ingest',
          headers: { authorization: `Bearer ${device.token}` },
          body: JSON.stringify({ boot_id: 'b', channels: [PIT], readings: readings(i + 1, 1) }),
          from: LAN,
        });
        expect(res.status).to.equal(200);
      }
      for (let i = 0; i < 30; i++) {
        const res = await t.call('GET', '/devices', undefined, 'wrong-admin-token');
        expect(res.status).to.equal(403);
      }
    });

    it('checks a refused token once, then answers it from memory', async () => {
      const check = sandbox.spy(t.hub.ctx.store.devices, 'authenticate');
      for (let i = 0; i < 5; i++) {
        const res = await t.call('POST', '/ingest', {}, forged(7));
        expect(res.status).to.equal(401);
      }
      expect(check.callCount).to.equal(1);
    });

    it('holds the pairing limit under concurrent guesses: at most 10 checked', async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          rawRequest(t.url, {
            method: 'POST',
            path: '/pair',
            body: JSON.stringify({ code: 'ZZZ-ZZZ', name: 'guess' }),
          }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 403)).to.have.length(10);
      expect(statuses.filter((s) => s === 429)).to.have.length(20);
    });
  });

  describe('what trusts this machine checks the Host header', () => {
    it('loopback_reads: reads without a token only when addressed as localhost', async () => {
      t = await startTestHub({ BREWPIT_LOOPBACK_READS: '1' });
      const port = new URL(t.url).port;
      const asLocal = await rawRequest(t.url, {
        path: '/devices',
        headers: { host: `localhost:${port}` },
      });
      expect(asLocal.status).to.equal(200);
      // A web page that resolved its own name to 127.0.0.1 (DNS rebinding).
      const rebound = await rawRequest(t.url, {
        path: '/devices',
        headers: { host: `evil.example:${port}` },
      });
      expect(rebound.status).to.equal(401);
      const fromLan = await rawRequest(t.url, { path: '/devices', from: LAN });
      expect(fromLan.status).to.equal(401);
    });

    it('backup hooks: the backup secret or admin token, from this machine, addressed as localhost', async () => {
      const secret = 'backup-secret-0123456789abcdef';
      t = await startTestHub({ BREWPIT_BACKUP_SECRET: secret });
      const port = new URL(t.url).port;
      const hook = (headers: Record<string, string>, from?: string) =>
        rawRequest(t.url, { method: 'POST', path: '/backup/post', headers, from }).then(
          (r) => r.status,
        );
      const local = { host: `127.0.0.1:${port}` };
      expect(await hook(local)).to.equal(401);
      expect(await hook({ ...local, authorization: 'Bearer not-the-secret' })).to.equal(403);
      expect(await hook({ ...local, authorization: `Bearer ${secret}` })).to.equal(200);
      expect(await hook({ ...local, authorization: `Bearer ${ADMIN}` })).to.equal(200);
      expect(
        await hook({ host: `rebound.example:${port}`, authorization: `Bearer ${secret}` }),
      ).to.equal(403);
      expect(await hook({ ...local, authorization: `Bearer ${secret}` }, LAN)).to.equal(403);
    });
  });

  describe('/metrics', () => {
    it('needs the admin or the metrics token, and names no device', async () => {
      const metricsToken = 'prometheus-scrape-token-42';
      t = await startTestHub({ BREWPIT_METRICS_TOKEN: metricsToken });
      const device = await t.pairDevice('Grandma’s secret smoker');
      await t.call(
        'POST',
        '/ingest',
        { boot_id: 'b', channels: [PIT], readings: readings(1, 3) },
        device.token,
      );
      expect((await t.call('GET', '/metrics', undefined, null)).status).to.equal(401);
      expect((await t.call('GET', '/metrics', undefined, device.token)).status).to.equal(403);
      for (const token of [ADMIN, metricsToken]) {
        const res = await t.call('GET', '/metrics', undefined, token);
        expect(res.status).to.equal(200);
        expect(res.body).to.include(`brewpit_device_ack_seq{device="${device.device_id}"} 3`);
        expect(res.body).to.not.include('smoker');
      }
      // The metrics token opens nothing else.
      expect((await t.call('GET', '/devices', undefined, metricsToken)).status).to.equal(403);
    });
  });

  describe('servers', () => {
    it('times out slow headers and slow requests', async () => {
      t = await startTestHub();
      const servers = (t.hub as unknown as { servers: import('node:http').Server[] }).servers;
      expect(servers).to.have.length(1);
      expect(servers[0]!.headersTimeout).to.equal(HEADERS_TIMEOUT_MS);
      expect(servers[0]!.requestTimeout).to.equal(REQUEST_TIMEOUT_MS);
      expect(servers[0]!.maxConnections).to.be.greaterThan(0);
    });
  });

  describe('the 500 log', () => {
    it('never carries a token from the path or the query', () => {
      const req = (originalUrl: string, route?: string) =>
        ({ originalUrl, route: route ? { path: route } : undefined }) as never;
      expect(
        loggablePath(req('/api/v1/compat/tilt/bpg_abc_def?x=1', '/compat/tilt/:token')),
      ).to.equal('/api/v1/compat/tilt/:token');
      expect(loggablePath(req('/api/v1/compat/tilt/secretvalue'))).to.equal(
        '/api/v1/compat/tilt/<token>',
      );
      expect(loggablePath(req('/api/v1/x/bpd_1234_abcd/y?token=bpg_z'))).to.equal(
        '/api/v1/x/<token>/y',
      );
    });
  });
});
