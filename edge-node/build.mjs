#!/usr/bin/env node
// Bundles the edge CLI for deployment: dist/brewpit-edge.mjs and its lazily loaded chunks in
// dist/chunks/. This is what install.sh installs and the systemd unit runs.
//
//   npx tsc -b && node edge-node/build.mjs
//
// Why: on a Pi the node has a budget of 55 MB peak RSS, and an idle Node.js process already
// takes about 40 MB. Loading the CLI from dist/ means ~300 ES modules (TypeBox alone is a barrel
// of its compiler, value and syntax modules, all parsed at import) whose source strings, module
// records and scopes stay on the heap; the bundle keeps only the code the CLI can reach, and
// splits it so that what a configuration does not use is never loaded: each sub-command (scan,
// pair, status), each sensor platform, and chamber control are chunks imported on demand.
// Identifiers keep their names (stack traces and `err.name` stay readable).
//
// @brewpit/protocol is marked free of side effects (its modules only build schemas), so the
// schemas of the hub's own API (sessions, history, hydrometers) are left out instead of being
// built at every start. (Declaring `"sideEffects": false` in protocol/package.json would do the
// same for every bundler.)
//
// Native modules stay outside and load from node_modules as before: better-sqlite3, i2c-bus
// (loaded only when an I²C sensor is configured) and pino-pretty (only with
// BREWPIT_LOG_PRETTY=1). So the bundle runs from where the package is installed
// (node_modules/@brewpit/edge/dist/), next to its dependencies.
//
// The shebang carries the V8 flags the node is measured with (bench/edge.ts reads them from
// here, so what is measured is what ships); they apply when the file is executed directly
// (`./brewpit-edge.mjs run …`, as the installed wrapper does), not under `node brewpit-edge.mjs`.
//   --max-semi-space-size=1  the young generation grows to 16 MB at start-up (module loading
//                            allocates fast) and never shrinks; 1 MB semi-spaces cost nothing
//                            measurable at 8 channels × 1 Hz, and the drain stays I/O-bound.
//   --jitless                no optimising compilers: start-up otherwise optimises the YAML,
//                            Ajv and TypeBox code it runs once, and the compiler's memory and
//                            the binary's compiler pages stay resident (−7 MB peak RSS). The
//                            node's hot paths are SQLite, JSON and zlib (native code), so CPU at
//                            8 ch × 1 Hz stays under 1 % and the 1 M drain time did not change
//                            measurably. Caveat: no WebAssembly, so no global fetch (undici) —
//                            the uplink uses node:http for this reason already (src/uplink/http.ts).
// Measure: npx tsc -b && node edge-node/build.mjs && npx tsx bench/run.ts edge
import { Ajv, _ } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// --no-expose-wasm: what --jitless implies anyway; said explicitly, V8 does not warn about it on every start.
export const NODE_FLAGS = ['--max-semi-space-size=1', '--jitless', '--no-expose-wasm'];
export const OUTFILE = path.join(here, 'dist', 'brewpit-edge.mjs');
const CHUNKS = path.join(here, 'dist', 'chunks');

/** Marks @brewpit/protocol's modules as free of side effects (see above). */
const PROTOCOL_DIST = path.join(here, '..', 'protocol', 'dist');
const sideEffectFree = {
  name: 'protocol-side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^@brewpit\/protocol$/ }, () => ({
      path: path.join(PROTOCOL_DIST, 'index.js'),
      sideEffects: false,
    }));
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      args.resolveDir === PROTOCOL_DIST
        ? { path: path.join(args.resolveDir, args.path), sideEffects: false }
        : undefined,
    );
  },
};

/**
 * Validators generated at build time (Ajv standalone code), one chunk per schema, loaded by
 * `prepareSchemas` only when a configuration needs them: the bundle's replacement of
 * src/config/compile.ts, so a Pi never runs Ajv's code generator (see that file). The schemas
 * and the Ajv options come from the `tsc -b` output, so they are the ones the node runs with.
 */
async function precompiledValidators() {
  const dist = (f) => path.join(here, 'dist', f);
  if (!existsSync(dist('config/schemas.js'))) throw new Error('run npx tsc -b first');
  const { runtimeSchemas } = await import(dist('config/schemas.js'));
  const { AJV_OPTIONS, AJV_FORMATS } = await import(dist('config/compile.js'));
  const formats = _`require("ajv-formats/dist/formats").fullFormats`;
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, formats } });
  addFormatsModule.default(ajv, [...AJV_FORMATS]);
  const schemas = await runtimeSchemas();
  for (const schema of schemas) ajv.addSchema(schema);
  const code = new Map(
    schemas.map((s) => [s.$id, standaloneModule.default(ajv, { validate: s.$id })]),
  );
  const seam = [
    `export const AJV_OPTIONS = ${JSON.stringify(AJV_OPTIONS)};`,
    `export const AJV_FORMATS = ${JSON.stringify(AJV_FORMATS)};`,
    'const loaders = {',
    ...[...code.keys()].map(
      (id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`edge-validator:${id}`)}),`,
    ),
    '};',
    'const ready = new Map();',
    'export async function prepareSchemas(schemas) {',
    '  for (const s of schemas) {',
    '    if (ready.has(s.$id)) continue;',
    '    const load = loaders[s.$id];',
    "    if (!load) throw new Error(`No validator for schema '${s.$id}' in this build (edge-node/src/config/schemas.ts)`);",
    '    ready.set(s.$id, (await load()).validate);',
    '  }',
    '}',
    'export function compileSchema(schema) {',
    '  const fn = ready.get(schema.$id);',
    "  if (!fn) throw new Error(`Validator '${schema.$id}' used before prepareSchemas`);",
    '  return fn;',
    '}',
  ].join('\n');
  return {
    name: 'precompiled-validators',
    setup(b) {
      b.onResolve({ filter: /^\.\/compile\.js$/ }, (args) =>
        args.importer.endsWith(path.join('src', 'config', 'validate.ts'))
          ? { path: 'compile', namespace: 'edge-precompiled' }
          : undefined,
      );
      b.onResolve({ filter: /^edge-validator:/ }, (args) => ({
        path: args.path.slice('edge-validator:'.length),
        namespace: 'edge-validator',
      }));
      b.onLoad({ filter: /.*/, namespace: 'edge-precompiled' }, () => ({
        contents: seam,
        resolveDir: here,
        loader: 'js',
      }));
      b.onLoad({ filter: /.*/, namespace: 'edge-validator' }, (args) => ({
        contents: code.get(args.path),
        resolveDir: here,
        loader: 'js',
      }));
    },
  };
}

const result = await build({
  entryPoints: { 'brewpit-edge': path.join(here, 'src', 'cli.ts') },
  outdir: path.dirname(OUTFILE),
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  plugins: [sideEffectFree, await precompiledValidators()],
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
rmSync(CHUNKS, { recursive: true, force: true });
mkdirSync(CHUNKS, { recursive: true });
for (const file of result.outputFiles) {
  if (file.path !== OUTFILE) {
    writeFileSync(file.path, file.contents);
    continue;
  }
  // esbuild keeps src/cli.ts's plain `#!/usr/bin/env node`; the flags go in its place.
  const code = file.text.replace(/^#![^\n]*\n/, '');
  writeFileSync(OUTFILE, `#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}\n${code}`);
  chmodSync(OUTFILE, 0o755);
}
console.log(path.relative(process.cwd(), OUTFILE));
