import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, claimsBy, eventsInvolving, evidenceOf, mentioning, partsOf, quotesBy, recordsAt, statisticsAbout } from '../src/index.js';
import { collections } from '../src/internal/references.js';
import { ENTRY_POINTS, specifier } from '../scripts/entry-points.mjs';
import { SHIPPED_FILES } from '../scripts/package-check/allowlist.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

describe('README', () => {
  it('meets an npm reader with the pitch, then how to install, then a worked example', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Install', 'A worked example']);
    const firstBlock = /```(\w+)\n([\s\S]*?)```/.exec(readme);
    expect([firstBlock?.[1], firstBlock?.[2]?.trim()]).toEqual(['sh', 'npm install ukraine-energy-strikes']);
  });

  it('gives a contributor the two set-up commands under Contributing, which .ci/run runs', () => {
    const contributing = readme.slice(readme.indexOf('\n## Contributing'));
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(contributing)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .map((line) => line.split('#')[0]?.trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci', 'npm test']);
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8').split('\n');
    for (const command of commands) expect(ci, command).toContain(command);
  });

  it('links only to what works on the npm page: its own headings, shipped files by absolute address, or other sites', () => {
    const anchors = new Set(
      [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, '')
          .replaceAll(' ', '-'),
      ),
    );
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(5);
    const shipped = `https://unpkg.com/${pkg.name}@${pkg.version.split('.')[0]}/`;
    for (const link of links) {
      if (link.startsWith('#')) expect(anchors, link).toContain(link.slice(1));
      else if (link.startsWith('https://unpkg.com/')) {
        expect(link.startsWith(shipped), `${link} names this major version`).toBe(true);
        expect(SHIPPED_FILES, link).toContain(link.slice(shipped.length));
      } else expect(link, 'an absolute https address').toMatch(/^https:\/\/[^/]+\.[^/]+/);
    }
  });

  it('imports each name in its examples from the entry point that exports it', async () => {
    const entries: Record<string, Record<string, unknown>> = Object.fromEntries(
      await Promise.all(ENTRY_POINTS.map(async (entry) => [specifier(entry), await import(`../src/${entry}.ts`)])),
    );
    const imports = [...readme.matchAll(/^import (type )?\{([^}]*)\} from '(ukraine-energy-strikes[^']*)';/gm)];
    expect(imports.length).toBeGreaterThan(8);
    for (const [, type, names, from] of imports) {
      if (type !== undefined) continue;
      expect(Object.keys(entries), from).toContain(from);
      for (const name of (names ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)) {
        expect(entries[from ?? ''], `${name} from '${from}'`).toHaveProperty(name);
      }
    }
  });

  it.each(collections)('gives the true count of article.%s', (collection) => {
    const row = new RegExp(`\\| \`article\\.${collection}\` \\| (\\d+) \\|`).exec(readme);
    expect(Number(row?.[1])).toBe(article[collection].length);
  });

  // Each call runs inside its test, not while tests are collected, so the mutation run credits it.
  it.each([
    ["quotesBy(article, 'trump').map((q) => q.text)", () => quotesBy(article, 'trump').map((q) => q.text)],
    ["statisticsAbout(article, 'drone-interception').map((s) => s.id)", () => statisticsAbout(article, 'drone-interception').map((s) => s.id)],
    ["partsOf(article, 'people-killed').map((s) => s.id)", () => partsOf(article, 'people-killed').map((s) => s.id)],
    ["eventsInvolving(article, 'trump', 'agent').map((e) => e.id)", () => eventsInvolving(article, 'trump', 'agent').map((e) => e.id)],
    ["claimsBy(article, 'putin').map((c) => c.id)", () => claimsBy(article, 'putin').map((c) => c.id)],
    ["mentioning(article, 'budapest').map((e) => e.record.id)", () => mentioning(article, 'budapest').map((e) => e.record.id)],
    ["evidenceOf(article, 'people-killed').map((s) => s.text)", () => evidenceOf(article, 'people-killed').map((s) => s.text)],
    ["recordsAt(article, article.text.indexOf('33')).map((e) => e.record.id)", () => recordsAt(article, article.text.indexOf('33')).map((e) => e.record.id)],
  ])('shows the real result of %s', (call, run) => {
    const line = readme.split('\n').find((l) => l.includes(`\`${call} // =>`));
    expect(line, call).toBeDefined();
    const shown = /\/\/ => (\[.*?\])`/.exec(line ?? '')?.[1] ?? '';
    expect(JSON.parse(shown.replace(/'/g, '"'))).toEqual(run());
  });
});
