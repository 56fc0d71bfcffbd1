// Chromium for the panel's end-to-end test and the panel bench: Debian's package, found on PATH
// (`npm test` installs it when it runs as root), driven by playwright-core.
import { chromium, type Browser } from 'playwright-core';
import { findOnPath } from '../../scripts/test/prerequisites.js';

/** Quiet, headless, and no sandbox (tests run as root). */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findOnPath('chromium');
  if (!executablePath) throw new Error('chromium is not on PATH (npm test installs it as root)');
  return chromium.launch({ executablePath, args: ARGS });
}
