import { Gauge } from 'prom-client';
import type { Store } from '../store/index.js';
import type { ReplicaStatus } from './status.js';

/**
 * The changes feed's and a replica's gauges, read at scrape time from the store and the
 * replica's status, in the hub's own registry.
 */
export function registerReplicationMetrics(
  registry: import('prom-client').Registry,
  store: Store,
  replica: ReplicaStatus,
): void {
  const registers = [registry];
  new Gauge({
    name: 'brewpit_changes_head',
    help: 'Id of the newest change in the changes feed',
    registers,
    collect() {
      this.set(store.replication.head());
    },
  });
  new Gauge({
    name: 'brewpit_replica_lag_seconds',
    help: 'A replica: seconds since it last held every change the primary announced (0: caught up)',
    registers,
    collect() {
      this.set(replica.source ? (replica.lagSeconds() ?? -1) : 0);
    },
  });
  new Gauge({
    name: 'brewpit_replica_behind_changes',
    help: "A replica: the primary's changes announced but not yet applied",
    registers,
    collect() {
      this.set(Math.max(0, replica.sourceHead - replica.cursor));
    },
  });
}
