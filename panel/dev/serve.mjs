// Serves the dev page on http://127.0.0.1:5174/brewpit with the panel rebuilt on change.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOptions } from '../build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 5174);
const ctx = await esbuild.context(
  buildOptions({
    entryPoints: { dev: path.join(here, 'main.ts') },
    outdir: path.join(here, 'out'),
    minify: false,
    sourcemap: 'inline',
    write: false,
  }),
);
await ctx.watch();
const { hosts } = await ctx.serve({
  host: '127.0.0.1',
  port,
  servedir: here,
  fallback: path.join(here, 'index.html'),
});
console.log(`dev page: http://${hosts[0]}:${port}/brewpit`);
