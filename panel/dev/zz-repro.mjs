import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
const root = process.argv[2];
const { buildOptions } = await import(`${root}/panel/build.mjs`);
const out = await esbuild.build(
  buildOptions({
    entryPoints: [`${root}/panel/dev/${process.argv[3] ?? 'repro.ts'}`],
    write: false,
    outfile: 'r.js',
    minify: false,
  }),
);
const js = out.outputFiles[0].text;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.route('http://t.test/**', (r) =>
  r.request().url().endsWith('.js')
    ? r.fulfill({ contentType: 'text/javascript', body: js })
    : r.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><body></body><script type="module" src="/r.js"></script>',
      }),
);
await page.goto('http://t.test/brewpit');
for (let i = 0; i < 8; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const t0 = Date.now();
  const s = await page.evaluate(() => window.stats());
  console.log(`t=${i + 1}s clearRect=${s.fills} evaluate latency=${Date.now() - t0} ms`);
}
await browser.close();
