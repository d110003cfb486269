import { requireArticle } from '../internal/memo.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Actor, Article } from '../model/index.js';
import { WIKIDATA_ENTITY, articleIri, recordIri, wikidataUrls } from './iri.js';

/**
 * A person, organisation or place the article mentions, as ninjs describes one.
 *
 * @example
 * toNinjs(article).people[0]; // => { name: 'Volodymyr Zelensky', rel: 'mentions', literal: 'zelensky', uri: 'http://www.wikidata.org/entity/Q3874799' }
 * @group Export
 */
export interface NinjsEntity {
  /** The record's name. */
  readonly name: string;
  /** How the news item relates to it: it `mentions` it. */
  readonly rel: 'mentions';
  /** The record's id in the article. */
  readonly literal: string;
  /** Its Wikidata item (the entity IRI), where the article's outside context gives exactly one. */
  readonly uri?: string;
}

/**
 * An event the article tells of, as ninjs describes one.
 *
 * @example
 * toNinjs(article).events.find((e) => e.id === 'budapest-summit')?.rel; // => 'mentions'
 * @group Export
 */
export interface NinjsEvent {
  /** The event's id in the article. */
  readonly id: string;
  /** The event's summary (the package's words, which never state a claim as fact). */
  readonly name: string;
  /** How the news item relates to it: it `mentions` it. */
  readonly rel: 'mentions';
  /** The event's IRI: the `@id` of its node in `toJsonLd`. */
  readonly uri: string;
}

/**
 * A party the content comes from: the publisher, or an actor the text attributes something to.
 *
 * @example
 * toNinjs(article).infoSources[0]; // => { name: 'Punch', role: 'publisher', literal: 'punch' }
 * @group Export
 */
export interface NinjsInfoSource {
  /** The publisher's or actor's name. */
  readonly name: string;
  /** `publisher` for the outlet; `source` for an actor the text quotes or attributes a fact, claim or figure to. */
  readonly role: 'publisher' | 'source';
  /** The actor's id in the article. */
  readonly literal: string;
  /** Its Wikidata item (the entity IRI), where the article's outside context gives exactly one. */
  readonly uri?: string;
}

/**
 * The standard a ninjs document names: ninjs 3.1 and its schema.
 * @group Export
 */
export interface NinjsStandard {
  /** The standard's name. */
  readonly name: 'ninjs';
  /** Its version. */
  readonly version: '3.1';
  /** The JSON Schema the document is valid against. */
  readonly schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';
}

/**
 * The one body of a ninjs document: the article's whole text.
 * @group Export
 */
export interface NinjsBody {
  /** The main body. */
  readonly role: 'main';
  /** Plain text. */
  readonly contentType: 'text/plain';
  /** The text's length in Unicode code points (ninjs does not say what a character is). */
  readonly charCount: number;
  /** `article.text`. */
  readonly value: string;
}

/**
 * An article as an IPTC ninjs 3.1 news item (`toNinjs`): valid against IPTC's published schema.
 * @group Export
 */
export interface NinjsDocument {
  /** The article's IRI, `urn:ukraine-energy-strikes:article:<article.id>`. */
  readonly uri: string;
  /** The standard the document conforms to. */
  readonly standard: NinjsStandard;
  /** IPTC's news nature: text. */
  readonly type: 'text';
  /** `article.language`. */
  readonly language: string;
  /**
   * One body: the whole text as plain text, with its length in Unicode code points (ninjs does
   * not say what a character is; the package's spans count UTF-16 code units, which differ only
   * outside the Basic Multilingual Plane).
   */
  readonly bodies: readonly [NinjsBody];
  /** The actors of kind `person`. */
  readonly people: readonly NinjsEntity[];
  /** The actors of kind `state`, `organisation`, `company`, `court` and `party` (groups are neither). */
  readonly organisations: readonly NinjsEntity[];
  /** The places. */
  readonly places: readonly NinjsEntity[];
  /** The events. */
  readonly events: readonly NinjsEvent[];
  /**
   * The publisher, then each other actor the text gives as a source, once: the speakers of the
   * quotes in their order, then the sources of the events', statistics' and claims' attributions
   * (not those of a position the text says an actor holds or supports: they gave no information).
   */
  readonly infoSources: readonly NinjsInfoSource[];
}

/**
 * The article as an IPTC ninjs 3.1 document (News in JSON, the news industry's JSON format):
 * its text as the body, the people, organisations, places and events it mentions (with their
 * Wikidata items where the article's outside context names them), and its publisher and sources.
 * ninjs has no place for spans, quotes, statistics, claims, attribution modes or ambiguities:
 * those are left out (the README lists them); use `toJsonLd` or `toWebAnnotations` for them.
 *
 * @param article - any article of this model
 * @returns a deeply frozen, JSON-serialisable ninjs 3.1 document
 * @example
 * const item = toNinjs(article);
 * item.type; // => 'text'
 * item.bodies[0].charCount; // => 2026
 * item.organisations.map((o) => o.literal).slice(0, 3); // => ['ukraine', 'russia', 'energy-ministry']
 * @group Export
 */
export function toNinjs(article: Article): NinjsDocument {
  requireArticle(article);
  const wikidata = wikidataUrls(article, WIKIDATA_ENTITY);
  const withUri = <T extends object>(id: string, fields: T): T & { readonly uri?: string } => {
    const uris = wikidata.get(id);
    const [uri] = uris ?? [];
    return uris?.length === 1 && uri !== undefined ? { ...fields, uri } : fields;
  };
  const entity = (record: { readonly id: string; readonly name: string }): NinjsEntity =>
    withUri(record.id, { name: record.name, rel: 'mentions' as const, literal: record.id });
  const isPerson = (actor: Actor) => actor.kind === 'person';
  const isOrganisation = (actor: Actor) => actor.kind !== 'person' && actor.kind !== 'group';

  const actors = new Map(article.actors.map((actor) => [actor.id, actor]));
  const { publisher } = article;
  /** The actors cited as sources, by id, with their names. */
  const sources = new Map<string, string>();
  const cite = (id: string) => {
    const actor = actors.get(id);
    if (id !== publisher.actor && actor !== undefined) sources.set(id, actor.name);
  };
  for (const quote of article.quotes) cite(quote.speaker);
  // A position the text ascribes to an actor (`held`) or one it backs (`supported`) is reported
  // about it, not information it gave: only the other modes make an actor a source.
  for (const record of [...article.events, ...article.statistics, ...article.claims])
    for (const attribution of record.attribution) if (attribution.mode !== 'held' && attribution.mode !== 'supported') cite(attribution.source);

  let charCount = 0;
  for (const _ of article.text) charCount++;
  return deepFreeze({
    uri: articleIri(article),
    standard: { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' },
    type: 'text',
    language: article.language,
    bodies: [{ role: 'main', contentType: 'text/plain', charCount, value: article.text }],
    people: article.actors.filter(isPerson).map(entity),
    organisations: article.actors.filter(isOrganisation).map(entity),
    places: article.places.map(entity),
    events: article.events.map((event) => ({
      id: event.id,
      name: event.summary,
      rel: 'mentions',
      uri: recordIri(article, 'events', event.id),
    })),
    infoSources: [
      withUri(publisher.actor, { name: publisher.name, role: 'publisher' as const, literal: publisher.actor }),
      ...[...sources].map(([id, name]) => withUri(id, { name, role: 'source' as const, literal: id })),
    ],
  });
}
