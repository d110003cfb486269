import { deepFreeze } from '../internal/freeze.js';
import { requireArticle } from '../internal/memo.js';
import { entriesOf } from '../internal/references.js';
import type { Article, RecordEntry, Span } from '../model/index.js';
import { singular } from '../internal/references.js';
import { codePointOffsets, isHighSurrogate, isLowSurrogate } from './code-points.js';
import { articleIri, fragmentIri, recordIri, wikidataUrls } from './iri.js';
import { sharedPrefixes } from './repeats.js';

/**
 * Where a segment of the text starts and ends, in Unicode code points from the start of
 * `article.text` (W3C Web Annotation §4.2.5; the model's spans count UTF-16 code units).
 *
 * @example
 * const wasted: TextPositionSelector = { type: 'TextPositionSelector', start: 1267, end: 1273 }; // wasted
 */
export interface TextPositionSelector {
  /** The selector class. */
  readonly type: 'TextPositionSelector';
  /** Position of the first code point of the segment, counted from 0. */
  readonly start: number;
  /** Position just past the last code point of the segment. */
  readonly end: number;
}

/**
 * A segment of the text given by its words and the words around it (W3C Web Annotation §4.2.4).
 * `prefix + exact + suffix` occurs once in `article.text`, unless it would need more than 256 code
 * units of context each side to (on very repetitive text).
 *
 * @example
 * const wasted: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'wasted', prefix: ' plans, citing concerns over a “', suffix: '” meeting, and continuing pressu' };
 */
export interface TextQuoteSelector {
  /** The selector class. */
  readonly type: 'TextQuoteSelector';
  /** The words of the segment, exactly. */
  readonly exact: string;
  /**
   * 32 code units just before the segment, more where needed to make the quote unique, up to 256;
   * `''` at the start of the text. Past 256 the quote may repeat: the TextPositionSelector beside it
   * says which occurrence it is.
   */
  readonly prefix: string;
  /** 32 code units just after the segment, more where needed to make the quote unique, up to 256; `''` at the end of the text. */
  readonly suffix: string;
}

/**
 * One evidence span of a record: a segment of the article's text, given both ways.
 *
 * @example
 * toWebAnnotations(article).first?.items[0]?.target[0]?.selector[0].start; // => 182
 */
export interface WebAnnotationTarget {
  /** The W3C class for a part of a resource. */
  readonly type: 'SpecificResource';
  /** The resource the selectors select from: the article's text. */
  readonly source: WebAnnotationSource;
  /** The same segment by position and by quotation. */
  readonly selector: readonly [TextPositionSelector, TextQuoteSelector];
}

/**
 * The resource every target selects from: `article.text`, named by the article's IRI
 * (`urn:ukraine-energy-strikes:article:<article.id>`), as plain text in the article's language.
 *
 * @example
 * toWebAnnotations(article).first?.items[0]?.target[0]?.source;
 * // => { id: 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy', type: 'Text', format: 'text/plain', language: 'en' }
 */
export interface WebAnnotationSource {
  /** The article's IRI. */
  readonly id: string;
  /** The W3C class for a textual resource. */
  readonly type: 'Text';
  /** Its media type: the selectors count characters of the plain text. */
  readonly format: 'text/plain';
  /** `article.language`, the language of the text. */
  readonly language: string;
}

/**
 * A body that says which thing the text refers to: the record's IRI (the `@id` of its node in
 * `toJsonLd`), or its Wikidata item where the article's outside context gives one.
 *
 * @example
 * const body: WebAnnotationIdentifyingBody = { type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/wiki/Q22686' };
 */
export interface WebAnnotationIdentifyingBody {
  /** The W3C class used to give an external resource a purpose. */
  readonly type: 'SpecificResource';
  /** Why the resource is in the annotation. */
  readonly purpose: 'identifying';
  /** The record's IRI, or a Wikidata page. */
  readonly source: string;
}

/**
 * A body of plain text: a tag (the record's collection, then its kind) or a description (the
 * record's name, summary or measure).
 *
 * @example
 * const tag: WebAnnotationTextualBody = { type: 'TextualBody', purpose: 'tagging', value: 'quote', format: 'text/plain', language: 'en' };
 */
export interface WebAnnotationTextualBody {
  /** The W3C class for text embedded in the annotation. */
  readonly type: 'TextualBody';
  /** Why the text is in the annotation. */
  readonly purpose: 'tagging' | 'describing';
  /** The text. */
  readonly value: string;
  /** Its media type. */
  readonly format: 'text/plain';
  /**
   * On a tag, `'en'`: the model's own words ("actor", "strike") are English. A description has
   * none: the model does not say in which language a summary is written.
   */
  readonly language?: 'en';
}

/**
 * Any body of an annotation `toWebAnnotations` makes, discriminated by `type`.
 *
 * @example
 * toWebAnnotations(article).first?.items[0]?.body.map((b) => b.type === 'TextualBody' ? b.value : b.source);
 * // => ['urn:…#actor-ukraine', 'https://www.wikidata.org/wiki/Q212', 'actor', 'state', 'Ukraine']
 */
export type WebAnnotationBody = WebAnnotationIdentifyingBody | WebAnnotationTextualBody;

/**
 * One record of the article, anchored in its text: every evidence span is a target.
 *
 * @example
 * toWebAnnotations(article).first?.items[0]?.id; // => 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy#annotation-actor-ukraine'
 */
export interface WebAnnotation {
  /** `<article IRI>#annotation-<collection>-<record id>`. */
  readonly id: string;
  /** The W3C class. */
  readonly type: 'Annotation';
  /** The spans are annotated to say what they refer to. */
  readonly motivation: 'identifying';
  /** The record's IRI, its Wikidata items, its tags and its description. */
  readonly body: readonly WebAnnotationBody[];
  /** One target per evidence span, in the record's order; each body applies to each target on its own. */
  readonly target: readonly WebAnnotationTarget[];
}

/**
 * The collection a page is part of, as the page describes it.
 *
 * @example
 * toWebAnnotations(article).first?.partOf.total; // => 59
 */
export interface WebAnnotationCollectionSummary {
  /** The collection's IRI. */
  readonly id: string;
  /** The collection's label. */
  readonly label: string;
  /** How many annotations the collection holds. */
  readonly total: number;
}

/**
 * The single page of a collection, embedded in it.
 *
 * @example
 * toWebAnnotations(article).first?.startIndex; // => 0
 */
export interface WebAnnotationPage {
  /** `<article IRI>#annotations-page-1`. */
  readonly id: string;
  /** The W3C class. */
  readonly type: 'AnnotationPage';
  /**
   * The collection it is part of, described as the W3C model's example does (its IRI, label and
   * total), so that the page makes sense on its own.
   */
  readonly partOf: WebAnnotationCollectionSummary;
  /** Position of the first item in the collection. */
  readonly startIndex: 0;
  /** The annotations: actors, places, events, quotes, statistics, then claims, each in article order. */
  readonly items: readonly WebAnnotation[];
}

/**
 * A W3C Web Annotation collection holding one annotation per record of an article.
 *
 * @example
 * toWebAnnotations(article).type; // => 'AnnotationCollection'
 */
export interface WebAnnotationCollection {
  /** The Web Annotation context. */
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  /** `<article IRI>#annotations`. */
  readonly id: string;
  /** The W3C class. */
  readonly type: 'AnnotationCollection';
  /** A human-readable name. */
  readonly label: string;
  /** The number of annotations: the number of records. */
  readonly total: number;
  /** The one page holding every annotation; absent when the article has no records. */
  readonly first?: WebAnnotationPage;
  /** The IRI of the last page (the first), when there is one. */
  readonly last?: string;
}

/** How many code units of context a quote selector carries at least, as Hypothesis does. */
const context = 32;

/**
 * How many code units of context a quote selector carries at most, each side: on repetitive text
 * a quote may be unique only with most of the text around it, and the output would grow as spans
 * times text. Web Annotation does not require a quote to be unique.
 */
const MAX_CONTEXT = 256;

/**
 * `prefix + exact + suffix` for a span, with context widened until it occurs once in the text
 * (`shared`, from `sharedPrefixes`, answers that in O(1)). The loop ends: once the context reaches
 * both ends of the text, the quote is the whole text, which occurs once.
 */
function quoteSelector(text: string, shared: Int32Array, span: Span): TextQuoteSelector {
  const exact = text.slice(span.start, span.end);
  for (let size = context; ; size *= 2) {
    let from = Math.max(0, span.start - size);
    let to = Math.min(text.length, span.end + size);
    // Never cut a surrogate pair in half. (Past either end of the text charCodeAt gives NaN, which
    // is no surrogate, so the ends need no check of their own.)
    if (isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
    if (isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to++;
    // Unique, or as wide as a selector's context goes: past MAX_CONTEXT the quote may repeat, and the
    // TextPositionSelector beside it tells its occurrences apart. (An empty text has no offset 0 in
    // `shared`: its one quote, '', occurs once.)
    if (to - from > (shared[from] ?? -1) || size >= MAX_CONTEXT) {
      return { type: 'TextQuoteSelector', exact, prefix: text.slice(from, span.start), suffix: text.slice(span.end, to) };
    }
  }
}

/** The kind tag of a record, where its collection has kinds. */
function kindOf(entry: RecordEntry<Article>): string | undefined {
  switch (entry.collection) {
    case 'actors':
    case 'places':
      return entry.record.kind;
    case 'events':
      return entry.record.type;
    case 'quotes':
      return entry.record.form;
    default:
      // Statistics and claims have no kinds.
      return undefined;
  }
}

/** The package's own label for a record; quotes have none but their words. */
function labelOf(entry: RecordEntry<Article>): string | undefined {
  switch (entry.collection) {
    case 'actors':
    case 'places':
      return entry.record.name;
    case 'events':
    case 'claims':
      return entry.record.summary;
    case 'statistics':
      return entry.record.measure;
    default:
      // A quote has no label but its words, which the target already quotes.
      return undefined;
  }
}

const tag = (value: string): WebAnnotationTextualBody => ({ type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain', language: 'en' });

const description = (value: string): WebAnnotationTextualBody => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' });

/**
 * The article as a W3C Web Annotation collection: one annotation per record, whose targets are
 * the record's evidence spans in `article.text`, each given by a `TextPositionSelector` (code
 * points) and a `TextQuoteSelector` whose prefix and suffix make it unique (where 256 code units
 * of context each side can: past that, the position selector tells repeats apart). The bodies identify
 * the record by its IRI (the same `@id` as in `toJsonLd`) and, where the article's outside
 * context gives one, its Wikidata item; tag it with its collection and kind; and describe it
 * with its name, summary or measure. Targets' `source` is the article's text: its URN,
 * `urn:ukraine-energy-strikes:article:<article.id>`, as `text/plain` in `article.language`.
 * The output passes every MUST assertion of the W3C Web Annotation test suite (tested).
 *
 * @param article - any article of this model
 * @returns a deeply frozen, JSON-serialisable `AnnotationCollection` with one embedded page
 * @example
 * const collection = toWebAnnotations(article);
 * collection.total; // => 59 (one annotation per record)
 * const [position, quote] = collection.first?.items.find((a) => a.id.endsWith('#annotation-quote-wasted-meeting'))?.target[0]?.selector ?? [];
 * position; // => { type: 'TextPositionSelector', start: 1267, end: 1273 } (wasted)
 * quote; // => { type: 'TextQuoteSelector', exact: 'wasted', prefix: ' plans, citing concerns over a “', suffix: '” meeting, and continuing pressu' }
 * @group Export
 */
export function toWebAnnotations(article: Article): WebAnnotationCollection {
  requireArticle(article);
  const { text } = article;
  const source: WebAnnotationSource = { id: articleIri(article), type: 'Text', format: 'text/plain', language: article.language };
  const toCodePoints = codePointOffsets(text);
  const shared = sharedPrefixes(text);
  const sameAs = wikidataUrls(article);
  const target = (span: Span): WebAnnotationTarget => ({
    type: 'SpecificResource',
    source,
    selector: [{ type: 'TextPositionSelector', start: toCodePoints(span.start), end: toCodePoints(span.end) }, quoteSelector(text, shared, span)],
  });
  const items = entriesOf(article).map((entry): WebAnnotation => {
    const { collection, record } = entry;
    const kind = kindOf(entry);
    const label = labelOf(entry);
    return {
      id: fragmentIri(article, `annotation-${singular[collection]}-${record.id}`),
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'SpecificResource', purpose: 'identifying', source: recordIri(article, collection, record.id) },
        ...(sameAs.get(record.id) ?? []).map((url): WebAnnotationIdentifyingBody => ({ type: 'SpecificResource', purpose: 'identifying', source: url })),
        tag(singular[collection]),
        ...(kind !== undefined ? [tag(kind)] : []),
        ...(label !== undefined ? [description(label)] : []),
      ],
      target: record.evidence.map(target),
    };
  });
  const id = fragmentIri(article, 'annotations');
  const pageId = fragmentIri(article, 'annotations-page-1');
  const label = `The records of article ${article.id}, anchored in its text`;
  return deepFreeze({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    // The model requires a page to hold at least one annotation, so an empty collection has none.
    ...(items.length > 0
      ? { first: { id: pageId, type: 'AnnotationPage', partOf: { id, label, total: items.length }, startIndex: 0, items }, last: pageId }
      : {}),
  });
}
