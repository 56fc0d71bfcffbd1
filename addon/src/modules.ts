import { AlertEngine } from './alerts/engine.js';
import type { HubContext, HubModule } from './context.js';
import { HaBridge } from './ha/bridge.js';
import { WalCheckpointer } from './jobs/checkpointer.js';
import { CommandQueueModule } from './jobs/commands.js';
import { ColdStorageModule } from './jobs/compression.js';
import { HousekeepingModule } from './jobs/housekeeping.js';
import { ReplicaModule } from './replication/replica.js';
import { ChangeLogTrimModule } from './replication/trim.js';
import { HaSourceFollower } from './sources/follower.js';
import { SupervisorDiscovery } from './supervisor.js';

/**
 * The hub's feature modules, in start order (stopped in reverse). A new feature adds one line
 * here; `hub.ts` stays a composer that knows none of them.
 */
export function createModules(ctx: HubContext): HubModule[] {
  const { loop, gc } = ctx.metrics.runtime;
  // First started, last stopped: the event-loop delay and GC pauses cover everything the others do.
  const runtimeWatch = {
    start: async () => {
      loop.start();
      gc.start();
    },
    stop: async () => {
      gc.stop();
      loop.stop();
    },
  };
  // A replica writes only what its primary wrote: no jobs or alerts of its own, no Home
  // Assistant link (two hubs would publish the same entities); compression is storage only.
  if (ctx.settings.replicate_from)
    return [
      runtimeWatch,
      new WalCheckpointer(ctx),
      new ReplicaModule(ctx),
      new ColdStorageModule(ctx),
      new ChangeLogTrimModule(ctx),
    ];
  return [
    runtimeWatch,
    new WalCheckpointer(ctx),
    new ChangeLogTrimModule(ctx),
    new CommandQueueModule(ctx),
    new HousekeepingModule(ctx),
    new ColdStorageModule(ctx),
    new HaSourceFollower(ctx),
    new HaBridge(ctx),
    new AlertEngine(ctx),
    new SupervisorDiscovery(ctx),
  ];
}
