import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { buildOptions } from '../build.mjs';
const [path, out, width = '1280', query = ''] = process.argv.slice(2);
const r = await esbuild.build(
  buildOptions({
    entryPoints: ['panel/dev/main.ts'],
    write: false,
    outfile: 'r.js',
    minify: false,
  }),
);
const js = r.outputFiles[0].text;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.route('http://t.test/**', (rt) =>
  rt.request().url().endsWith('.js')
    ? rt.fulfill({ contentType: 'text/javascript', body: js })
    : rt.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset=utf-8><body style="margin:0"></body><script type="module" src="/r.js"></script>',
      }),
);
await page.goto(`http://t.test${path}${query}`);
await new Promise((r) => setTimeout(r, 2500));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
