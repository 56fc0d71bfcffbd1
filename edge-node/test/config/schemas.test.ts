import { strict as assert } from 'node:assert';
import { runtimeSchemas } from '../../src/config/schemas.js';
import { compileSchema } from '../../src/config/compile.js';
import { PLATFORM_NAMES } from '../../src/sensors/registry.js';

describe('runtime schemas (compiled into the deployed bundle)', () => {
  it('each has a unique $id, every platform is there, and each compiles', async () => {
    const schemas = await runtimeSchemas();
    const ids = schemas.map((s) => s.$id);
    assert.ok(
      ids.every((id) => typeof id === 'string' && id.length > 0),
      ids.join(', '),
    );
    assert.equal(new Set(ids).size, ids.length, 'unique');
    for (const p of PLATFORM_NAMES) assert.ok(ids.includes(`edge.platform.${p}`), p);
    for (const s of schemas) assert.equal(typeof compileSchema(s), 'function');
  });
});
