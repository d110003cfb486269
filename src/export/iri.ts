// The identifiers both export formats share, so that a Web Annotation's identifying body and a
// JSON-LD node name the same record with the same IRI. Internal to src/export: not re-exported.
import { singular } from '../internal/references.js';
import type { Article, Collection } from '../model/article.js';

/**
 * The IRI of an article: a URN in the package's own (unregistered) namespace, so no web address
 * is made up for the publisher.
 *
 * @param article - the article
 * @returns `urn:ukraine-energy-strikes:article:<article.id>`
 * @example
 * articleIri(article); // => 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy'
 */
export function articleIri(article: Article): string {
  return `urn:ukraine-energy-strikes:article:${encodeURIComponent(article.id)}`;
}

/**
 * The IRI of something the article holds: the article's IRI with a fragment.
 *
 * @param article - the article
 * @param fragment - the fragment, without `#`; encoded here
 * @returns `<articleIri>#<fragment>`
 * @example
 * fragmentIri(article, 'annotations'); // => 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy#annotations'
 */
export function fragmentIri(article: Article, fragment: string): string {
  return `${articleIri(article)}#${encodeURIComponent(fragment)}`;
}

/**
 * The IRI of one record: the article's IRI with a fragment naming the collection and the id.
 *
 * @param article - the article
 * @param collection - the record's collection
 * @param id - the record's id
 * @returns `<articleIri>#<singular collection>-<id>`
 * @example
 * recordIri(article, 'actors', 'zelensky'); // => 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy#actor-zelensky'
 */
export function recordIri(article: Article, collection: Collection, id: string): string {
  return fragmentIri(article, `${singular[collection]}-${id}`);
}

/** Where Wikidata's page for an item is: `https://www.wikidata.org/wiki/Q212`. */
export const WIKIDATA_PAGE = 'https://www.wikidata.org/wiki/';

/** Wikidata's IRI for the item itself (its concept URI): `http://www.wikidata.org/entity/Q212`. */
export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/**
 * The Wikidata page of every item the article's outside context gives for a record, in fact order.
 * Only records with a `wikidata` fact get one; nothing is looked up or inferred.
 *
 * @param article - the article
 * @param prefix - what goes before the Q-id: the item's page (the default) or its entity IRI
 * @returns a map from record id to its Wikidata URLs
 * @example
 * wikidataUrls(article).get('kyiv'); // => ['https://www.wikidata.org/wiki/Q1899']
 * wikidataUrls(article, WIKIDATA_ENTITY).get('kyiv'); // => ['http://www.wikidata.org/entity/Q1899']
 */
export function wikidataUrls(article: Article, prefix: string = WIKIDATA_PAGE): ReadonlyMap<string, readonly string[]> {
  // Sets keep each URL once, in first-seen order, in O(1) a fact (a list's `includes` made many
  // facts about one record quadratic).
  const urls = new Map<string, Set<string>>();
  for (const fact of article.context?.facts ?? []) {
    if (fact.kind !== 'wikidata') continue;
    const url = `${prefix}${fact.qid}`;
    const set = urls.get(fact.record);
    if (set === undefined) urls.set(fact.record, new Set([url]));
    else set.add(url);
  }
  return new Map([...urls].map(([record, set]) => [record, [...set]]));
}
