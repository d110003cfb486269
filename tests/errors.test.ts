import { describe, expect, it } from 'vitest';
import { TimelineCycleError, UnknownIdError, article, getActor, getRecord } from '../src/index.js';
import { InvalidArticleError, defineArticle } from '../src/define.js';

describe('thrown errors are exported classes with a stable code and a message naming the id or path', () => {
  it('UnknownIdError names the id and the collection', () => {
    const error = (() => {
      try {
        getActor(article, 'kyiv' as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toMatchObject({ code: 'UNKNOWN_ID', name: 'UnknownIdError' });
    expect((error as Error).message).toContain('"kyiv"');
    expect((error as Error).message).toContain('actors');
    expect(() => getRecord(article, 'nope' as never)).toThrow(/"nope"/);
  });

  it('TimelineCycleError has its name and code, and names the events in its message', () => {
    const error = new TimelineCycleError(['a', 'b']);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'TIMELINE_CYCLE', name: 'TimelineCycleError', events: ['a', 'b'] });
    expect(error.message).toBe('The event relations form a cycle; these events cannot be ordered: a, b.');
    expect(String(error)).toBe('TimelineCycleError: The event relations form a cycle; these events cannot be ordered: a, b.');
    // Ids of any length, as an article that was not validated may have, are cut in the message.
    const long = new TimelineCycleError(['x'.repeat(1_000_000), 'b']);
    expect(long.message).toBe(`The event relations form a cycle; these events cannot be ordered: ${'x'.repeat(60)}…, b.`);
    expect(long.events[0]).toHaveLength(1_000_000);
  });

  it('InvalidArticleError names the offending path', () => {
    let error: unknown;
    try {
      defineArticle({ ...article, sentences: [{ start: 5, end: 5 }] } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArticleError);
    expect(error).toMatchObject({ code: 'INVALID_ARTICLE' });
    expect((error as Error).message).toContain('/sentences/0');
  });
});

describe('errors name a value that is not a string by its kind', () => {
  it.each([
    [5, '5'],
    [true, 'true'],
    [10n, '10'],
    [null, 'null'],
    [undefined, 'undefined'],
    [Symbol('s'), 'a symbol'],
    [[], 'an array'],
    [{}, 'an object'],
    [() => 1, 'a function'],
  ])('%s', (value, named) => {
    expect(() => getActor(article, value as never)).toThrow(`Unknown id ${named} in actors.`);
  });
});
