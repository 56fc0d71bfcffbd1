/**
 * The panel's chart, form and session page in real Chromium (not jsdom: label placement needs
 * real text metrics and canvas), fed by the in-memory backend of panel/dev. What Home Assistant
 * itself adds (login, WebSocket, the real hub) is covered by panel-ha.test.ts.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error build.mjs is plain ESM without types
import { buildOptions } from '../../panel/build.mjs';
import type { ChartCase, ChartLayout } from '../../panel/dev/browser-tests.types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://brewpit.test';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

interface TestPage {
  brewpitTest: {
    chartLayout(c: ChartCase): Promise<ChartLayout>;
    mountPanel(path: string, width: number): void;
    draws(): number;
    shownRange(): { min: number; max: number } | null;
  };
}

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function assertNoOverlaps(what: string, boxes: (Box & { text: string })[]): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      assert.ok(
        !overlap(boxes[i]!, boxes[j]!),
        `${what}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}" (${JSON.stringify([boxes[i], boxes[j]])})`,
      );
}

function assertUniqueTicks(what: string, ticks: string[]): void {
  const shown = ticks.filter(Boolean);
  assert.ok(
    shown.length >= 2,
    `${what}: at least two labelled ticks, got ${JSON.stringify(ticks)}`,
  );
  assert.equal(
    new Set(shown).size,
    shown.length,
    `${what}: tick labels repeat: ${JSON.stringify(ticks)}`,
  );
}

describe('panel in Chromium: chart, form, session page', function () {
  this.timeout(120_000);
  let browser: Browser;
  let js = '';

  before(async () => {
    const out = await esbuild.build(
      buildOptions({
        entryPoints: [path.join(ROOT, 'panel/dev/browser-tests.ts')],
        write: false,
        outfile: 'tests.js',
        minify: false,
      }),
    );
    js = out.outputFiles![0]!.text;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
  });

  async function open(width = 1280, timezoneId = 'Europe/Berlin'): Promise<Page> {
    const ctx = await browser.newContext({
      viewport: { width, height: 900 },
      locale: 'en-US',
      timezoneId,
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log(`      page error: ${e.message}`));
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/tests.js')
        ? route.fulfill({ contentType: 'text/javascript', body: js })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><meta charset="utf-8"><body style="margin:0"></body><script type="module" src="/tests.js"></script>',
          }),
    );
    await page.goto(`${ORIGIN}/brewpit`);
    await page.waitForFunction(() => 'brewpitTest' in globalThis);
    return page;
  }

  const layout = (page: Page, c: ChartCase) =>
    page.evaluate((c) => (globalThis as unknown as TestPage).brewpitTest.chartLayout(c), c);

  it('places the labels of six probes and four targets without overlap, with unique local ticks', async () => {
    const page = await open();
    const start = Date.UTC(2025, 10, 22, 12, 0);
    const cases: [string, ChartCase][] = [
      ['desktop, whole cook', { width: 1200, start }],
      [
        'desktop, the cluster of notes',
        { width: 1200, start, offsetMs: 4.5 * 3_600_000, windowMs: 1.5 * 3_600_000 },
      ],
      ['phone, whole cook', { width: 360, start }],
      ['50 seconds', { width: 1200, start, offsetMs: 3_600_000, windowMs: 50_000 }],
      ['three minutes on a phone', { width: 360, start, offsetMs: 3_600_000, windowMs: 180_000 }],
      // 2 November 2025: New York's clocks go back at 2:00, so 1:00–2:00 happens twice.
      [
        'the hour repeated when clocks go back',
        {
          width: 1200,
          start: Date.UTC(2025, 10, 2, 3, 0),
          offsetMs: 2 * 3_600_000,
          windowMs: 3 * 3_600_000,
          serverZone: 'America/New_York',
        },
      ],
    ];
    for (const [what, c] of cases) {
      const l = await layout(page, c);
      assertNoOverlaps(what, l.labels);
      assertUniqueTicks(what, l.ticks);
      assertNoOverlaps(`${what} (ticks)`, l.tickBoxes);
      if (c.width >= 1200 && !c.windowMs) {
        // With room enough, every target line is labelled (Brisket 95 and Ribs 93 both).
        const targets = l.labels.filter((b) => b.id.startsWith('target:'));
        assert.equal(targets.length, 4, `${what}: ${JSON.stringify(l.labels.map((b) => b.text))}`);
        assert.ok(
          l.labels.some((b) => /Brisket 95\.0 °C · ETA/.test(b.text)),
          'the ETA on the target',
        );
        assert.ok(
          l.labels.some((b) => b.id.startsWith('stall:')),
          'the stall is labelled',
        );
      }
    }
    // Ticks are in the zone the user asked for: 21:00 in Tokyo is 12:00 UTC.
    const tokyo = await layout(page, {
      width: 1200,
      start,
      windowMs: 3_600_000,
      serverZone: 'Asia/Tokyo',
    });
    assert.match(tokyo.ticks.find(Boolean)!, /^9:\d\d PM/);
    const dst = await layout(page, cases[5]![1]);
    assert.ok(
      dst.ticks.some((t) => /EDT/.test(t)) && dst.ticks.some((t) => /EST/.test(t)),
      JSON.stringify(dst.ticks),
    );
    await page.context().close();
  });

  it('proposes meat for Brisket and Ribs, names the node, and offers cook probes first', async () => {
    const page = await open();
    await page.evaluate(() =>
      (globalThis as unknown as TestPage).brewpitTest.mountPanel('/sessions', 1280),
    );
    await page.getByRole('button', { name: 'New session' }).click();
    const row = (id: number) => page.locator(`brewpit-session-form .probe[data-series="${id}"]`);
    await row(2).waitFor();
    assert.equal(await row(2).locator('select').inputValue(), 'meat');
    assert.equal(await row(3).locator('select').inputValue(), 'meat');
    assert.equal(await row(1).locator('select').inputValue(), 'pit');
    for (const id of [1, 2, 3]) {
      const text = await row(id).innerText();
      assert.match(text, /smoker-pi \(Backyard\)/, `node name beside probe ${id}`);
      assert.doesNotMatch(text, /3f2a9c1e/, 'no node id');
    }
    assert.match(await row(2).innerText(), /21\.5 °C/, 'current reading');
    // Wort and gravity are not offered for a cook until asked for.
    const others = page.locator('brewpit-session-form details.others');
    assert.equal(await others.evaluate((d) => (d as unknown as { open: boolean }).open), false);
    assert.equal(await others.locator('.probe').count(), 2);
    // Disabled target boxes look disabled.
    const target = row(2).locator('input.target');
    assert.equal(await target.isDisabled(), true);
    const opacity = await target.evaluate((el) =>
      Number(
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }
        ).getComputedStyle(el).opacity,
      ),
    );
    assert.ok(opacity < 0.6, `disabled target box opacity ${opacity}`);
    await page.context().close();
  });

  it('marks a probe already in a running session and asks before sharing it', async () => {
    const page = await open();
    await page.evaluate(() =>
      (globalThis as unknown as TestPage).brewpitTest.mountPanel('/sessions', 1280),
    );
    await page.getByRole('button', { name: 'New session' }).click();
    await page.locator('brewpit-session-form select[name="kind"]').selectOption('brew');
    const wort = page.locator('brewpit-session-form .probe[data-series="5"]');
    await wort.waitFor();
    assert.match(await wort.innerText(), /In use in Citra pale ale/);
    await page.locator('brewpit-session-form input[name="name"]').fill('Second brew');
    await wort.locator('input[type=checkbox]').first().check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByText(/already part of a running session/).waitFor();
    assert.doesNotMatch(page.url(), /\/session\//, 'not started without confirmation');
    await wort.getByLabel(/Also use it here/).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.waitForURL(/\/brewpit\/session\//);
    await page.context().close();
  });

  it('starts a cook from the form and follows it live without freezing', async () => {
    const page = await open();
    await page.evaluate(() =>
      (globalThis as unknown as TestPage).brewpitTest.mountPanel('/sessions', 1280),
    );
    await page.getByRole('button', { name: 'New session' }).click();
    await page.locator('brewpit-session-form input[name="name"]').fill('Saturday brisket');
    for (const [id, target] of [
      [1, ''],
      [2, '95'],
      [3, '93'],
    ] as const) {
      const row = page.locator(`brewpit-session-form .probe[data-series="${id}"]`);
      await row.locator('input[type=checkbox]').first().check();
      if (target) await row.locator('input.target').fill(target);
    }
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.waitForURL(/\/brewpit\/session\//);
    await page.locator('brewpit-chart canvas').first().waitFor();
    const first = await page.evaluate(() =>
      (globalThis as unknown as TestPage).brewpitTest.shownRange(),
    );
    // A click on the chart picks the moment of a note; "use now" drops it again. Both must
    // answer at once while readings stream in.
    const over = page.locator('brewpit-chart .u-over');
    const picked = page.locator('brewpit-session-notes').getByText(/picked on the chart/);
    const latencies: number[] = [];
    for (let i = 0; i < 6; i++) {
      const box = (await over.boundingBox())!;
      const t0 = Date.now();
      await page.mouse.click(box.x + box.width * (0.3 + i * 0.1), box.y + box.height / 2);
      await picked.waitFor({ timeout: 5000 });
      latencies.push(Date.now() - t0);
      await page.getByRole('button', { name: 'use now' }).click({ timeout: 5000 });
      await picked.waitFor({ state: 'detached', timeout: 5000 });
      await page.waitForTimeout(1500);
    }
    const draws = await page.evaluate(() =>
      (globalThis as unknown as TestPage).brewpitTest.draws(),
    );
    const last = await page.evaluate(() =>
      (globalThis as unknown as TestPage).brewpitTest.shownRange(),
    );
    assert.ok(Math.max(...latencies) < 500, `click latencies ${latencies.join(', ')} ms`);
    // About one draw per live update and per click, nowhere near a redraw loop.
    assert.ok(draws < 60, `${draws} chart draws in ~12 s`);
    assert.ok(first && last && last.max > first.max + 5, `right edge ${first?.max} → ${last?.max}`);
    await page.context().close();
  });
});
