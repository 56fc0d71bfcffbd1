#!/usr/bin/env node
// Bundles the edge CLI into one file for deployment: dist/brewpit-edge.mjs.
//
//   npx tsc -b && node edge-node/build.mjs
//
// Why: on a Pi the node has a budget of 60 MB RSS, and an idle Node.js process already takes
// about 40 MB. Loading the CLI from dist/ means ~300 ES modules (TypeBox alone is a barrel of
// its compiler, value and syntax modules, all parsed at import) whose source strings, module
// records and scopes stay on the heap; one tree-shaken, minified file keeps only the code the
// CLI can reach. Identifiers keep their names (stack traces and `err.name` stay readable).
//
// Native modules stay outside and load from node_modules as before: better-sqlite3, i2c-bus
// (loaded only when an I²C sensor is configured) and pino-pretty (only with
// BREWPIT_LOG_PRETTY=1). So the bundle runs from where the package is installed
// (node_modules/@brewpit/edge/dist/), next to its dependencies.
//
// The shebang carries the V8 flags the node is measured with (bench/edge.ts reads them from
// here, so what is measured is what ships); they apply when the file is executed directly
// (`./brewpit-edge.mjs run …`, as the installed wrapper should), not under `node brewpit-edge.mjs`.
//   --max-semi-space-size=1  the young generation grows to 16 MB at start-up (module loading
//                            allocates fast) and never shrinks; 1 MB semi-spaces cost nothing
//                            measurable at 8 channels × 1 Hz, and the drain stays I/O-bound.
//   --jitless                no optimising compilers: start-up otherwise optimises the YAML,
//                            Ajv and TypeBox code it runs once, and the compiler's memory and
//                            the binary's compiler pages stay resident (−7 MB peak RSS). The
//                            node's hot paths are SQLite, JSON and zlib (native code), so CPU at
//                            8 ch × 1 Hz and the 1 M drain time did not change measurably.
//                            Caveat: no WebAssembly, so no global fetch (undici) — the uplink uses
//                            node:http for this reason already (src/uplink/http.ts).
// Measure: npx tsc -b && node edge-node/build.mjs && BENCH_EDGE_CLI=bundle npx tsx bench/run.ts edge
import { build } from 'esbuild';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// --no-expose-wasm: what --jitless implies anyway; said explicitly, V8 does not warn about it on every start.
export const NODE_FLAGS = ['--max-semi-space-size=1', '--jitless', '--no-expose-wasm'];
export const OUTFILE = path.join(here, 'dist', 'brewpit-edge.mjs');

const result = await build({
  entryPoints: [path.join(here, 'src', 'cli.ts')],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // One file: the lazily imported sub-commands are inlined, not split into chunks; their
  // top-level code still runs only when the sub-command does (esbuild wraps them in `__esm`).
  splitting: false,
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  legalComments: 'none',
  external: ['better-sqlite3', 'i2c-bus', 'pino-pretty'],
  // Bundled CommonJS (Ajv, pino) calls require() for Node built-ins.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      'const require = __createRequire(import.meta.url);',
    ].join('\n'),
  },
  write: false,
  logLevel: 'warning',
});
// esbuild keeps src/cli.ts's plain `#!/usr/bin/env node`; the flags go in its place.
const code = result.outputFiles[0].text.replace(/^#![^\n]*\n/, '');
mkdirSync(path.dirname(OUTFILE), { recursive: true });
writeFileSync(OUTFILE, `#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}\n${code}`);
chmodSync(OUTFILE, 0o755);
console.log(path.relative(process.cwd(), OUTFILE));
