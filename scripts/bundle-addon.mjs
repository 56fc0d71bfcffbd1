#!/usr/bin/env node
// Bundles the hub (addon/src + @brewpit/protocol + pure-JS dependencies) into one file,
// addon/app/hub.js, because the Supervisor builds the add-on image with addon/ as the Docker
// context and cannot see the rest of the monorepo. The native better-sqlite3 binding stays
// external and is installed in the image at the version the root lockfile pins.
//   node scripts/bundle-addon.mjs           write addon/app/
//   node scripts/bundle-addon.mjs --check   fail when addon/app/ is not what the sources give
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appDir = path.join(root, 'addon', 'app');
const check = process.argv.includes('--check');

const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const sqliteVersion = lock.packages['node_modules/better-sqlite3']?.version;
if (!sqliteVersion) throw new Error('better-sqlite3 is not in package-lock.json');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const outDir = check ? mkdtempSync(path.join(tmpdir(), 'brewpit-bundle-')) : appDir;
await build({
  entryPoints: [path.join(root, 'addon', 'src', 'main.ts')],
  outfile: path.join(outDir, 'hub.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: false,
  legalComments: 'none',
  // ws loads these optional accelerators in a try/catch; pino-pretty is for terminals only.
  external: ['better-sqlite3', 'bufferutil', 'utf-8-validate', 'pino-pretty'],
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __brewpitRequire } from 'node:module'; const require = __brewpitRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

const pkg = {
  name: 'brewpit-hub-addon',
  version,
  private: true,
  type: 'module',
  description: 'Brewpit hub as bundled into the Home Assistant add-on image',
  dependencies: { 'better-sqlite3': sqliteVersion },
  // npm 11 runs no install script unless approved: the binding must compile in the image.
  allowScripts: { 'better-sqlite3': true },
};
writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

if (check) {
  const stale = ['hub.js', 'package.json'].filter((f) => {
    const want = readFileSync(path.join(outDir, f), 'utf8');
    const have = existsSync(path.join(appDir, f)) ? readFileSync(path.join(appDir, f), 'utf8') : '';
    return want !== have;
  });
  if (stale.length > 0) {
    console.error(
      `addon/app is out of date (${stale.join(', ')}): run node scripts/bundle-addon.mjs and commit`,
    );
    process.exit(1);
  }
  console.log('addon/app is current');
} else {
  console.log(`Wrote addon/app/hub.js (better-sqlite3 ${sqliteVersion})`);
}
