// The briefing of `npm start` (examples/briefing.mjs) prints its sections from the data: each
// section says how many records it lists, and lists that many, and the first line's counts are
// the article's.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { article } from '../src/index.js';

/** The briefing as printed, split into its sections (a title line, then its lines). */
function sections(): { readonly title: string; readonly count: number; readonly lines: readonly string[] }[] {
  const out = execFileSync(process.execPath, [new URL('../examples/briefing.mjs', import.meta.url).pathname], { encoding: 'utf8' });
  return out
    .split('\n\n')
    .slice(1)
    .map((block) => {
      const [title = '', ...lines] = block.trimEnd().split('\n');
      return { title, count: Number(/\((\d+)\)$/.exec(title)?.[1] ?? Number.NaN), lines };
    });
}

describe('the briefing (npm start)', () => {
  it('counts what it lists, in each section, from the data', () => {
    const [what, figures, quotes, claims, readings] = sections();
    expect(what?.count).toBe(article.events.length);
    expect(what?.lines).toHaveLength(article.events.length);
    // Parts are printed under their whole: every figure once.
    expect(figures?.count).toBe(article.statistics.length);
    expect(figures?.lines).toHaveLength(article.statistics.length);
    expect(quotes?.lines).toHaveLength(article.quotes.length);
    expect(claims?.lines).toHaveLength(article.claims.length);
    expect(readings?.lines).toHaveLength(article.ambiguities.length);
  });

  it('says what a section holds: figures of every kind are not called casualties', () => {
    const [, figures] = sections();
    expect(figures?.title).not.toMatch(/casualt/i);
    expect(figures?.lines.some((l) => l.includes('left without heating and electricity'))).toBe(true);
  });
});
