import { describe, expect, it } from 'vitest';
import { loadCouncil } from './council.js';
import { article, factsAbout } from '../src/index.js';

describe('factsAbout: what the outside context says about a record', () => {
  it("gives a record's facts in context order, each naming its source", () => {
    expect(factsAbout(article, 'kyiv')).toEqual([{ kind: 'wikidata', record: 'kyiv', qid: 'Q1899', source: 'wikidata' }]);
    expect(factsAbout(article, 'overnight-strikes').map((f) => [f.kind, f.source])).toEqual([['date', 'afp-dawn']]);
  });

  it('narrows to one kind of fact', () => {
    expect(factsAbout(article, 'summit-cancellation', 'date').map((f) => f.date)).toEqual(['2025-10-21']);
    expect(factsAbout(article, 'summit-cancellation', 'wikidata')).toEqual([]);
    expect(factsAbout(article, 'zelensky', 'wikidata').map((f) => f.qid)).toEqual(['Q3874799']);
  });

  it('gives the same frozen empty list for a record with no facts, and for an article with no context', async () => {
    const none = factsAbout(article, 'energy-ministry');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    const council = await loadCouncil();
    expect(factsAbout(council, 'ada-quill')).toBe(none);
    // (The council's type says it has no context, so no kind of fact compiles: plain JavaScript can still ask.)
    expect(factsAbout(council, 'ada-quill', 'wikidata' as never)).toBe(none);
    expect(Object.isFrozen(factsAbout(article, 'kyiv'))).toBe(true);
  });
});
