// `tsx scripts/py.ts TOOL ARGS…`: runs a host Python tool (ruff, pytest, schemathesis …) from
// the project's .venv, creating or updating it first from requirements-test.txt. package.json's
// lint and format scripts call ruff through this, so they work on a fresh checkout too.
import { spawnSync } from 'node:child_process';
import { ensureVenv, venvBin } from './test/venv.js';

const [tool, ...args] = process.argv.slice(2);
if (!tool) {
  process.stderr.write('usage: tsx scripts/py.ts TOOL [ARGS…]\n');
  process.exit(2);
}
await ensureVenv((msg) => process.stderr.write(`[py] ${msg}\n`));
const r = spawnSync(venvBin(tool), args, { stdio: 'inherit' });
if (r.error) process.stderr.write(`[py] cannot run ${tool}: ${r.error.message}\n`);
process.exit(r.status ?? 1);
