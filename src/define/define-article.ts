import type { Article } from '../model/article.js';
import { validateArticle } from '../validate/validate-article.js';
import { InvalidArticleError } from './invalid-article-error.js';

/**
 * Defines an article of your own: checks it with `validateArticle` and returns a deeply frozen
 * copy, typed with its literal ids (no `as const` needed), so that every helper checks ids at
 * compile time as it does for the built-in article: `getActor(mine, 'mayor')` gives that actor's
 * own kind, and a misspelt id does not compile.
 *
 * The object you pass is left as it is: a copy is frozen, not your object.
 *
 * @param spec - the article, written as an object literal (or any value of an `Article` type)
 * @returns a deeply frozen copy of `spec`, typed as `spec` is
 * @throws {InvalidArticleError} listing every problem, if `spec` is not a valid article
 * @example
 * const mine = defineArticle({ ...article, id: 'my-copy' }); // or a literal of your own (see the README)
 * mine.id; // => 'my-copy'
 * getActor(mine, 'zelensky').kind; // => 'person'
 * Object.isFrozen(mine.actors[0]); // => true
 */
export function defineArticle<const T extends Article>(spec: T): T {
  const result = validateArticle(spec);
  if (!result.ok) throw new InvalidArticleError(result.problems);
  return result.article as T;
}
