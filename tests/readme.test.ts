import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, claimsBy, eventsInvolving, evidenceOf, mentioning, partsOf, quotesBy, recordsAt, statisticsAbout } from '../src/index.js';
import { collections } from '../src/internal/references.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two set-up commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(
      firstBlock
        .split('\n')
        .map((line) => line.split('#')[0]?.trim())
        .filter(Boolean),
    ).toEqual(['npm ci', 'npm test']);
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
