import { validateArticle } from '../validate/validate-article.js';
import type { ContextIn, DefinedArticle, DefinedShape, IdIn, MembersOf, TagIn, ValueKindIn } from './defined-article.js';
import { InvalidArticleError } from './invalid-article-error.js';

/**
 * Defines an article of your own: checks it with `validateArticle` and returns a deeply frozen
 * copy, typed with its literal ids and kinds (no `as const` needed), so that every helper checks
 * ids at compile time as it does for the built-in article: `getActor(mine, 'mayor')` gives that
 * actor's own kind, a misspelt id does not compile, and every link (a speaker, a relation's event,
 * an attribution's source) is typed by the article's own ids, so the compiler rejects a link to an
 * id the literal does not declare, at that property, and lookups can follow links without a cast.
 * A mistake in the literal is reported where it is, and the article's type stays that of its ids.
 *
 * The object you pass is left as it is: a copy is frozen, not your object.
 *
 * @typeParam T - the literal, inferred from `spec`
 * @typeParam S - what the result's type keeps of `T` (its ids and kinds): computed, never passed
 * @param spec - the article, written as an object literal (or any value of an `Article` type)
 * @returns a deeply frozen copy of `spec`, typed by its ids and kinds (see {@link DefinedArticle})
 * @throws {InvalidArticleError} listing every problem, if `spec` is not a valid article
 * @example
 * const mine = defineArticle({ ...article, id: 'my-copy' }); // or a literal of your own (see the README)
 * mine.id; // => 'my-copy'
 * getActor(mine, 'zelensky').kind; // => 'person'
 * mine.quotes.map((q) => getActor(mine, q.speaker).name)[0]; // => 'Volodymyr Zelensky'
 * Object.isFrozen(mine.actors[0]); // => true
 * @group Validation
 */
export function defineArticle<
  const T extends DefinedArticle<S>,
  // Computed from T, never passed: the literal's shape, spelt out here (not as an alias) so that the
  // type of the result names the ids and kinds and not the whole literal.
  S extends DefinedShape = {
    /** Actor ids, each with its kind. */
    readonly actors: { [R in MembersOf<T, 'actors'> as IdIn<R>]: TagIn<R, 'kind'> };
    /** Place ids, each with its kind. */
    readonly places: { [R in MembersOf<T, 'places'> as IdIn<R>]: TagIn<R, 'kind'> };
    /** Event ids, each with its type. */
    readonly events: { [R in MembersOf<T, 'events'> as IdIn<R>]: TagIn<R, 'type'> };
    /** The quote ids. */
    readonly quotes: IdIn<MembersOf<T, 'quotes'>>;
    /** Statistic ids, each with the kind of its value. */
    readonly statistics: { [R in MembersOf<T, 'statistics'> as IdIn<R>]: ValueKindIn<R> };
    /** The claim ids. */
    readonly claims: IdIn<MembersOf<T, 'claims'>>;
    /** Whether it has outside context. */
    readonly context: ContextIn<T>;
  },
>(spec: T): DefinedArticle<S> {
  const result = validateArticle(spec);
  if (!result.ok) throw new InvalidArticleError(result.problems);
  return result.article as never;
}
