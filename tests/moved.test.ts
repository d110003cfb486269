// Renamed ids: `article.moved` keeps a redirect for each, which the untyped find* lookups follow
// and the typed get* lookups name in their error. The validator checks the list.
import { describe, expect, it } from 'vitest';
import { defineArticle } from '../src/define.js';
import { UnknownIdError, article, findActor, findPlace, findRecord, getActor, getRecord, quotesBy } from '../src/index.js';
import type { Article } from '../src/index.js';
import { validateArticle } from '../src/validate.js';

/** The story as it would be had a release renamed two of its ids. */
const renamed = defineArticle({
  ...structuredClone(article),
  moved: [
    { from: 'volodymyr-zelensky', to: 'zelensky' },
    { from: 'budapest-city', to: 'budapest' },
  ],
});

describe('moved ids', () => {
  it('are followed by the untyped lookups, to the record under its id now', () => {
    expect(findActor(renamed, 'volodymyr-zelensky')?.id).toBe('zelensky');
    expect(findRecord(renamed, 'budapest-city')?.id).toBe('budapest');
    expect(findPlace(renamed, 'budapest-city')?.name).toBe('Budapest');
  });

  it('lead nowhere from a lookup of another collection', () => {
    expect(findActor(renamed, 'budapest-city')).toBeUndefined();
    expect(findPlace(renamed, 'volodymyr-zelensky')).toBeUndefined();
  });

  it('are not followed by the typed lookups, whose error names the id now', () => {
    let error: unknown;
    try {
      getActor(renamed, 'volodymyr-zelensky' as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).movedTo).toBe('zelensky');
    expect((error as UnknownIdError).message).toBe(
      'Unknown id "volodymyr-zelensky" in actors. It was renamed to "zelensky" (the find* lookups follow renames).',
    );
    expect(() => getRecord(renamed, 'budapest-city' as never)).toThrow('It was renamed to "budapest"');
    expect(() => quotesBy(renamed, 'volodymyr-zelensky' as never)).toThrow(UnknownIdError);
  });

  it('are named in the error only where they lead to a record of the collection asked for', () => {
    expect(() => getActor(renamed, 'budapest-city' as never)).toThrow(expect.objectContaining({ movedTo: null }));
    expect(() => getActor(renamed, 'budapest-city' as never)).not.toThrow('renamed');
  });

  it('are read from the article itself, never from a polluted Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'moved', { value: [{ from: 'ghost', to: 'ukraine' }], configurable: true, writable: true });
    try {
      expect(findActor(structuredClone(article), 'ghost')).toBeUndefined();
      expect(findActor(article, 'ghost')).toBeUndefined();
      expect(validateArticle(structuredClone(article)).ok).toBe(true);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'moved');
    }
  });

  it('change nothing for an article without them, or for an id that is not listed', () => {
    expect(findActor(article, 'volodymyr-zelensky')).toBeUndefined();
    expect(findActor(renamed, 'nobody')).toBeUndefined();
    expect([findActor(renamed, 42 as never), findRecord(renamed, {} as never)]).toEqual([undefined, undefined]);
    expect(() => getActor(article, 'zelenskyy' as never)).toThrow(expect.objectContaining({ movedTo: null, suggestions: ['zelensky'] }));
  });

  it('are read defensively from an article that was not validated', () => {
    const loose = { ...structuredClone(article), moved: [null, 7, { from: 'old', to: 3 }, { from: 'old', to: 'kyiv' }, { from: 'old', to: 'trump' }] };
    expect(findRecord(loose as unknown as Article, 'old')?.id).toBe('kyiv');
    expect(findRecord({ ...structuredClone(article), moved: 'old' } as unknown as Article, 'old')).toBeUndefined();
  });
});

describe('validateArticle on moved ids', () => {
  const problems = (moved: unknown): readonly string[] => {
    const result = validateArticle({ ...structuredClone(article), moved });
    return result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}: ${p.message}`);
  };

  it('accepts an article without them, or with a well-formed list', () => {
    expect(problems([{ from: 'old-id', to: 'zelensky' }])).toEqual([]);
    expect(validateArticle(structuredClone(article)).ok).toBe(true);
  });

  it('rejects an old id that a record has now, one listed twice, and a redirect to no record', () => {
    expect(problems([{ from: 'trump', to: 'zelensky' }])).toEqual([
      'DUPLICATE_ID /moved/0/from: /moved/0/from says "trump" was renamed, but it is the id of the record at /actors/6: a moved id must name no record.',
    ]);
    expect(
      problems([
        { from: 'old', to: 'zelensky' },
        { from: 'old', to: 'trump' },
      ]),
    ).toEqual(['DUPLICATE_ID /moved/1/from: The moved id "old" at /moved/1/from is already listed at /moved/0: each old id is listed once.']);
    expect(problems([{ from: 'old', to: 'nobody-now' }])).toHaveLength(1);
    expect(problems([{ from: 'old', to: 'nobody-now' }])[0]).toMatch(/^UNKNOWN_REFERENCE \/moved\/0\/to: /);
  });

  it('rejects a list of the wrong shape', () => {
    expect(problems('old')).toEqual([expect.stringMatching(/^SHAPE \/moved: /)]);
    expect(problems([{ from: 'old' }])).toEqual([expect.stringMatching(/^SHAPE \/moved\/0\/to: Missing property "to"/)]);
    expect(problems([{ from: 'old', to: 'zelensky', since: '1.1.0' }])).toEqual([
      expect.stringMatching(/^SHAPE \/moved\/0\/since: Unexpected property "since"/),
    ]);
  });
});
