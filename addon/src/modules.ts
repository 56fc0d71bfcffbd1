import type { HubContext, HubModule } from './context.js';

/**
 * The hub's feature modules, in start order (stopped in reverse). A new feature adds one line
 * here; `hub.ts` stays a composer that knows none of them.
 */
export function createModules(_ctx: HubContext): HubModule[] {
  return [];
}
