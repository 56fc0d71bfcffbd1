import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { RuntimeMetrics } from './ops/runtime-metrics.js';
import { ColdMetrics } from './storage/metrics.js';
import type { Store } from './store/index.js';

/** Why an ingest request was refused, by its HTTP status: the label of `brewpit_ingest_rejected_total`. */
const REJECT_REASONS: Record<number, string> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  409: 'seq_gaps',
  413: 'too_large',
  415: 'unsupported_encoding',
  422: 'unprocessable',
  429: 'rate_limited',
};

/** The quotas that bound what a token holder can make the hub keep. */
export type Quota = 'hydrometers_per_gateway' | 'channels_per_device' | 'notes_per_session_hour';

/**
 * The hub's Prometheus metrics, in a registry of its own per hub instance (never prom-client's
 * global one), so two hubs in one process — tests, the bench — never mix their counts. Counters
 * are bumped where things happen; gauges about stored state are read from the store at scrape
 * time, so they cannot drift from it.
 */
export class HubMetrics {
  readonly registry = new Registry();
  readonly readings: Counter;
  readonly batches: Counter;
  readonly duplicates: Counter;
  readonly rejected: Counter<'reason'>;
  /** Home Assistant events given up after waiting longer than `ha_event_max_age_h`. */
  readonly haEventsExpired: Counter<'event_type'>;
  readonly quotaRefused: Counter<'quota'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Compression progress, step times and bytes saved (`storage/metrics.ts`). */
  readonly cold: ColdMetrics;
  /** Event-loop delay, job runs and their slices, WAL checkpoints (`ops/runtime-metrics.ts`). */
  readonly runtime: RuntimeMetrics;

  constructor(store: Store, startedAt: number) {
    const registers = [this.registry];
    this.readings = new Counter({
      name: 'brewpit_ingest_readings_total',
      help: 'Readings stored (new, not resent)',
      registers,
    });
    this.batches = new Counter({
      name: 'brewpit_ingest_batches_total',
      help: 'Ingest batches accepted',
      registers,
    });
    this.duplicates = new Counter({
      name: 'brewpit_ingest_duplicates_total',
      help: 'Resent readings recognised by seq and skipped',
      registers,
    });
    this.rejected = new Counter({
      name: 'brewpit_ingest_rejected_total',
      help: 'Ingest requests refused, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.haEventsExpired = new Counter({
      name: 'brewpit_ha_events_expired_total',
      help: 'Home Assistant events given up because Home Assistant was away longer than ha_event_max_age_h',
      labelNames: ['event_type'],
      registers,
    });
    this.quotaRefused = new Counter({
      name: 'brewpit_quota_refusals_total',
      help: 'Things refused because a quota was reached, by quota',
      labelNames: ['quota'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'brewpit_http_request_duration_seconds',
      help: 'HTTP request duration by route pattern',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.stateGauges(store, startedAt);
    this.cold = new ColdMetrics(this.registry, store);
    this.runtime = new RuntimeMetrics(this.registry);
  }

  /** Counts a refused ingest request under the reason its status stands for. */
  ingestRejected(status: number): void {
    this.rejected.inc({ reason: REJECT_REASONS[status] ?? `status_${status}` });
  }

  /** Counts something refused because `quota` was reached. */
  quotaReached(quota: Quota, n = 1): void {
    this.quotaRefused.inc({ quota }, n);
  }

  /** Gauges read from the store at scrape time. */
  private stateGauges(store: Store, startedAt: number): void {
    this.deviceGauges(store);
    const registers = [this.registry];
    new Gauge({
      name: 'brewpit_command_queue',
      help: 'Commands by status',
      labelNames: ['status'],
      registers,
      collect() {
        for (const [status, n] of Object.entries(store.commands.counts())) this.set({ status }, n);
      },
    });
    new Gauge({
      name: 'brewpit_ha_events_pending',
      help: 'Home Assistant events waiting in the outbox for Home Assistant',
      registers,
      collect() {
        this.set(store.haEvents.count());
      },
    });
    new Gauge({
      name: 'brewpit_store_bytes',
      help: 'Size of the SQLite store',
      registers,
      collect() {
        this.set(store.sizeBytes());
      },
    });
    new Gauge({
      name: 'brewpit_sessions_active',
      help: 'Sessions running',
      registers,
      collect() {
        this.set(store.sessions.active().length);
      },
    });
    new Gauge({
      name: 'brewpit_uptime_seconds',
      help: 'Seconds since the hub started',
      registers,
      collect() {
        this.set((Date.now() - startedAt) / 1000);
      },
    });
  }

  /**
   * One gauge per device figure, labelled with the device's id only: names are what people
   * typed, and a scrape target is no place for them.
   */
  private deviceGauges(store: Store): void {
    const registers = [this.registry];
    // One read of the devices per scrape, not one per gauge: a scrape collects every gauge in
    // the same turn of the event loop, and with 200 devices each read costs ~1.5 ms of it.
    let states: DeviceState[] | null = null;
    const current = () => {
      if (!states) {
        states = deviceStates(store);
        setImmediate(() => (states = null));
      }
      return states;
    };
    const perDevice = (name: string, help: string, value: (d: DeviceState) => number | null) =>
      new Gauge({
        name,
        help,
        labelNames: ['device'],
        registers,
        collect() {
          this.reset();
          for (const d of current()) {
            const v = value(d);
            if (v !== null) this.set({ device: d.id }, v);
          }
        },
      });
    perDevice(
      'brewpit_device_last_seen_timestamp_seconds',
      'When the device last sent a batch (Unix time)',
      (d) => (d.last_seen === null ? null : d.last_seen / 1000),
    );
    perDevice(
      'brewpit_device_ack_lag_seconds',
      'Age of the newest reading the hub holds for the device',
      (d) => (d.newest === null ? null : Math.max(0, (Date.now() - d.newest) / 1000)),
    );
    perDevice(
      'brewpit_device_ack_seq',
      'Highest contiguous seq acknowledged to the device',
      (d) => d.ack_seq,
    );
    perDevice(
      'brewpit_device_outbox_depth',
      'Readings waiting in the edge outbox, as last reported',
      (d) => d.outbox,
    );
    perDevice(
      'brewpit_device_dropped_readings',
      'Readings the edge reported dropped (outbox thinning)',
      (d) => d.dropped_total,
    );
  }
}

interface DeviceState {
  id: string;
  last_seen: number | null;
  ack_seq: number;
  dropped_total: number;
  newest: number | null;
  outbox: number | null;
}

function deviceStates(store: Store): DeviceState[] {
  const newest = store.series.newestByDevice();
  return store.devices.list().map((d) => ({
    id: d.id,
    last_seen: d.last_seen,
    ack_seq: d.ack_seq,
    dropped_total: d.dropped_total,
    newest: newest.get(d.id) ?? null,
    outbox: typeof d.status.outbox_depth === 'number' ? d.status.outbox_depth : null,
  }));
}
