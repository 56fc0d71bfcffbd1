import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_CLOCK_SKEW_MS } from '@brewpit/protocol';
import { IngestRejected, Store, StoreRejected } from '../../src/store/index.js';
import { DEFAULT_SEQ_GAP_LIMIT } from '../../src/store/seq.js';
import { coldStorageContract } from './cold-contract.js';

/** Opens an empty store of one engine; `close` releases it and whatever it left behind. */
export type EngineFactory = () => { store: Store; close(): void };

const T0 = Date.UTC(2025, 10, 22, 8, 0, 0);
const PIT = { key: 'pit', kind: 'temperature' as const, unit: '°C', name: 'Pit' };
const MEAT = { key: 'meat1', kind: 'temperature' as const, unit: '°C', name: 'Meat' };

/**
 * The store contract (`store/contract.ts`) as tests: what any engine (SQLite today, PostgreSQL
 * later) must do. Call it with a factory for the engine under test.
 */
export function storeContract(engine: string, open: EngineFactory): void {
  describe(`Store contract: ${engine}`, () => {
    let store: Store;
    let close: () => void;
    let deviceId: string;
    beforeEach(() => {
      ({ store, close } = open());
      deviceId = store.devices.create('smoker-pi', 'edge', T0).device_id;
    });
    afterEach(() => close());

    const batch = (seqs: number[], extra = {}) => ({
      boot_id: 'b',
      channels: [PIT, MEAT],
      readings: seqs.map((seq) => ({
        seq,
        channel: seq % 2 ? 'pit' : 'meat1',
        ts: T0 + seq * 1000,
        value: 100 + seq,
      })),
      ...extra,
    });

    describe('transactions', () => {
      it('commits everything a transaction wrote, or nothing when it throws', () => {
        store.transaction(() => store.devices.rename(deviceId, 'one'));
        expect(store.devices.get(deviceId)!.name).to.equal('one');
        expect(() =>
          store.transaction(() => {
            store.devices.rename(deviceId, 'two');
            store.audit.add('admin', 'x', null);
            throw new Error('boom');
          }),
        ).to.throw('boom');
        expect(store.devices.get(deviceId)!.name).to.equal('one');
        expect(store.audit.list({ limit: 10 })).to.deep.equal([]);
      });

      it('nests: an inner transaction joins the outer one', () => {
        expect(() =>
          store.transaction(() => {
            store.transaction(() => store.devices.rename(deviceId, 'inner'));
            throw new Error('outer fails');
          }),
        ).to.throw('outer fails');
        expect(store.devices.get(deviceId)!.name).to.equal('smoker-pi');
      });
    });

    describe('devices', () => {
      it('pairs a code once, and never an expired or unknown one', async () => {
        const { code } = store.devices.createPairing(T0);
        const paired = store.devices.pair(code, 'pi', T0 + 1000)!;
        expect(paired.token).to.match(/^bpd_/);
        expect(store.devices.pair(code, 'again', T0 + 2000)).to.equal(null);
        const late = store.devices.createPairing(T0);
        expect(store.devices.pair(late.code, 'late', late.expires_at + 1)).to.equal(null);
        expect(store.devices.pair('AAA-AAA', 'x', T0)).to.equal(null);
        expect(await store.devices.authenticate(paired.token)).to.equal(paired.device_id);
      });

      it('authenticates a token until its device is deleted, which removes its data', async () => {
        const { device_id, token } = store.devices.create('other');
        expect(await store.devices.authenticate(token)).to.equal(device_id);
        expect(await store.devices.authenticate(`${token}x`)).to.equal(null);
        store.readings.ingest(device_id, batch([1, 2]));
        expect(store.devices.delete(device_id)).to.equal(true);
        expect(await store.devices.authenticate(token)).to.equal(null);
        expect(store.series.ofDevice(device_id)).to.deep.equal([]);
        expect(store.devices.delete(device_id)).to.equal(false);
      });

      it('lists oldest first and keeps the config it is given', () => {
        store.devices.create('second', 'edge', T0 + 1);
        expect(store.devices.list().map((d) => d.name)).to.deep.equal(['smoker-pi', 'second']);
        const config = { sample_interval_s: 2, recording: false, targets: { meat1: 95 } };
        expect(store.devices.setConfig(deviceId, config)).to.equal(true);
        expect(store.devices.get(deviceId)!.config).to.deep.equal(config);
        expect(store.devices.setConfig('nope', config)).to.equal(false);
      });

      it('reads a config alone: the same frozen object until it changes', () => {
        const first = store.devices.config(deviceId)!;
        expect(first).to.deep.equal(store.devices.get(deviceId)!.config);
        expect(store.devices.config(deviceId)).to.equal(first);
        expect(Object.isFrozen(first) && Object.isFrozen(first.targets)).to.equal(true);
        const config = { sample_interval_s: 2, recording: false, targets: { meat1: 95 } };
        store.devices.setConfig(deviceId, config);
        const second = store.devices.config(deviceId)!;
        expect(second).to.not.equal(first);
        expect(second).to.deep.equal(config);
        // A device created after a frozen config was handed out still gets unfrozen defaults.
        const other = store.devices.create('other').device_id;
        expect(Object.isFrozen(store.devices.get(other)!.config.targets)).to.equal(false);
        expect(store.devices.config('nope')).to.equal(null);
        store.devices.delete(deviceId);
        expect(store.devices.config(deviceId)).to.equal(null);
      });
    });

    describe('readings', () => {
      it('stores a batch once however often it is sent, and acknowledges contiguous seqs', () => {
        const first = store.readings.ingest(deviceId, batch([1, 2, 3, 4]));
        expect(first).to.include({ ackSeq: 4, duplicates: 0 });
        expect(first.stored).to.have.length(4);
        const again = store.readings.ingest(deviceId, batch([1, 2, 3, 4]));
        expect(again).to.include({ ackSeq: 4, duplicates: 4 });
        expect(again.stored).to.deep.equal([]);
        const gap = store.readings.ingest(deviceId, batch([7, 8]));
        expect(gap.ackSeq).to.equal(4);
        const filled = store.readings.ingest(
          deviceId,
          batch([5], { dropped: [{ from: 6, to: 6 }] }),
        );
        expect(filled.ackSeq).to.equal(8);
        expect(store.devices.get(deviceId)).to.include({ ack_seq: 8, dropped_total: 1 });
      });

      it('refuses a reading on a channel never announced, storing nothing', () => {
        expect(() =>
          store.readings.ingest(deviceId, {
            boot_id: 'b',
            channels: [PIT],
            readings: [
              { seq: 1, channel: 'pit', ts: T0, value: 1 },
              { seq: 2, channel: 'nope', ts: T0, value: 1 },
            ],
          }),
        ).to.throw(IngestRejected);
        expect(store.series.ofDevice(deviceId)).to.deep.equal([]);
        expect(store.devices.get(deviceId)!.ack_seq).to.equal(0);
      });

      it('answers history in time order with flagged readings as gaps, and exact extremes', () => {
        store.readings.ingest(deviceId, {
          boot_id: 'b',
          channels: [PIT],
          readings: [
            { seq: 1, channel: 'pit', ts: T0 + 2000, value: 110 },
            { seq: 2, channel: 'pit', ts: T0, value: 100 },
            { seq: 3, channel: 'pit', ts: T0 + 1000, value: 6553.5, status: 'spike' },
          ],
        });
        const id = store.readings.seriesIds(deviceId).get('pit')!;
        expect(store.series.history(id, T0, T0 + 2000, 100).points).to.deep.equal([
          [T0, 100],
          [T0 + 1000, null],
          [T0 + 2000, 110],
        ]);
        expect(store.series.extremes(id, T0, T0 + 2000)).to.deep.equal({
          min: 100,
          max: 110,
          last_ts: T0 + 2000,
          last_value: 110,
        });
        expect(store.series.get(id)).to.include({ last_ts: T0 + 2000, last_value: 110 });
      });

      it('counts a seq repeated inside one batch as a duplicate, in or out of order', () => {
        const r = store.readings.ingest(deviceId, batch([1, 2, 5, 3, 5, 4, 3, 6, 2]));
        expect(r).to.include({ ackSeq: 6, duplicates: 3 });
        expect(r.stored.map((s) => s.ts - T0)).to.deep.equal(
          [1, 2, 5, 3, 4, 6].map((s) => s * 1000),
        );
      });

      it('keeps each (channel, ts) once in a large batch, counting exactly the collisions', () => {
        // 257 readings: full chunks, a tail and single rows in a multi-row engine. Two collide
        // with stored rows, one with a reading earlier in the same batch.
        store.readings.ingest(deviceId, batch([20, 240]));
        const seqs = Array.from({ length: 257 }, (_, i) => 1000 + i);
        const big = batch(seqs);
        big.readings[150]!.ts = T0 + 20 * 1000; // meat1 at seq 20's time
        big.readings[150]!.channel = 'meat1';
        big.readings[255]!.ts = T0 + 240 * 1000;
        big.readings[255]!.channel = 'meat1';
        big.readings[90]!.ts = big.readings[10]!.ts;
        big.readings[90]!.channel = big.readings[10]!.channel;
        const r = store.readings.ingest(deviceId, big);
        expect(r.collisions).to.equal(3);
        expect(r.stored).to.have.length(254);
        expect(r.stored.map((s) => s.ts)).to.not.include(T0 + 20 * 1000);
        const id = store.readings.seriesIds(deviceId).get('meat1')!;
        const points = store.series.history(id, T0, T0 + 2000 * 1000, 10_000).points;
        expect(points.find(([ts]) => ts === T0 + 20 * 1000)).to.deep.equal([T0 + 20_000, 120]);
        expect(points.find(([ts]) => ts === T0 + 1256 * 1000)).to.deep.equal([
          T0 + 1_256_000,
          1356,
        ]);
      });

      it('stores a large batch of late and early readings whole, skipping exactly the stored ones', () => {
        // Chunks of readings newer than anything stored go in without a statement journal; a
        // chunk holding a reading at or before its series' newest must not (it may collide).
        store.readings.ingest(deviceId, batch([500, 501]));
        const big = batch(Array.from({ length: 1000 }, (_, i) => 2000 + i));
        // Readings 0-399 sit before and across the stored ones: 500 and 501 collide.
        big.readings.forEach((r, i) => {
          if (i < 400) r.ts = T0 + (300 + i) * 1000;
        });
        // A repeat of reading 450's (channel, ts) in the last chunk, far from the first.
        big.readings[950]!.ts = big.readings[450]!.ts;
        big.readings[950]!.channel = big.readings[450]!.channel;
        const r = store.readings.ingest(deviceId, big);
        expect(r.collisions).to.equal(3);
        expect(r.stored).to.have.length(997);
        const pit = store.readings.seriesIds(deviceId).get('pit')!;
        const meat = store.readings.seriesIds(deviceId).get('meat1')!;
        const count = (id: number) =>
          store.series.history(id, 0, T0 + 10_000_000, 100_000).points.length;
        expect(count(pit) + count(meat)).to.equal(999);
        const again = store.readings.ingest(
          deviceId,
          batch(Array.from({ length: 300 }, (_, i) => 4000 + i)),
        );
        expect(again).to.include({ collisions: 0 });
        expect(again.stored).to.have.length(300);
      });
    });

    describe('sessions', () => {
      let pit: number;
      let meat: number;
      beforeEach(() => {
        store.readings.ingest(deviceId, batch([1, 2]));
        const ids = store.readings.seriesIds(deviceId);
        [pit, meat] = [ids.get('pit')!, ids.get('meat1')!];
      });
      const start = (name: string, at: number) =>
        store.sessions.create({
          kind: 'cook',
          name,
          started_at: at,
          channels: [
            { series_id: pit, role: 'pit' },
            { series_id: meat, role: 'meat', target: 95 },
          ],
        });

      it('lists newest first, keeps channel order, and finds by name case-insensitively', () => {
        start('Brisket', T0);
        start('Pork 50%', T0 + 1000);
        expect(store.sessions.list({ limit: 10, offset: 0 }).map((s) => s.name)).to.deep.equal([
          'Pork 50%',
          'Brisket',
        ]);
        expect(store.sessions.list({ q: '50%', limit: 10, offset: 0 })).to.have.length(1);
        expect(store.sessions.list({ q: 'BRISK', limit: 10, offset: 0 })).to.have.length(1);
        expect(store.sessions.active().map((s) => s.name)).to.deep.equal(['Brisket', 'Pork 50%']);
        expect(start('x', T0).channels.map((c) => c.role)).to.deep.equal(['pit', 'meat']);
      });

      it('refuses unknown or repeated series, naming the channel, and writes nothing', () => {
        const bad = (channels: { series_id: number; role: 'pit' }[]) => () =>
          store.sessions.create({ kind: 'cook', name: 'bad', channels });
        expect(bad([{ series_id: 9999, role: 'pit' }])).to.throw(StoreRejected);
        expect(
          bad([
            { series_id: pit, role: 'pit' },
            { series_id: pit, role: 'pit' },
          ]),
        ).to.throw(StoreRejected);
        expect(store.sessions.list({ limit: 10, offset: 0 })).to.deep.equal([]);
      });

      it('sets a channel target, saying whether it changed', () => {
        const s = start('Brisket', T0);
        expect(store.sessions.setChannelTarget(s.id, meat, 90)!.changed).to.equal(true);
        expect(store.sessions.setChannelTarget(s.id, meat, 90)!.changed).to.equal(false);
        expect(store.sessions.setChannelTarget(s.id, 9999, 90)!.changed).to.equal(false);
        expect(store.sessions.get(s.id)!.channels[1]!.target).to.equal(90);
        expect(
          store.sessions.setChannelTarget(s.id, meat, null)!.session.channels[1]!.target,
        ).to.equal(null);
        expect(store.sessions.setChannelTarget('nope', meat, 1)).to.equal(null);
      });

      it('ends once (idempotent), never before the start, and keeps notes in time order', () => {
        const s = start('Brisket', T0);
        expect(() => store.sessions.end(s.id, T0 - 1)).to.throw(StoreRejected);
        expect(store.sessions.end(s.id, T0 + 10)!.changed).to.equal(true);
        const again = store.sessions.end(s.id, T0 + 20)!;
        expect(again).to.include({ changed: false });
        expect(again.session.ended_at).to.equal(T0 + 10);
        store.sessions.annotate(s.id, 'second', T0 + 2);
        store.sessions.annotate(s.id, 'first', T0 + 1);
        expect(store.sessions.annotations(s.id).map((a) => a.text)).to.deep.equal([
          'first',
          'second',
        ]);
        expect(store.sessions.annotate('nope', 'x', T0)).to.equal(null);
      });
    });

    describe('commands', () => {
      it('delivers oldest first, counts attempts once, and takes an answer once', () => {
        const a = store.commands.enqueue(deviceId, 'identify', {}, 60_000, T0)!;
        const b = store.commands.enqueue(deviceId, 'set_target', { value: 1 }, 60_000, T0 + 1)!;
        expect(store.commands.enqueue('nope', 'identify')).to.equal(null);
        const out = store.commands.deliver(deviceId, T0 + 2);
        expect(out.commands.map((c) => c.id)).to.deep.equal([a.id, b.id]);
        expect(out.changes.map((c) => [c.previous, c.command.status])).to.deep.equal([
          ['queued', 'delivered'],
          ['queued', 'delivered'],
        ]);
        expect(store.commands.deliver(deviceId, T0 + 3).commands).to.deep.equal([]);
        const acked = store.commands.ack(deviceId, a.id, { ok: true }, T0 + 4)!;
        expect(acked.change).to.deep.include({ previous: 'delivered' });
        expect(store.commands.ack(deviceId, a.id, { ok: false }, T0 + 5)!.change).to.equal(null);
        expect(store.commands.get(deviceId, a.id)!.status).to.equal('acked');
        expect(store.commands.ack(deviceId, 'nope', { ok: true })).to.equal(null);
      });

      it('expires a command never sent and dead-letters one sent but unanswered', () => {
        const never = store.commands.enqueue(deviceId, 'identify', {}, 1000, T0)!;
        const sent = store.commands.enqueue(deviceId, 'identify', {}, 5000, T0)!;
        store.commands.deliver(deviceId, T0 + 1); // delivers both
        store.commands.ack(deviceId, never.id, { ok: true }, T0 + 2);
        const changes = store.commands.sweep(T0 + 10_000);
        expect(changes.map((c) => [c.command.id, c.command.status])).to.deep.equal([
          [sent.id, 'dead'],
        ]);
        const fresh = store.commands.enqueue(deviceId, 'identify', {}, 1000, T0)!;
        expect(store.commands.sweep(T0 + 5000).map((c) => c.command.status)).to.deep.equal([
          'expired',
        ]);
        expect(store.commands.counts()).to.deep.include({ acked: 1, dead: 1, expired: 1 });
        expect(store.commands.prune(T0 + 10_001)).to.equal(3);
        expect(store.commands.get(deviceId, fresh.id)).to.equal(null);
      });
    });

    describe('audit, alerts, hydrometers, calibrations', () => {
      it('lists audit entries newest first, filtered and paged', () => {
        store.audit.add('admin', 'a', null, { n: 1 }, T0);
        store.audit.add('admin', 'b', 'x', undefined, T0 + 1);
        store.audit.add('device', 'a', null, undefined, T0 + 2);
        const all = store.audit.list({ limit: 10 });
        expect(all.map((e) => e.action)).to.deep.equal(['a', 'b', 'a']);
        expect(store.audit.list({ action: 'a', limit: 10 })).to.have.length(2);
        expect(store.audit.list({ before: all[1]!.id, limit: 10 })[0]!.detail).to.deep.equal({
          n: 1,
        });
      });

      it('holds default rules and opens at most one episode per rule and subject', () => {
        expect(store.alerts.rules().map((r) => r.id)).to.include('default-target-reached');
        const rule = store.alerts.addRule({ kind: 'above', params: { threshold: 100 } }, T0);
        const raise = () =>
          store.alerts.raise({
            rule_id: rule.id,
            kind: 'above',
            subject: 's:-:1',
            session_id: null,
            series_id: null,
            device_id: deviceId,
            raised_at: T0,
            value: 101,
            message: 'hot',
            data: { a: 1 },
          });
        expect(raise()).to.include({ message: 'hot', cleared_at: null });
        expect(raise()).to.equal(null);
        expect(store.alerts.open()).to.have.length(1);
        expect(store.alerts.clear(rule.id, 's:-:1', T0 + 5)).to.include({ cleared_at: T0 + 5 });
        expect(store.alerts.clear(rule.id, 's:-:1', T0 + 6)).to.equal(null);
        expect(raise()).to.not.equal(null); // a new episode after the clear
        expect(store.alerts.list({ limit: 10 })).to.have.length(2);
        expect(store.alerts.deleteRule(rule.id)).to.equal(true);
      });

      it('maps hydrometers to devices with hub-assigned seqs, and keeps one calibration each', async () => {
        const gw = store.hydrometers.createGateway('gw', null, T0);
        expect((await store.hydrometers.authenticate(gw.token))!.id).to.equal(gw.id);
        const { device_id } = store.devices.create('Tilt Red', 'tilt');
        store.hydrometers.insert(device_id, gw.id, 'tilt', 'RED');
        expect(store.hydrometers.find('tilt', 'RED')!.device_id).to.equal(device_id);
        expect(store.hydrometers.takeSeqs(device_id, 3)).to.equal(1);
        expect(store.hydrometers.takeSeqs(device_id, 1)).to.equal(4);
        const cal = {
          format: 'brewpit-calibration/1',
          device_id,
          input: 'gravity',
          points: [],
          degree: 1,
          coefficients: [0, 1],
          source: 'coefficients',
          residuals: [],
          r2: null,
          updated_at: T0,
        } as never;
        store.calibrations.put(cal);
        expect(store.calibrations.get(device_id)).to.deep.equal(cal);
        expect(store.calibrations.delete(device_id)).to.equal(true);
        expect(store.hydrometers.deleteGateway(gw.id)).to.equal(true);
        expect(await store.hydrometers.authenticate(gw.token)).to.equal(null);
      });
    });

    describe('maintenance', () => {
      it('marks retention per series, only ever growing, and prunes raw rows in what it marked', () => {
        store.readings.ingest(deviceId, batch([1, 2, 3, 4, 5, 6]));
        const pit = store.readings.seriesIds(deviceId).get('pit')!;
        expect(store.maintenance.markRetention(pit, T0 + 3_600_000)).to.deep.equal([
          [0, T0 + 3_600_000],
        ]);
        store.maintenance.markRetention(pit, T0);
        expect(store.series.rawGone(pit)).to.deep.equal([[0, T0 + 3_600_000]]);
        expect(store.maintenance.pruneRawChunk(pit, 0, T0 + 4000, 100)).to.equal(2);
        expect(store.maintenance.pruneRawChunk(pit, 0, T0 + 4000, 100)).to.equal(0);
        expect(store.maintenance.seriesIds()).to.have.length(2);
      });

      it('holds checkpoints for a backup until released', () => {
        expect(store.maintenance.holdCheckpoints()).to.equal(true);
        expect(store.maintenance.checkpointsHeld()).to.equal(true);
        store.maintenance.releaseCheckpoints();
        expect(store.maintenance.checkpointsHeld()).to.equal(false);
        expect(store.maintenance.checkpoint('PASSIVE').busy).to.equal(0);
      });
    });

    describe('Home Assistant event outbox', () => {
      it('keeps events in order until acknowledged, with ids never reused', () => {
        const stream = store.haEvents.stream();
        expect(stream).to.match(/^[0-9a-f]{32}$/);
        const a = store.haEvents.append('brewpit_alert', { n: 1 }, T0);
        const b = store.haEvents.append('brewpit_alert_cleared', { n: 2 }, T0 + 1);
        expect(b).to.be.greaterThan(a);
        expect(store.haEvents.pending(0, 10)).to.deep.equal([
          { id: a, event_type: 'brewpit_alert', data: { n: 1 }, created_at: T0 },
          { id: b, event_type: 'brewpit_alert_cleared', data: { n: 2 }, created_at: T0 + 1 },
        ]);
        expect(store.haEvents.pending(a, 10).map((e) => e.id)).to.deep.equal([b]);
        expect(store.haEvents.pending(0, 1).map((e) => e.id)).to.deep.equal([a]);
        expect(store.haEvents.ack(b)).to.equal(2);
        expect(store.haEvents.count()).to.equal(0);
        expect(store.haEvents.append('brewpit_alert', {}, T0 + 2)).to.be.greaterThan(b);
        expect(store.haEvents.stream()).to.equal(stream);
      });

      it('gives up only events older than the cut-off, and says which', () => {
        const old = store.haEvents.append('brewpit_alert', {}, T0);
        const fresh = store.haEvents.append('brewpit_alert', {}, T0 + 10_000);
        expect(store.haEvents.expire(T0 + 5_000)).to.deep.equal([
          { id: old, event_type: 'brewpit_alert', created_at: T0 },
        ]);
        expect(store.haEvents.pending(0, 10).map((e) => e.id)).to.deep.equal([fresh]);
        expect(store.haEvents.expire(T0 + 5_000)).to.deep.equal([]);
      });

      it('issues ids above one Home Assistant acknowledged, even one it never issued', () => {
        expect(store.haEvents.ack(100)).to.equal(0);
        expect(store.haEvents.append('brewpit_alert', {}, T0)).to.equal(101);
        store.haEvents.ack(50);
        expect(store.haEvents.append('brewpit_alert', {}, T0)).to.equal(102);
      });
    });

    describe('token rotation and quotas', () => {
      it('rotates a device token: the old one stops at once, the data stays', async () => {
        const { device_id, token } = store.devices.create('rotated');
        store.readings.ingest(device_id, batch([1, 2]));
        expect(await store.devices.authenticate(token)).to.equal(device_id);
        const fresh = store.devices.rotateToken(device_id)!;
        expect(fresh).to.match(/^bpd_/).and.not.equal(token);
        expect(await store.devices.authenticate(token)).to.equal(null);
        expect(await store.devices.authenticate(fresh)).to.equal(device_id);
        expect(store.devices.get(device_id)!.ack_seq).to.equal(2);
        expect(store.series.ofDevice(device_id)).to.have.length(2);
        expect(store.devices.rotateToken('nope')).to.equal(null);
      });

      it('never lets a token rotated while it was being checked back in', async () => {
        // Minted inside a transaction, the token is checked with scrypt on first use.
        const { device_id, token } = store.transaction(() => store.devices.create('raced'));
        const checking = store.devices.authenticate(token);
        store.devices.rotateToken(device_id);
        expect(await checking).to.equal(null);
        expect(await store.devices.authenticate(token)).to.equal(null);
      });

      it('knows the tokens it has just minted without a scrypt check', async () => {
        // A scrypt check answers from the thread pool, never within a few microtask turns.
        const answered = async <T>(check: Promise<T>): Promise<T | 'pending'> => {
          let value: T | 'pending' = 'pending';
          void check.then((v) => (value = v));
          for (let i = 0; i < 5; i++) await Promise.resolve();
          return value;
        };
        const { code } = store.devices.createPairing();
        const paired = store.devices.pair(code, 'paired')!;
        expect(await answered(store.devices.authenticate(paired.token))).to.equal(paired.device_id);
        const created = store.devices.create('created');
        expect(await answered(store.devices.authenticate(created.token))).to.equal(
          created.device_id,
        );
        const rotated = store.devices.rotateToken(created.device_id)!;
        expect(await answered(store.devices.authenticate(rotated))).to.equal(created.device_id);
        const api = store.apiTokens.create('replica');
        expect(await answered(store.apiTokens.authenticate(api.token))).to.equal(api.row.id);
        const gw = store.hydrometers.createGateway('gw', null, T0);
        const gateway = await answered(store.hydrometers.authenticate(gw.token));
        expect(gateway).to.have.property('id', gw.id);
        // Inside a transaction the row may yet be rolled back: the first use checks it.
        const inner = store.transaction(() => store.devices.create('inner'));
        expect(await answered(store.devices.authenticate(inner.token))).to.equal('pending');
        expect(await store.devices.authenticate(inner.token)).to.equal(inner.device_id);
      });

      it('stores a secret minted ahead as it is, for pairing, creation and rotation', async () => {
        const secret = await store.devices.mintSecret();
        expect(secret.token).to.match(new RegExp(`^bpd_${secret.id}_`));
        expect(secret.hash).to.match(/^scrypt\$/);
        const created = store.devices.create('ahead', 'edge', T0, secret);
        expect(created).to.deep.equal({ device_id: secret.id, token: secret.token });
        expect(await store.devices.authenticate(secret.token)).to.equal(secret.id);

        const { code } = store.devices.createPairing(T0);
        expect(store.devices.pairable(code, T0 + 1)).to.equal(true);
        const forPair = await store.devices.mintSecret();
        const paired = store.devices.pair(code, 'pi', T0 + 1, forPair)!;
        expect(paired).to.deep.equal({ device_id: forPair.id, token: forPair.token });
        expect(store.devices.pairable(code, T0 + 2)).to.equal(false);
        expect(store.devices.pairable('AAA-AAA', T0)).to.equal(false);

        const rotated = await store.devices.mintSecret(created.device_id);
        expect(store.devices.rotateToken(created.device_id, rotated)).to.equal(rotated.token);
        expect(await store.devices.authenticate(secret.token)).to.equal(null);
        expect(await store.devices.authenticate(rotated.token)).to.equal(created.device_id);
        // A secret carries its device: it cannot become another device's token.
        const stray = await store.devices.mintSecret();
        expect(() => store.devices.rotateToken(created.device_id, stray)).to.throw(
          /another device/,
        );
        expect(await store.devices.authenticate(rotated.token)).to.equal(created.device_id);
      });

      it('stores gateway and API token secrets minted ahead as they are', async () => {
        const forGateway = await store.hydrometers.mintGatewaySecret();
        expect(forGateway.token).to.match(new RegExp(`^bpg_${forGateway.id}_`));
        const gw = store.hydrometers.createGateway('gw', null, T0, forGateway);
        expect(gw).to.include({ id: forGateway.id, token: forGateway.token });
        expect(await store.hydrometers.authenticate(gw.token)).to.have.property('id', gw.id);
        const again = await store.hydrometers.mintGatewaySecret(gw.id);
        expect(store.hydrometers.rotateGateway(gw.id, again)).to.equal(again.token);
        expect(await store.hydrometers.authenticate(gw.token)).to.equal(null);
        expect(await store.hydrometers.authenticate(again.token)).to.have.property('id', gw.id);
        const stray = await store.hydrometers.mintGatewaySecret();
        expect(() => store.hydrometers.rotateGateway(gw.id, stray)).to.throw(/another gateway/);

        const forApi = await store.apiTokens.mintSecret();
        expect(forApi.token).to.match(new RegExp(`^bpr_${forApi.id}\\.`));
        const api = store.apiTokens.create('replica', T0, forApi);
        expect(api.token).to.equal(forApi.token);
        expect(api.row.id).to.equal(forApi.id);
        expect(await store.apiTokens.authenticate(api.token)).to.equal(forApi.id);
      });

      it('gives a device created without a secret no token that works', async () => {
        const { device_id, token } = store.devices.create('hydrometer', 'tilt', T0, null);
        expect(token).to.equal('');
        expect(store.devices.get(device_id)!.kind).to.equal('tilt');
        for (const guess of ['', `bpd_${device_id}_`, `bpd_${device_id}_x`, 'null'])
          expect(await store.devices.authenticate(guess)).to.equal(null);
      });

      it('refuses the token of a device whose creation was rolled back', async () => {
        let token = '';
        expect(() =>
          store.transaction(() => {
            token = store.devices.create('undone').token;
            throw new Error('undo');
          }),
        ).to.throw('undo');
        expect(await store.devices.authenticate(token)).to.equal(null);
      });

      it('rotates a gateway token and counts the hydrometers each gateway holds', async () => {
        const gw = store.hydrometers.createGateway('gw', null, T0);
        const other = store.hydrometers.createGateway('other', null, T0);
        for (const key of ['RED', 'BLUE']) {
          const { device_id } = store.devices.create(`Tilt ${key}`, 'tilt');
          store.hydrometers.insert(device_id, gw.id, 'tilt', key);
        }
        expect(store.hydrometers.countByGateway(gw.id)).to.equal(2);
        expect(store.hydrometers.countByGateway(other.id)).to.equal(0);
        expect((await store.hydrometers.authenticate(gw.token))!.id).to.equal(gw.id);
        const fresh = store.hydrometers.rotateGateway(gw.id)!;
        expect(await store.hydrometers.authenticate(gw.token)).to.equal(null);
        expect((await store.hydrometers.authenticate(fresh))!.id).to.equal(gw.id);
        expect(store.hydrometers.countByGateway(gw.id)).to.equal(2);
        expect(store.hydrometers.rotateGateway('nope')).to.equal(null);
      });
    });

    describe('hostile input', () => {
      const one = (r: Record<string, unknown>, extra = {}) => ({
        boot_id: 'b',
        channels: [PIT],
        readings: [{ seq: 1, channel: 'pit', ts: T0, value: 1, ...r }],
        ...extra,
      });
      const refusal = (fn: () => unknown): IngestRejected => {
        try {
          fn();
        } catch (err) {
          if (err instanceof IngestRejected) return err;
          throw err;
        }
        throw new Error('not refused');
      };

      it('refuses non-finite and out-of-range values, naming the reading, and stores nothing', () => {
        for (const value of [Infinity, -Infinity, NaN, 1e308, -2e15]) {
          const err = refusal(() => store.readings.ingest(deviceId, one({ value }) as never));
          expect(err.status).to.equal(422);
          expect(err.errors.map((e) => e.path)).to.deep.equal(['/readings/0/value']);
        }
        expect(store.series.ofDevice(deviceId)).to.deep.equal([]);
      });

      it('refuses a reading dated after the clock plus the skew allowance, and accepts one within it', () => {
        const now = T0;
        const err = refusal(() =>
          store.readings.ingest(deviceId, one({ ts: now + MAX_CLOCK_SKEW_MS + 1 }), now),
        );
        expect(err.errors[0]!.path).to.equal('/readings/0/ts');
        store.readings.ingest(deviceId, one({ ts: now + MAX_CLOCK_SKEW_MS }), now);
        expect(store.devices.get(deviceId)!.ack_seq).to.equal(1);
      });

      it('never lets a latest value dated beyond the clock hide newer readings', () => {
        // Stored when the hub still had the wrong clock, or before the check existed.
        store.readings.ingest(deviceId, one({ ts: T0 + 3_600_000, value: 5 }), T0 + 3_600_000);
        store.readings.ingest(
          deviceId,
          { boot_id: 'b', readings: [{ seq: 2, channel: 'pit', ts: T0 + 1000, value: 7 }] },
          T0 + 1000,
        );
        const id = store.readings.seriesIds(deviceId).get('pit')!;
        expect(store.series.get(id)).to.include({ last_ts: T0 + 1000, last_value: 7 });
      });

      it('refuses a dropped range beyond the seqs the device sent, which would silence it', () => {
        store.readings.ingest(deviceId, batch([1, 2, 3]));
        const err = refusal(() =>
          store.readings.ingest(
            deviceId,
            batch([4], { dropped: [{ from: 5, to: Number.MAX_SAFE_INTEGER }] }),
          ),
        );
        expect(err.errors[0]!.path).to.equal('/dropped/0/to');
        expect(store.devices.get(deviceId)!.ack_seq).to.equal(3);
        expect(store.readings.ingest(deviceId, batch([4, 5])).ackSeq).to.equal(5);
      });

      it(`refuses (409) a batch that would leave more than ${DEFAULT_SEQ_GAP_LIMIT} seq gaps`, () => {
        const everyOther = (n: number, from: number) =>
          Array.from({ length: n }, (_, i) => from + 2 * i);
        store.readings.ingest(deviceId, batch(everyOther(DEFAULT_SEQ_GAP_LIMIT, 2)));
        const err = refusal(() =>
          store.readings.ingest(deviceId, batch(everyOther(2, 2 * DEFAULT_SEQ_GAP_LIMIT + 2))),
        );
        expect(err).to.include({ status: 409, title: 'Too many seq gaps' });
        // Filling gaps still works, and the acknowledgement moves.
        expect(store.readings.ingest(deviceId, batch([1, 3, 5])).ackSeq).to.equal(6);
      });
    });
  });
}

const sqlite: EngineFactory = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-contract-'));
  const store = Store.open(path.join(dir, 'brewpit.db'));
  return {
    store,
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
storeContract('SQLite', sqlite);
coldStorageContract('SQLite', sqlite);
