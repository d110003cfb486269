import type { ArticleProblem } from '../validate/problem.js';

/**
 * Thrown by `defineArticle` when the article it is given is not valid. The message lists every
 * problem, one a line; `problems` holds them for programs (the same as `validateArticle` reports).
 *
 * @example
 * try {
 *   defineArticle({ ...article, language: 7 as never });
 * } catch (error) {
 *   if (error instanceof InvalidArticleError) error.message;
 *   // => 'The article is not valid (1 problem):\n- SHAPE: Expected a BCP 47 language tag (such as "en" or "pt-BR") at /language, got the number 7.'
 * }
 * @group Errors
 */
export class InvalidArticleError extends Error {
  /** Stable code for programs: `'INVALID_ARTICLE'`. */
  readonly code: 'INVALID_ARTICLE' = 'INVALID_ARTICLE';
  /** Every problem found, in the order `validateArticle` reports them. */
  readonly problems: readonly ArticleProblem[];

  /** @param problems - every problem found (at least one) */
  constructor(problems: readonly ArticleProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The article is not valid (${count}):\n${problems.map((p) => `- ${p.code}: ${p.message}`).join('\n')}`);
    this.name = 'InvalidArticleError';
    this.problems = Object.freeze([...problems]);
  }
}
