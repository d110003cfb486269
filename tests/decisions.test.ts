// The README's "Modelling decisions" are the data's: generated from article.ambiguities and the
// statistics' readings (scripts/decisions.mjs, `npm run decisions`), so they cannot drift from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDecisions, withDecisions } from '../scripts/decisions.mjs';
import { ambiguitiesOf, article, UnknownIdError } from '../src/index.js';

describe('modelling decisions', () => {
  it('the README holds exactly the decisions the data records', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withDecisions(readme, renderDecisions(article))).toBe(readme);
  });

  it('names every ambiguity, with the reading chosen and every other', () => {
    const section = renderDecisions(article);
    for (const a of article.ambiguities) {
      expect(section).toContain(a.question);
      expect(section).toContain(a.chosen.reading);
      for (const alternative of a.alternatives) expect(section).toContain(alternative.reading);
    }
  });

  it('refuses a README without the section', () => {
    expect(() => withDecisions('# no section', 'x')).toThrow(/has no decisions section/);
  });
});

describe('ambiguitiesOf', () => {
  it('gives the ambiguities that name a record, in article order', () => {
    expect(ambiguitiesOf(article, 'plans-abandonment').map((a) => a.id)).toEqual(['cancelled-by-whom', 'meeting-and-talks', 'pressure-who']);
    expect(ambiguitiesOf(article, 'nato')).toEqual([]);
  });

  it('throws UnknownIdError for an id of no record', () => {
    expect(() => ambiguitiesOf(article, 'nobody' as never)).toThrow(UnknownIdError);
  });
});
