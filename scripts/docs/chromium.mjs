// Launches Debian's Chromium through playwright-core, headless and with nothing that phones home,
// for the browser test and the README screenshot. `.ci/run` installs it (`apt-get install chromium`).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags: headless, no sandbox (CI runs as root), no GPU, and no background network traffic. */
export const args = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Starts the browser; playwright-core gives it a fresh temporary profile (`--user-data-dir`).
 *
 * @returns a playwright `Browser`; close it when done
 */
export async function launch() {
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, headless: true, args: [...args] });
}

/** The two viewports the view is checked and photographed at. */
export const viewports = Object.freeze({
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
});
