import { describe, expect, it } from 'vitest';
import { loadCouncil } from '../council.js';
import { InvalidArticleError } from '../../src/define/invalid-article-error.js';
import { defineArticle } from '../../src/define/define-article.js';
import { article } from '../../src/index.js';
import type { Article } from '../../src/index.js';

describe('defineArticle', () => {
  it('returns a deeply frozen copy equal to the spec, and leaves the spec unfrozen', () => {
    const spec = structuredClone(article);
    const defined = defineArticle(spec);
    expect(defined).toEqual(spec);
    expect(defined).not.toBe(spec);
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.statistics[0]?.value)).toBe(true);
    expect(Object.isFrozen(spec)).toBe(false);
    expect(Object.isFrozen(spec.statistics[0]?.value)).toBe(false);
  });

  it('accepts the invented example article', async () => {
    const council = await loadCouncil();
    expect(Object.isFrozen(council.events[1]?.relations[0])).toBe(true);
  });

  it('throws one InvalidArticleError listing every problem', async () => {
    const council = await loadCouncil();
    const spec = structuredClone(council);
    const broken = {
      ...spec,
      quotes: spec.quotes.map((q) => ({ ...q, speaker: 'ada-quil' })),
      claims: spec.claims.map((c) => ({ ...c, about: ['footbridge-proposl'] })),
    };
    let thrown: unknown;
    try {
      // Typed as a plain Article: the wrong ids are what this test is about, so the compiler is not told them.
      defineArticle(broken as Article);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArticleError);
    const error = thrown as InvalidArticleError;
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.name).toBe('InvalidArticleError');
    expect(error.problems.map((p) => `${p.code} ${p.path}`)).toEqual(['UNKNOWN_REFERENCE /quotes/0/speaker', 'UNKNOWN_REFERENCE /claims/0/about/0']);
    expect(error.message).toBe(
      [
        'The article is not valid (2 problems):',
        '- UNKNOWN_REFERENCE: /quotes/0/speaker names "ada-quil", which is not the id of any actor. Did you mean "ada-quill"?',
        '- UNKNOWN_REFERENCE: /claims/0/about/0 names "footbridge-proposl", which is not the id of any record. Did you mean "footbridge-proposal", "footbridge-cost"?',
      ].join('\n'),
    );
    expect(Object.isFrozen(error.problems)).toBe(true);
  });

  it('says "1 problem" for one', () => {
    expect(() => defineArticle({ ...article, language: 7 as never })).toThrow(
      'The article is not valid (1 problem):\n- SHAPE: Expected a BCP 47 language tag (such as "en" or "pt-BR") at /language, got the number 7.',
    );
  });
});
