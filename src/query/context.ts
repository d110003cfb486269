import { knownEntry, knownValue } from '../internal/arguments.js';
import { groupBy, memo, none } from '../internal/memo.js';
import type { Article, RecordId } from '../model/article.js';
import type { ContextFact } from '../model/context.js';

/** The outside-context facts of article `A`, typed by its ids (`never` for an article that has none). */
export type ContextFactOf<A extends Article> = NonNullable<A['context']>['facts'][number];

// Stryker disable next-line BooleanLiteral: only the keys are read.
const FACT_KINDS: Readonly<Record<ContextFact['kind'], true>> = { wikidata: true, date: true };

const byRecord = (article: Article) => groupBy(article.context?.facts ?? none, (fact) => [fact.record]);
// One index per kind of fact, so that no id, whatever it holds, can stand for another's key.
const byKind = (article: Article) =>
  new Map(
    (Object.keys(FACT_KINDS) as ContextFact['kind'][]).map((kind) => [
      kind,
      groupBy(article.context?.facts ?? none, (f) => (f.kind === kind ? [f.record] : [])),
    ]),
  );

/**
 * The facts from outside the text that the article's context gives about one record, in context
 * order; with `kind`, only facts of that kind, typed as that kind. The text never states these:
 * each names its source (see `article.context.sources`).
 *
 * @param article - the article to look in
 * @param id - any record id of the article
 * @param kind - optionally, `'wikidata'` or `'date'`
 * @returns the facts about that record (none is an empty list, as for an article without context)
 * @throws {UnknownIdError} if `id` is not the id of a record of the article
 * @throws {UnknownValueError} if `kind` is given and is not a kind of fact
 * @example
 * factsAbout(article, 'summit-cancellation', 'date').map((f) => f.date); // => ['2025-10-21']
 * factsAbout(article, 'kyiv').map((f) => f.kind); // => ['wikidata']
 * @group Context
 */
export function factsAbout<A extends Article, const K extends ContextFactOf<A>['kind'] = ContextFactOf<A>['kind']>(
  article: A,
  id: RecordId<A>,
  kind?: K,
): readonly Extract<ContextFactOf<A>, { readonly kind: K }>[] {
  knownEntry(article, 'records', id);
  if (kind !== undefined) knownValue(FACT_KINDS, kind as ContextFact['kind'], 'kind of fact');
  const index = kind === undefined ? memo(article, byRecord) : memo(article, byKind).get(kind as ContextFact['kind']);
  return (index?.get(id) ?? none) as readonly Extract<ContextFactOf<A>, { readonly kind: K }>[];
}
