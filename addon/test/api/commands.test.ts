import { expect } from 'chai';
import sinon from 'sinon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { HubEvents } from '../../src/bus.js';
import { createContext } from '../../src/context.js';
import { Refused } from '../../src/errors.js';
import { CommandQueueModule } from '../../src/jobs/commands.js';
import { loadSettings } from '../../src/settings.js';
import { COMMAND_RETRY, backoffMs } from '../../src/store/commands.js';
import { Store } from '../../src/store/index.js';
import { startTestHub, type TestHub } from '../helpers.js';

const NOW = Date.UTC(2025, 10, 22, 12, 0, 0);

describe('command queue over HTTP', () => {
  const sandbox = sinon.createSandbox();
  let clock: sinon.SinonFakeTimers;
  let t: TestHub;
  let device: { device_id: string; token: string };
  let changes: HubEvents['commandChanged'][];

  beforeEach(async () => {
    // Only Date is faked: the HTTP stack keeps its real timers, the queue sees the clock we move.
    clock = sandbox.useFakeTimers({ now: NOW, toFake: ['Date'] });
    t = await startTestHub();
    device = await t.pairDevice();
    changes = [];
    t.hub.ctx.bus.on('commandChanged', (e) => void changes.push(e));
  });
  afterEach(async () => {
    await t.stop();
    sandbox.restore();
  });

  const ingest = async (extra: Record<string, unknown> = {}) => {
    const res = await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', readings: [], ...extra },
      device.token,
    );
    expect(res.status).to.equal(200);
    return res.body.commands as { id: string; type: string; params: unknown }[];
  };
  const enqueue = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', `/devices/${device.device_id}/commands`, body);
    expect(res.status).to.equal(201);
    return res.body as { id: string; status: string };
  };
  const status = async (id: string) =>
    (
      (await t.call('GET', `/devices/${device.device_id}/commands`)).body as {
        id: string;
        status: string;
        attempts: number;
      }[]
    ).find((c) => c.id === id)!;

  it('delivers a queued command in the next ingest answer and resends it with exponential backoff until acked', async () => {
    const cmd = await enqueue({ type: 'set_target', params: { channel: 'meat1', target: 95 } });
    expect(cmd.status).to.equal('queued');
    expect(await ingest()).to.deep.equal([
      {
        id: cmd.id,
        type: 'set_target',
        params: { channel: 'meat1', target: 95 },
        created_at: NOW,
        expires_at: NOW + 3_600_000,
      },
    ]);
    expect(await status(cmd.id)).to.include({ status: 'delivered', attempts: 1 });
    expect(await ingest()).to.deep.equal([]); // not due yet
    clock.tick(backoffMs(1) - 1);
    expect(await ingest()).to.deep.equal([]);
    clock.tick(1);
    expect((await ingest()).map((c) => c.id)).to.deep.equal([cmd.id]);
    expect(await status(cmd.id)).to.include({ attempts: 2 });
    clock.tick(backoffMs(2) - 1);
    expect(await ingest()).to.deep.equal([]);
    clock.tick(1);
    expect(await ingest()).to.have.length(1);

    const ack = await t.call(
      'POST',
      `/devices/${device.device_id}/commands/${cmd.id}/ack`,
      { ok: true, result: { applied: 95 } },
      device.token,
    );
    expect(ack.status).to.equal(200);
    expect(ack.body).to.include({ status: 'acked', next_attempt_at: null });
    expect(ack.body.result).to.deep.equal({ ok: true, result: { applied: 95 } });
    clock.tick(COMMAND_RETRY.maxMs);
    expect(await ingest()).to.deep.equal([]);
    expect(changes.map((c) => [c.previous, c.command.status])).to.deep.equal([
      [null, 'queued'],
      ['queued', 'delivered'],
      ['delivered', 'acked'],
    ]);
  });

  it('takes results in the batch: ok=false marks the command failed with the message', async () => {
    const cmd = await enqueue({ type: 'identify' });
    await ingest();
    expect(
      await ingest({
        command_results: [{ id: cmd.id, ok: false, message: 'no LED on this node' }],
      }),
    ).to.deep.equal([]);
    const rec = await status(cmd.id);
    expect(rec).to.include({ status: 'failed' });
    expect((rec as unknown as { result: unknown }).result).to.deep.equal({
      ok: false,
      message: 'no LED on this node',
    });
  });

  it('expires a command never delivered and dead-letters one delivered but never acked', async () => {
    const never = await enqueue({ type: 'identify', ttl_s: 60 });
    clock.tick(61_000);
    t.hub.ctx.services.commands.sweep();
    expect(await status(never.id)).to.include({ status: 'expired' });

    const unanswered = await enqueue({ type: 'set_mode', params: { mode: 'hold' }, ttl_s: 120 });
    await ingest();
    clock.tick(121_000);
    expect(await ingest()).to.deep.equal([]); // closed on delivery, before the sweep got to it
    expect(await status(unanswered.id)).to.include({ status: 'dead', attempts: 1 });
    expect(
      changes.filter((c) => c.command.status === 'expired' || c.command.status === 'dead'),
    ).to.have.length(2);

    // A late answer still says what really happened.
    const late = await t.call(
      'POST',
      `/devices/${device.device_id}/commands/${unanswered.id}/ack`,
      { ok: true },
      device.token,
    );
    expect(late.body.status).to.equal('acked');
  });

  it('dead-letters a command after the attempt limit even before its deadline', async () => {
    const cmd = await enqueue({ type: 'identify', ttl_s: 7 * 86_400 });
    for (let i = 1; i <= COMMAND_RETRY.maxAttempts; i++) {
      expect(await ingest(), `attempt ${i}`).to.have.length(1);
      clock.tick(backoffMs(i));
    }
    expect(await ingest()).to.deep.equal([]);
    expect(await status(cmd.id)).to.include({
      status: 'dead',
      attempts: COMMAND_RETRY.maxAttempts,
    });
  });

  it("answers an ack for an unknown command 404, a malformed id 400, another device's 403", async () => {
    const cmd = await enqueue({ type: 'identify' });
    const other = await t.pairDevice('fermenter-pi');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (
        await t.call(
          'POST',
          `/devices/${device.device_id}/commands/${unknown}/ack`,
          { ok: true },
          device.token,
        )
      ).status,
    ).to.equal(404);
    const bad = await t.call(
      'POST',
      `/devices/${device.device_id}/commands/not-a-uuid/ack`,
      { ok: true },
      device.token,
    );
    expect(bad.status).to.equal(400);
    expect(bad.body.errors[0].path).to.equal('/path/cid');
    expect(
      (
        await t.call(
          'POST',
          `/devices/${device.device_id}/commands/${cmd.id}/ack`,
          { ok: true },
          other.token,
        )
      ).status,
    ).to.equal(403);
    // a result sent in another device's batch does not touch this device's command
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', readings: [], command_results: [{ id: cmd.id, ok: true }] },
      other.token,
    );
    expect(await status(cmd.id)).to.include({ status: 'queued' });
  });

  it('lets other modules queue commands through the commands service', async () => {
    const { commands } = t.hub.ctx.services;
    const rec = commands.enqueue(
      device.device_id,
      'set_target',
      { channel: 'pit', target: 107 },
      'home_assistant',
    );
    expect(rec).to.include({ status: 'queued', type: 'set_target' });
    expect(() =>
      commands.enqueue('00000000-0000-4000-8000-000000000000', 'identify', {}, 'admin'),
    ).to.throw(Refused, /No device/);
    expect((await ingest()).map((c) => c.id)).to.deep.equal([rec.id]);
    expect(changes.map((c) => [c.previous, c.command.status])).to.deep.equal([
      [null, 'queued'],
      ['queued', 'delivered'],
    ]);
  });
});

describe('CommandQueueModule', () => {
  const sandbox = sinon.createSandbox();
  let dir: string;
  let store: Store;
  afterEach(() => {
    sandbox.restore();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sweeps overdue commands on its schedule and reports them on the bus', async () => {
    const clock = sandbox.useFakeTimers({
      now: NOW,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-cmd-'));
    store = Store.open(path.join(dir, 'brewpit.db'));
    const log = pino({ level: 'silent' });
    const settings = loadSettings({
      BREWPIT_DATA_DIR: dir,
      BREWPIT_OPTIONS_FILE: path.join(dir, 'none.json'),
    });
    const ctx = createContext({ settings, store, log, adminToken: 'x'.repeat(16), startedAt: NOW });
    const module = new CommandQueueModule(ctx);
    const seen: string[] = [];
    ctx.bus.on('commandChanged', (e) => void seen.push(e.command.status));
    await module.start();
    const { device_id } = store.devices.create('pi');
    ctx.services.commands.enqueue(device_id, 'identify', {}, 'admin', { ttlMs: 45_000 });
    await clock.tickAsync(90_000);
    await module.stop();
    expect(seen).to.deep.equal(['queued', 'expired']);
  });
});
