import { AlertEngine } from './alerts/engine.js';
import type { HubContext, HubModule } from './context.js';
import { HaBridge } from './ha/bridge.js';
import { CommandQueueModule } from './jobs/commands.js';
import { ColdStorageModule } from './jobs/compression.js';
import { HousekeepingModule } from './jobs/housekeeping.js';
import { ReplicaModule } from './replication/replica.js';
import { ChangeLogTrimModule } from './replication/trim.js';
import { SupervisorDiscovery } from './supervisor.js';

/**
 * The hub's feature modules, in start order (stopped in reverse). A new feature adds one line
 * here; `hub.ts` stays a composer that knows none of them.
 */
export function createModules(ctx: HubContext): HubModule[] {
  // A replica writes only what its primary wrote: no jobs or alerts of its own, no Home
  // Assistant link (two hubs would publish the same entities); compression is storage only.
  if (ctx.settings.replicate_from)
    return [new ReplicaModule(ctx), new ColdStorageModule(ctx), new ChangeLogTrimModule(ctx)];
  return [
    new ChangeLogTrimModule(ctx),
    new CommandQueueModule(ctx),
    new HousekeepingModule(ctx),
    new ColdStorageModule(ctx),
    new HaBridge(ctx),
    new AlertEngine(ctx),
    new SupervisorDiscovery(ctx),
  ];
}
