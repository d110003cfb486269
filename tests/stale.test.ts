// A helper never answers for an article as it was: indexes are kept only for articles the package
// froze (the built-in one, and what defineArticle and validateArticle return), and built afresh for
// any other, however frozen it looks.
import { describe, expect, it } from 'vitest';
import { article, eventsInvolving, findActor, getActor, quotesBy, recordsAt, timeline } from '../src/index.js';
import { defineArticle } from '../src/define.js';
import { toJsonLd } from '../src/json-ld.js';
import type { Article } from '../src/index.js';

const parsed = (): Article => JSON.parse(JSON.stringify(article)) as Article;

describe('no stale answers', () => {
  it('follows an edit to a parsed (mutable) article, as toJsonLd does', () => {
    // The README's case: JSON.parse the shipped article.json (which deep-equals article, as
    // tests/validate/json.test.ts checks; parsed here from the source, so that the test needs no build),
    // query it, edit an id, query again.
    const data = parsed() as Article & { actors: { id: string }[] };
    expect(getActor(data, 'zelensky').name).toBe('Volodymyr Zelensky');
    expect(quotesBy(data, 'zelensky')).toHaveLength(3);
    (data.actors[1] as { id: string }).id = 'volodymyr-zelensky';
    expect(findActor(data, 'zelensky')).toBeUndefined();
    expect(getActor(data, 'volodymyr-zelensky' as never).name).toBe('Volodymyr Zelensky');
    const nodes = toJsonLd(data)['@graph'].map((n) => n['@id']);
    expect(nodes.some((id) => id.endsWith('#actor-volodymyr-zelensky'))).toBe(true);
    expect(nodes.some((id) => id.endsWith('#actor-zelensky'))).toBe(false);
  });

  it('follows edits to evidence and relations of a mutable article', () => {
    const data = parsed() as unknown as { events: { evidence: { start: number; end: number }[]; relations: unknown[] }[] };
    const mutable = data as unknown as Article;
    expect(recordsAt(mutable, 0).map((e) => e.record.id)).toContain('overnight-strikes');
    (data.events[0] as { evidence: { start: number; end: number }[] }).evidence = [{ start: 5, end: 6 }];
    expect(recordsAt(mutable, 0).map((e) => e.record.id)).not.toContain('overnight-strikes');
    const before = timeline(mutable).map((e) => e.id);
    for (const event of data.events) event.relations = [];
    expect(timeline(mutable).map((e) => e.id)).not.toEqual(before);
  });

  it('keeps indexes for an article the package froze: the same answer, the same object', () => {
    expect(quotesBy(article, 'zelensky')).toBe(quotesBy(article, 'zelensky'));
    const defined = defineArticle(parsed());
    expect(eventsInvolving(defined, 'trump')).toBe(eventsInvolving(defined, 'trump'));
  });

  it('treats an article frozen only at the top, or only in part, as one that can change', () => {
    const data = parsed() as unknown as { actors: { id: string }[] };
    Object.freeze(data);
    expect(findActor(data as unknown as Article, 'nato')?.id).toBe('nato');
    (data.actors[9] as { id: string }).id = 'north-atlantic';
    expect(findActor(data as unknown as Article, 'nato')).toBeUndefined();
  });

  it('does not trust an article its user froze: a hidden mutable part or a getter still changes the answer', () => {
    const deepFreeze = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
      Object.freeze(value);
    };
    // A non-enumerable "quotes" whose array stays mutable: Object.keys never sees it.
    const hidden = parsed() as unknown as Record<string, unknown>;
    const quotes = hidden['quotes'] as { speaker: string }[];
    delete hidden['quotes'];
    Object.defineProperty(hidden, 'quotes', { value: quotes, enumerable: false });
    for (const key of Object.keys(hidden)) deepFreeze(hidden[key]);
    Object.freeze(hidden);
    expect(quotesBy(hidden as unknown as Article, 'zelensky')).toHaveLength(3);
    (quotes[0] as { speaker: string }).speaker = 'trump';
    expect(quotesBy(hidden as unknown as Article, 'zelensky')).toHaveLength(2);
    // A frozen getter that answers with another list each time.
    let current: Article['quotes'] = parsed().quotes;
    const getter = parsed() as unknown as Record<string, unknown>;
    delete getter['quotes'];
    Object.defineProperty(getter, 'quotes', { get: () => current, enumerable: true });
    deepFreeze(getter);
    expect(quotesBy(getter as unknown as Article, 'zelensky')).toHaveLength(3);
    current = [];
    expect(quotesBy(getter as unknown as Article, 'zelensky')).toHaveLength(0);
  });
});
