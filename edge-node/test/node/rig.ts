import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config/load.js';
import type { EdgeConfig } from '../../src/config/schema.js';
import { silentLogger } from '../../src/log.js';
import type { NodeContext } from '../../src/node/context.js';
import { openNodeContext } from '../../src/node.js';
import { FakeHub } from '../fake-hub.js';

/** A node's context as `runEdgeNode` builds it, on a fake hub, with no module started. */
export interface NodeRig {
  ctx: NodeContext;
  hub: FakeHub;
  dir: string;
  config: EdgeConfig;
  /** Reopens the context on the same outbox (a restarted node). */
  reopen(): Promise<NodeContext>;
  close(): Promise<void>;
}

/** A simulated smoker node (no noise) talking to a {@link FakeHub}; `raw` overrides edge.yaml. */
export async function nodeRig(raw: Record<string, unknown> = {}): Promise<NodeRig> {
  const hub = new FakeHub();
  const url = await hub.listen();
  const dir = mkdtempSync(path.join(tmpdir(), 'brewpit-node-rig-'));
  const config = await resolveConfig(
    {
      hub: { url, token: 'tok', device_id: 'dev-1' },
      device: { name: 'rig' },
      sample_interval: '1s',
      outbox: { path: './outbox.db' },
      uplink: { backoff_initial: '20ms', backoff_max: '100ms' },
      sensors: [{ platform: 'simulated', model: 'smoker', noise: false }],
      ...raw,
    },
    { source: '<rig>', baseDir: dir },
  );
  let opened = await openNodeContext(config, silentLogger());
  return {
    get ctx() {
      return opened.ctx;
    },
    hub,
    dir,
    config,
    async reopen() {
      await opened.close();
      opened = await openNodeContext(config, silentLogger());
      return opened.ctx;
    },
    async close() {
      await opened.ctx.uplink.stop();
      await opened.ctx.sampler.stop();
      await opened.ctx.control?.stop();
      await opened.close();
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
