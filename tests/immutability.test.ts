import { describe, expect, it } from 'vitest';
import { article, eventsOfType, quotesBy, recordsAt, timeline } from '../src/index.js';

function* objectsIn(value: unknown, path = 'article'): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* objectsIn(child, `${path}.${key}`);
}

describe('immutability', () => {
  it('freezes every object and array of the article', () => {
    const walked = [...objectsIn(article)];
    expect(walked.length).toBeGreaterThan(500);
    const unfrozen = walked.filter(([, value]) => !Object.isFrozen(value)).map(([path]) => path);
    expect(unfrozen).toEqual([]);
  });

  it.each([
    ['a top-level field', () => Object.assign(article, { text: '' })],
    ['a nested field', () => Object.assign(article.quotes[0] ?? {}, { text: 'edited' })],
    ['an array', () => (article.events as unknown as unknown[]).push({})],
    ['a span', () => Object.assign(article.sentences[0] ?? {}, { start: 5 })],
  ])('throws on assignment to %s', (_, mutate) => {
    expect(mutate).toThrow(TypeError);
  });

  it('returns frozen results from helpers, so a caller cannot corrupt the indexes', () => {
    for (const result of [quotesBy(article, 'zelensky'), eventsOfType(article, 'strike'), recordsAt(article, 300), timeline(article)]) {
      expect(Object.isFrozen(result)).toBe(true);
    }
    expect(() => (quotesBy(article, 'trump') as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(quotesBy(article, 'trump')).toHaveLength(1);
  });
});
