#!/usr/bin/env node
// Regenerates the README's screenshot, docs-assets/reading-view.png, from docs/index.html
// (`npm run docs:screenshot` builds the docs first): the top of the reading view at desktop
// width, with the first statistic that has parts pinned in the details panel.
//
//   node scripts/docs/screenshot.mjs [--docs <dir>] [--from <dir with the built index.js>] [--out <png>]
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './chromium.mjs';

/** The committed PNG must stay small. */
const MAX_BYTES = 200 * 1024;
const CLIP = { x: 0, y: 0, width: 1200, height: 720 };

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: 'docs' },
    from: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs-assets/reading-view.png' },
  },
});
const page = resolve(values.docs, 'index.html');
if (!existsSync(page)) {
  console.error(`${page} does not exist: run \`npm run docs\` first`);
  process.exit(1);
}
const { article, partsOf } = await import(pathToFileURL(resolve(values.from, 'index.js')).href);
const whole = article.statistics.find((s) => partsOf(article, s.id).length > 0) ?? article.statistics[0];

const browser = await launch();
try {
  const tab = await browser.newPage({ viewport: { width: CLIP.width, height: CLIP.height }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('html[data-ready="true"]');
  await tab.evaluate(() => document.fonts.ready);
  if (whole !== undefined) {
    await tab.locator(`.hl[data-record="${whole.id}"] .part`).first().click();
    await tab.evaluate(() => document.activeElement?.blur());
    await tab.mouse.move(0, 0);
  }
  mkdirSync(dirname(values.out), { recursive: true });
  await tab.screenshot({ path: values.out, clip: CLIP });
} finally {
  await browser.close();
}
const bytes = statSync(values.out).size;
console.log(`wrote ${values.out}: ${CLIP.width}×${CLIP.height}, ${Math.round(bytes / 1024)} KB${whole ? `, ${whole.id} pinned` : ''}`);
if (bytes > MAX_BYTES) {
  console.error(`${values.out} is larger than ${MAX_BYTES / 1024} KB`);
  process.exitCode = 1;
}
