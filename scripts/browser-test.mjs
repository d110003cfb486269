#!/usr/bin/env node
// Browser test of the reading view, docs/index.html, in Debian's Chromium (headless, through
// playwright-core). `npm run test:browser` builds the docs first. Prints one line per assertion
// and ends with `N passed, M failed`; exits non-zero on any failure. Screenshots go to
// ${TMPDIR:-/tmp}/ukraine-energy-strikes-artifacts/, outside the repository.
//
//   node scripts/browser-test.mjs [--docs <dir>] [--from <dir with the built index.js>] [--artifacts <dir>]
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, viewports } from './docs/chromium.mjs';
import { formatStatistic, KINDS } from './docs/view-model.mjs';
import { loadExamples } from './examples.mjs';

const { values: options } = parseArgs({
  options: {
    docs: { type: 'string', default: 'docs' },
    from: { type: 'string', default: 'dist' },
    artifacts: { type: 'string', default: join(process.env.TMPDIR || tmpdir(), 'ukraine-energy-strikes-artifacts') },
  },
});

let passed = 0;
let failed = 0;
/** Records one assertion: `ok` or `FAIL`, with the detail that explains it. */
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

const page = resolve(options.docs, 'index.html');
if (!existsSync(page)) {
  console.error(`${page} does not exist: run \`npm run docs\` first`);
  process.exit(1);
}
const pageUrl = pathToFileURL(page).href;
// The main entry point and ./define (defineArticle), as docs/build.mjs loads them.
const pkg = {
  ...(await import(pathToFileURL(resolve(options.from, 'index.js')).href)),
  ...(await import(pathToFileURL(resolve(options.from, 'define.js')).href)),
};
const { article, timeline, findActor } = pkg;
mkdirSync(options.artifacts, { recursive: true });
// Every page of the reading view: the story, then each invented example (as docs/build.mjs writes them).
const examplePages = (await loadExamples()).map((e) => ({
  label: e.name,
  file: `examples/${e.slug}.html`,
  article: pkg.defineArticle(e.data),
  invented: true,
}));
const pages = [{ label: 'story', file: 'index.html', article, invented: false }, ...examplePages];
for (const p of pages) {
  if (!existsSync(resolve(options.docs, p.file))) {
    console.error(`${resolve(options.docs, p.file)} does not exist: run \`npm run docs\` first`);
    process.exit(1);
  }
}

// What the page must show, from the package itself.
const records = KINDS.flatMap(({ collection }) => article[collection]);
const expectedSpans = records.flatMap((r) => r.evidence.map((s) => `${r.id}@${s.start}-${s.end}`)).sort();
const evidenceTotal = records.reduce((n, r) => n + r.evidence.length, 0);

const browser = await launch();
const consoleErrors = [];
const requests = [];
const watch = (p, label) => {
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${label} console.${m.type()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => consoleErrors.push(`${label} page error: ${e.message}`));
  p.on('request', (r) => requests.push(r.url()));
};
const shot = async (p, name, fullPage = false) => {
  const path = join(options.artifacts, `${name}.png`);
  await p.screenshot({ path, fullPage });
  return path;
};
const shots = [];
/** The underline of a quote's own words (its `span`, which is also its first evidence span). */
const quoteHighlight = (p, quote) => p.locator(`.hl[data-record="${quote.id}"][data-start="${quote.span.start}"][data-end="${quote.span.end}"] .part`).first();

/** What every page must show of its article: each span once, drawn; quotes, figures and timeline; the fixes readers asked for. */
async function checkPage(context, { label, file, article: shown, invented }) {
  const p = await context.newPage();
  p.setDefaultTimeout(10_000);
  watch(p, label);
  const url = pathToFileURL(resolve(options.docs, file)).href;
  await p.goto(url);
  await p.waitForSelector('html[data-ready="true"]');
  await p.evaluate(() => document.fonts.ready);
  const own = KINDS.flatMap(({ collection }) => shown[collection]);
  const expected = own.flatMap((r) => r.evidence.map((s) => `${r.id}@${s.start}-${s.end}`)).sort();
  const drawn = (await p.$$eval('.overlay .hl', (hs) => hs.map((h) => `${h.dataset.record}@${h.dataset.start}-${h.dataset.end}`))).sort();
  check(
    `${label}: one highlight per evidence span (${drawn.length} of ${expected.length})`,
    drawn.length === expected.length && drawn.every((d, i) => d === expected[i]),
  );
  const counts = await p.$$eval('.legend .kind', (ks) => ks.map((k) => [k.querySelector('input').dataset.kind, k.querySelector('.count').textContent]));
  check(
    `${label}: the legend counts records, not spans`,
    counts.length === KINDS.length && counts.every(([kind, n]) => Number(n) === shown[KINDS.find((k) => k.kind === kind).collection].length),
    counts.map(([k, n]) => `${k} ${n}`).join(', '),
  );
  const listed = await p.$$eval('#timeline li[data-id]', (lis) => lis.map((li) => li.dataset.id));
  const order = timeline(shown).map((e) => e.id);
  check(`${label}: the timeline lists every event once, in timeline() order`, listed.length === order.length && listed.every((id, i) => id === order[i]));
  const figures = await p.$$eval('#figures li[data-id]', (lis) => lis.map((li) => li.dataset.id));
  check(
    `${label}: figures list every statistic`,
    shown.statistics.every((s) => figures.includes(s.id)),
  );
  const fiction = await p.locator('.fiction').count();
  check(`${label}: ${invented ? 'says at the top that the text is invented' : 'carries no invented-text notice'}`, fiction === (invented ? 1 : 0));
  const nav = await p.$$eval('nav.articles a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
  check(
    `${label}: links every article's page, marking its own, and every link resolves`,
    nav.length === pages.length &&
      nav.filter(([, current]) => current === 'page').length === 1 &&
      nav.every(([href]) => existsSync(resolve(options.docs, file, '..', href))),
    nav.map(([h]) => h).join(', '),
  );
  // The tooltip stands next to the line being read, never on it nor on the line after it (where the
  // eye goes next): hover each quote and two statistics.
  const covered = [];
  const targets = [...shown.quotes.map((q) => [q.id, q.span]), ...shown.statistics.slice(0, 2).map((st) => [st.id, st.evidence[0]])];
  for (const [id, span] of targets) {
    await p.mouse.move(1, 1);
    const highlight = p.locator(`.hl[data-record="${id}"][data-start="${span.start}"][data-end="${span.end}"]`).first();
    await highlight.locator('.part').first().hover();
    await p.locator('#tip').waitFor({ state: 'visible' });
    const overlap = await p.evaluate(
      ({ start, end }) => {
        const tip = document.getElementById('tip').getBoundingClientRect();
        const vm = JSON.parse(document.getElementById('view-data').textContent);
        const words = vm.segments
          .filter((g) => g.start >= start && g.end <= end)
          .flatMap((g) => [...document.querySelector(`.seg[data-seg="${g.index}"]`).getClientRects()]);
        const column = document.querySelector('.text').getBoundingClientRect();
        // The band from the top of the hovered words' first line to the bottom of the line after their last.
        const top = Math.min(...words.map((r) => r.top));
        const last = Math.max(...words.map((r) => r.bottom));
        const height = Math.max(...words.map((r) => r.height));
        const band = { left: column.left, right: column.right, top, bottom: last + height * 1.5 };
        return band.left < tip.right && tip.left < band.right && band.top < tip.bottom && tip.top < band.bottom;
      },
      { start: span.start, end: span.end },
    );
    if (overlap) covered.push(id);
  }
  check(`${label}: the tooltip covers neither the line being read nor the line after it (${targets.length} hovered)`, covered.length === 0, covered.join(', '));
  await p.close();
}

try {
  // ---------------- every page ----------------
  {
    const context = await browser.newContext({ viewport: viewports.desktop });
    for (const page of pages) await checkPage(context, page);
    // Events and statistics must be told apart by more than a shade of orange.
    const story = await context.newPage();
    await story.goto(pageUrl);
    await story.waitForSelector('html[data-ready="true"]');
    const look = await story.evaluate(() => {
      const of = (kind) => {
        const part = document.querySelector(`.hl.k-${kind} .part`);
        const style = getComputedStyle(part, '::before');
        return { color: style.borderTopColor, style: style.borderTopStyle };
      };
      return { event: of('event'), statistic: of('statistic') };
    });
    const rgb = (c) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    const distance = Math.hypot(...rgb(look.event.color).map((v, i) => v - rgb(look.statistic.color)[i]));
    check(
      'event and statistic underlines differ in colour (RGB distance > 150) and in line style',
      distance > 150 && look.event.style !== look.statistic.style,
      `event ${look.event.color} ${look.event.style}, statistic ${look.statistic.color} ${look.statistic.style}, distance ${distance.toFixed(0)}`,
    );
    await context.close();
  }

  // ---------------- desktop ----------------
  const context = await browser.newContext({ viewport: viewports.desktop });
  const desktop = await context.newPage();
  desktop.setDefaultTimeout(10_000);
  watch(desktop, 'desktop');
  await desktop.goto(pageUrl);
  await desktop.waitForSelector('html[data-ready="true"]');
  await desktop.evaluate(() => document.fonts.ready);
  check('the page loads with no console errors or warnings', consoleErrors.length === 0, consoleErrors.join(' | '));
  shots.push(await shot(desktop, 'reading-view-desktop'), await shot(desktop, 'reading-view-desktop-full', true));

  // One highlight per evidence span.
  const onPage = await desktop.$$eval('.overlay .hl', (hs) => hs.map((h) => `${h.dataset.record}@${h.dataset.start}-${h.dataset.end}`));
  check(
    `highlights = evidence spans: ${onPage.length} highlights, Σ record.evidence.length over the six collections = ${evidenceTotal}`,
    onPage.length === evidenceTotal,
  );
  const sorted = [...onPage].sort();
  const firstDiff = sorted.findIndex((s, i) => s !== expectedSpans[i]);
  check(
    'each highlight is one evidence span of one record (same record ids and offsets as the data)',
    firstDiff === -1 && sorted.length === expectedSpans.length,
    firstDiff === -1 ? '' : `first difference: ${sorted[firstDiff]} vs ${expectedSpans[firstDiff]}`,
  );
  const undrawn = await desktop.$$eval('.overlay .hl', (hs) => {
    const column = document.querySelector('#reading').getBoundingClientRect();
    return hs
      .filter((h) => {
        const parts = [...h.querySelectorAll('.part')].map((p) => p.getBoundingClientRect());
        return parts.length === 0 || parts.some((r) => r.width <= 0 || r.left < column.left - 1 || r.right > column.right + 1);
      })
      .map((h) => h.dataset.record);
  });
  check('every highlight is drawn as an underline inside the text column', undrawn.length === 0, undrawn.join(', '));

  // Hovering a quote shows its speaker.
  for (const quote of article.quotes) {
    const speaker = findActor(article, quote.speaker)?.name ?? quote.speaker;
    await quoteHighlight(desktop, quote).hover();
    const tip = desktop.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.textContent();
    check(
      `hovering quote ${quote.id} shows its speaker, ${speaker}`,
      text.includes(speaker) && text.includes(quote.id),
      text.slice(0, 80).replaceAll('\n', ' '),
    );
  }
  await desktop.mouse.move(1, 1);
  await quoteHighlight(desktop, article.quotes[0]).hover();
  shots.push(await shot(desktop, 'reading-view-desktop-hover-quote'));

  // Clicking a statistic pins it in the panel.
  for (const statistic of article.statistics) {
    const highlight = desktop.locator(`.hl[data-record="${statistic.id}"]`).first();
    await highlight.locator('.part').first().click();
    const id = await desktop.getAttribute('#details', 'data-id');
    const text = await desktop.locator('#details').textContent();
    const pressed = await highlight.getAttribute('aria-pressed');
    check(
      `clicking statistic ${statistic.id} pins it in the details panel with its value`,
      id === statistic.id && text.includes(statistic.measure) && text.includes(formatStatistic(statistic)) && pressed === 'true',
      `panel shows ${id}, aria-pressed ${pressed}`,
    );
  }
  await desktop.mouse.move(1, 1);
  shots.push(await shot(desktop, 'reading-view-desktop-pinned-statistic'));

  // The timeline.
  const listed = await desktop.$$eval('#timeline li[data-id]', (lis) => lis.map((li) => li.dataset.id));
  const order = timeline(article).map((e) => e.id);
  check(
    `the timeline lists every event once (${listed.length} entries, ${article.events.length} events), in timeline() order`,
    listed.length === article.events.length && new Set(listed).size === listed.length && listed.every((id, i) => id === order[i]),
    listed.join(' → '),
  );

  // Who said what, and figures.
  const quoteHomes = await desktop.$$eval('#quotes li[data-id]', (lis) => lis.map((li) => [li.dataset.id, li.closest('.speaker')?.dataset.id]));
  check(
    'who said what lists every quote once, under its speaker',
    quoteHomes.length === article.quotes.length && article.quotes.every((q) => quoteHomes.some(([id, speaker]) => id === q.id && speaker === q.speaker)),
  );
  const figureHomes = await desktop.$$eval('#figures li[data-id]', (lis) =>
    lis.map((li) => [li.dataset.id, li.parentElement.closest('li[data-id]')?.dataset.id ?? null]),
  );
  check(
    'figures list every statistic, each part nested under its whole',
    article.statistics.every((s) => figureHomes.some(([id, whole]) => id === s.id && whole === (s.partOf?.id ?? null))),
    figureHomes.map(([id, whole]) => (whole ? `${whole} > ${id}` : id)).join(', '),
  );

  // Keyboard: Tab from the top reaches every highlight, in text order, and each shows its record.
  // From a fresh load, so that sequential focus starts at the top of the document.
  await desktop.reload();
  await desktop.waitForSelector('html[data-ready="true"]');
  // One pass: Tab until focus has entered the highlights and left them again.
  const tabStops = await desktop.$$eval('a[href], button, input', (els) => els.length);
  const reached = [];
  const tipMismatches = [];
  for (let i = 0; i < tabStops + 5; i++) {
    await desktop.keyboard.press('Tab');
    const state = await desktop.evaluate(() => {
      const el = document.activeElement;
      const tip = document.getElementById('tip');
      return { span: el?.dataset?.span ?? null, record: el?.dataset?.record ?? null, tip: tip.hidden ? '' : (tip.querySelector('.card')?.dataset.id ?? '') };
    });
    if (state.span === null || !(await desktop.evaluate(() => document.activeElement.matches('.overlay .hl')))) {
      if (reached.length > 0) break;
      continue;
    }
    reached.push(Number(state.span));
    if (state.tip !== state.record) tipMismatches.push(`${state.record} showed ${state.tip || 'nothing'}`);
  }
  const missing = Array.from({ length: evidenceTotal }, (_, i) => i).filter((i) => !reached.includes(i));
  check(
    `keyboard focus (Tab) reaches every highlight: ${new Set(reached).size} of ${evidenceTotal}`,
    missing.length === 0,
    missing.length ? `missing ${missing.join(', ')}` : '',
  );
  check(
    'highlights take focus once each, in text order',
    reached.length === evidenceTotal && reached.every((v, i) => i === 0 || v > reached[i - 1]),
    reached.length === evidenceTotal ? '' : `${reached.length} focus stops`,
  );
  check('focusing a highlight shows its record', tipMismatches.length === 0 && reached.length > 0, tipMismatches.join('; '));
  const focusTarget = desktop.locator(`.hl[data-record="${article.quotes[1]?.id ?? article.quotes[0].id}"]`).first();
  await focusTarget.focus();
  await desktop.keyboard.press('Enter');
  check(
    'Enter on a focused highlight pins its record',
    (await desktop.getAttribute('#details', 'data-id')) === (await focusTarget.getAttribute('data-record')),
  );
  await desktop.keyboard.press('Escape');
  check('Escape hides the tooltip', await desktop.locator('#tip').isHidden());

  // The legend hides and restores a kind.
  await desktop.locator('.legend input[data-kind="quote"]').uncheck();
  const visibleWithoutQuotes = await desktop.locator('.overlay .hl:not([hidden])').count();
  await desktop.locator('.legend input[data-kind="quote"]').check();
  const visibleAgain = await desktop.locator('.overlay .hl:not([hidden])').count();
  const quoteSpans = article.quotes.reduce((n, q) => n + q.evidence.length, 0);
  check(
    'unticking a kind in the legend hides its highlights; ticking it shows them again',
    visibleWithoutQuotes === evidenceTotal - quoteSpans && visibleAgain === evidenceTotal,
  );

  const api = await desktop.getAttribute('a[href$="api/index.html"]', 'href');
  check('the view links the API reference, and it exists', api !== null && existsSync(resolve(options.docs, api)), api ?? 'no link');
  await context.close();

  // ---------------- phone ----------------
  const phoneContext = await browser.newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await phoneContext.newPage();
  phone.setDefaultTimeout(10_000);
  watch(phone, 'phone');
  await phone.goto(pageUrl);
  await phone.waitForSelector('html[data-ready="true"]');
  await phone.evaluate(() => document.fonts.ready);
  shots.push(await shot(phone, 'reading-view-phone'), await shot(phone, 'reading-view-phone-full', true));
  const widths = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  check(
    `phone width (${viewports.phone.width} px): nothing scrolls sideways`,
    widths.scroll <= widths.client,
    `scrollWidth ${widths.scroll}, clientWidth ${widths.client}`,
  );
  const statistic = article.statistics[0];
  const span = statistic.evidence[0];
  const segment = await phone.evaluate(
    (start) => JSON.parse(document.getElementById('view-data').textContent).segments.find((s) => s.start === start)?.index,
    span.start,
  );
  await phone.locator(`.seg[data-seg="${segment}"]`).tap();
  const sheet = await phone.locator('#details').boundingBox();
  const lists = await phone.locator(`#details button[data-record="${statistic.id}"]`).count();
  check(
    'phone: tapping a word opens the details sheet in view, listing the records there',
    sheet !== null && sheet.y >= 0 && sheet.y + sheet.height <= viewports.phone.height + 1 && lists === 1,
  );
  await phone.locator(`#details button[data-record="${statistic.id}"]`).tap();
  check('phone: tapping a listed record pins it', (await phone.getAttribute('#details', 'data-id')) === statistic.id);
  shots.push(await shot(phone, 'reading-view-phone-pinned'));
  await phoneContext.close();

  check('no console errors or warnings during the whole session', consoleErrors.length === 0, consoleErrors.join(' | '));
  const own = new Set(pages.map((p) => pathToFileURL(resolve(options.docs, p.file)).href));
  const foreign = requests.filter((url) => !own.has(url));
  check(
    `no request leaves the pages: ${requests.length} requests, all for the pages' own files`,
    foreign.length === 0 && requests.length > 0,
    foreign.join(', '),
  );
} catch (error) {
  check('the test ran to the end', false, error instanceof Error ? error.message.split('\n')[0] : String(error));
} finally {
  await browser.close();
}

for (const path of shots) console.log(`screenshot: ${path}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
