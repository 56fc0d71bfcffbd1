// Bundles the panel (lit, uPlot and uPlot's CSS included) into the one ES module the
// integration serves: custom_components/brewpit/frontend/brewpit-panel.js.
//   node build.mjs           build
//   node build.mjs --check   rebuild in memory and fail when the committed file differs
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collapseLiteralsPlugin } from './literals.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const OUT_FILE = path.resolve(
  here,
  '../custom_components/brewpit/frontend/brewpit-panel.js',
);
/**
 * Budget for the bundle: HA loads it when the sidebar item is opened (about 55 kB gzipped at
 * 170 kB). uPlot is a third of it; predictions, label placement and the message catalogs
 * (English and German, see src/lib/messages) are what grew past the first 150 kB. The
 * administrator's pages (Devices with pairing, Hydrometers with calibration, Fermentation, Alerts,
 * session editing) added 55 kB (about 16 kB gzipped: 76 kB at 230 kB). Dropping the indentation
 * of Lit's templates (literals.mjs) took 18 kB off at 245 kB.
 */
const MAX_BYTES = 240 * 1024;

/** The esbuild options; bench and tests reuse them with other entry points. */
export function buildOptions(overrides = {}) {
  return {
    entryPoints: [path.join(here, 'src/brewpit-panel.ts')],
    bundle: true,
    format: 'esm',
    target: ['es2021', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'eof',
    loader: { '.css': 'text' },
    tsconfig: path.join(here, 'tsconfig.json'),
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [collapseLiteralsPlugin],
    ...overrides,
  };
}

async function main() {
  const check = process.argv.includes('--check');
  const result = await esbuild.build(buildOptions({ outfile: OUT_FILE, write: !check }));
  if (result.errors.length) process.exit(1);
  if (!check) {
    const size = readFileSync(OUT_FILE).length;
    console.log(`wrote ${path.relative(process.cwd(), OUT_FILE)} (${(size / 1024).toFixed(1)} kB)`);
    if (size > MAX_BYTES) {
      console.error(`bundle is ${size} bytes, over the ${MAX_BYTES} byte budget`);
      process.exit(1);
    }
    return;
  }
  const fresh = Buffer.from(result.outputFiles[0].contents);
  let committed;
  try {
    committed = readFileSync(OUT_FILE);
  } catch {
    committed = Buffer.alloc(0);
  }
  if (!fresh.equals(committed)) {
    console.error(
      `${path.relative(process.cwd(), OUT_FILE)} is not current with panel/src; ` +
        'run `npm run -w @brewpit/panel build` and commit the result',
    );
    process.exit(1);
  }
  console.log('panel bundle is current');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
