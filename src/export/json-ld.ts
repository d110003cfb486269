import { deepFreeze } from '../internal/freeze.js';
import { requireArticle } from '../internal/memo.js';
import type { Actor, Article, Claim, Collection, Event, Place, Quote, Role, Statistic } from '../model/index.js';
import { collections } from '../internal/references.js';
import { articleIri, recordIri, wikidataUrls } from './iri.js';

/**
 * A reference to another node of the graph by its `@id`.
 *
 * @example
 * const zelensky: JsonLdReference = { '@id': 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy#actor-zelensky' };
 */
export interface JsonLdReference {
  /** The IRI of the node referred to. */
  readonly '@id': string;
}

/**
 * The article itself, as a schema.org `NewsArticle`.
 *
 * @example
 * toJsonLd(article)['@graph'][0]?.['@type']; // => 'NewsArticle'
 */
export interface JsonLdNewsArticle {
  /** The schema.org class. */
  readonly '@type': 'NewsArticle';
  /** The article's IRI, `urn:ukraine-energy-strikes:article:<article.id>`. */
  readonly '@id': string;
  /** BCP 47 language tag of the text. */
  readonly inLanguage: string;
  /** The exact text of the article. */
  readonly text: string;
  /** The outlet that published it. */
  readonly publisher: JsonLdReference;
  /** The events the article reports. */
  readonly about: readonly JsonLdReference[];
  /** The actors, places and figures the article mentions. */
  readonly mentions: readonly JsonLdReference[];
}

/**
 * A person actor, as a schema.org `Person`.
 *
 * @example
 * const node: JsonLdPerson = { '@type': 'Person', '@id': '…#actor-putin', name: 'Vladimir Putin', jobTitle: ['President'] };
 */
export interface JsonLdPerson {
  /** The schema.org class. */
  readonly '@type': 'Person';
  /** `<article IRI>#actor-<id>`. */
  readonly '@id': string;
  /** The canonical name. */
  readonly name: string;
  /** The distinct titles the text gives the person, where it gives any. */
  readonly jobTitle?: readonly string[];
  /** The states or bodies those titles are of, where the text says. */
  readonly affiliation?: readonly JsonLdReference[];
  /** Wikidata pages, where the article's outside context gives an item. */
  readonly sameAs?: readonly string[];
}

/**
 * A state, organisation or group actor, or the publisher, as a schema.org `Organization` or
 * one of its subclasses.
 *
 * @example
 * const node: JsonLdOrganization = { '@type': 'GovernmentOrganization', '@id': '…#actor-russia', name: 'Russia' };
 */
export interface JsonLdOrganization {
  /**
   * `GovernmentOrganization` for a state or a court, `NewsMediaOrganization` for the publisher,
   * `Corporation` for a company, `PoliticalParty` for a party, else `Organization`.
   */
  readonly '@type': 'Organization' | 'GovernmentOrganization' | 'NewsMediaOrganization' | 'Corporation' | 'PoliticalParty';
  /** `<article IRI>#actor-<id>`. */
  readonly '@id': string;
  /** The canonical name. */
  readonly name: string;
  /** The body an organisation belongs to, where the text states or implies it. */
  readonly parentOrganization?: JsonLdReference;
  /** The members of a group the text identifies. */
  readonly member?: readonly JsonLdReference[];
  /** Where a group is, where the text says. */
  readonly location?: JsonLdReference;
  /** Wikidata pages, where the article's outside context gives an item. */
  readonly sameAs?: readonly string[];
}

/**
 * A place: a schema.org `Country`, `City`, `AdministrativeArea`, `BodyOfWater`, or (for regions and
 * sites) plain `Place`.
 *
 * @example
 * const node: JsonLdPlace = { '@type': 'City', '@id': '…#place-kyiv', name: 'Kyiv', containedInPlace: { '@id': '…#place-ukraine-country' } };
 */
export interface JsonLdPlace {
  /** The schema.org class. */
  readonly '@type': 'Country' | 'City' | 'AdministrativeArea' | 'BodyOfWater' | 'Place';
  /** `<article IRI>#place-<id>`. */
  readonly '@id': string;
  /** The canonical name of any place but an unnamed set of regions. */
  readonly name?: string;
  /** For an unnamed set of regions ("most regions"), which has no name, the package's label for it. */
  readonly description?: string;
  /** The place that contains this one, where the text states or implies it. */
  readonly containedInPlace?: JsonLdReference;
  /** Wikidata pages, where the article's outside context gives an item. */
  readonly sameAs?: readonly string[];
}

/**
 * An event, as a schema.org `Event`.
 *
 * @example
 * const node: JsonLdEvent = { '@type': 'Event', '@id': '…#event-budapest-summit', description: 'Planned peace talks…', eventStatus: 'https://schema.org/EventCancelled' };
 */
export interface JsonLdEvent {
  /** The schema.org class. */
  readonly '@type': 'Event';
  /** `<article IRI>#event-<id>`. */
  readonly '@id': string;
  /** The package's one-line summary (the text's words are the evidence). */
  readonly description: string;
  /**
   * `EventCancelled` for an event that was called off, `EventScheduled` for one that is planned;
   * nothing is said of the others (schema.org has no status for an event that took place).
   */
  readonly eventStatus?: 'https://schema.org/EventCancelled' | 'https://schema.org/EventScheduled';
  /** The calendar date, month or year the text gives for the event (ISO 8601), never a date from outside the text. */
  readonly startDate?: string;
  /** Where it happened. */
  readonly location?: readonly JsonLdReference[];
  /** Actors in the `agent` role. */
  readonly organizer?: readonly JsonLdReference[];
  /** Actors in the `speaker` role. */
  readonly performer?: readonly JsonLdReference[];
  /** Actors in the `participant` role. */
  readonly attendee?: readonly JsonLdReference[];
  /** Actors in the `supporter` role. */
  readonly sponsor?: readonly JsonLdReference[];
  /** Events this one happened `during`. */
  readonly superEvent?: readonly JsonLdReference[];
}

/**
 * A quote, as a schema.org `Quotation`.
 *
 * @example
 * const node: JsonLdQuotation = { '@type': 'Quotation', '@id': '…#quote-wasted-meeting', text: 'wasted', creator: { '@id': '…#actor-trump' }, isBasedOn: { '@id': 'urn:…' } };
 */
export interface JsonLdQuotation {
  /** The schema.org class. */
  readonly '@type': 'Quotation';
  /** `<article IRI>#quote-<id>`. */
  readonly '@id': string;
  /** The exact words between the quotation marks. */
  readonly text: string;
  /** Whose words they are. */
  readonly creator: JsonLdReference;
  /** The article, the only source the quotation is known from. */
  readonly isBasedOn: JsonLdReference;
  /** The event the words react to, then the record they are about, where the text says. */
  readonly about?: readonly JsonLdReference[];
}

/**
 * A figure the text gives, as a schema.org `QuantitativeValue`.
 *
 * @example
 * const node: JsonLdQuantitativeValue = { '@type': 'QuantitativeValue', '@id': '…#statistic-people-killed', name: 'people killed', value: 6, unitText: 'people' };
 */
export interface JsonLdQuantitativeValue {
  /** The schema.org class. */
  readonly '@type': 'QuantitativeValue';
  /** `<article IRI>#statistic-<id>`. */
  readonly '@id': string;
  /** What is counted or measured. */
  readonly name: string;
  /** The number, for an exact figure. */
  readonly value?: number;
  /** The lower bound of a range, where the range includes it. */
  readonly minValue?: number;
  /** The upper bound of a range, where the range includes it. */
  readonly maxValue?: number;
  /** The unit, where the text gives one. */
  readonly unitText?: string;
  /** For a range, how the words were read as bounds (exclusive bounds are only stated here). */
  readonly description?: string;
}

/**
 * A claim, as a schema.org `Claim`.
 *
 * @example
 * const node: JsonLdClaim = { '@type': 'Claim', '@id': '…#claim-invasion-aims', description: 'The invasion aims…', appearance: { '@id': 'urn:…' } };
 */
export interface JsonLdClaim {
  /** The schema.org class. */
  readonly '@type': 'Claim';
  /** `<article IRI>#claim-<id>`. */
  readonly '@id': string;
  /** The package's plain-words summary of the proposition. */
  readonly description: string;
  /** Who the text attributes it to (supporters of someone else's position are not authors). */
  readonly author?: readonly JsonLdReference[];
  /** The article it appears in. */
  readonly appearance: JsonLdReference;
  /** The events, actors or places it is about. */
  readonly about?: readonly JsonLdReference[];
}

/**
 * Any node of the graph `toJsonLd` returns, discriminated by `@type`.
 *
 * @example
 * toJsonLd(article)['@graph'].map((n) => n['@type']).slice(0, 3); // => ['NewsArticle', 'GovernmentOrganization', 'Person']
 */
export type JsonLdNode =
  | JsonLdNewsArticle
  | JsonLdPerson
  | JsonLdOrganization
  | JsonLdPlace
  | JsonLdEvent
  | JsonLdQuotation
  | JsonLdQuantitativeValue
  | JsonLdClaim;

/**
 * A schema.org JSON-LD document: the article first, then one node per record, linked by `@id`.
 *
 * @example
 * toJsonLd(article)['@context']; // => 'https://schema.org'
 */
export interface JsonLdGraph {
  /** The schema.org context. */
  readonly '@context': 'https://schema.org';
  /** The nodes: the article, then actors, places, events, quotes, statistics and claims in article order. */
  readonly '@graph': readonly JsonLdNode[];
}

/** The schema.org Event property each participant role maps to; a `target` has none. */
const roleProperty: { readonly [R in Role]: 'organizer' | 'performer' | 'attendee' | 'sponsor' | null } = {
  agent: 'organizer',
  speaker: 'performer',
  participant: 'attendee',
  supporter: 'sponsor',
  target: null,
  affected: null,
};

/** The schema.org type of each kind of organisation (schema.org has no type for a court). */
const ORGANISATION_TYPE = {
  organisation: 'Organization',
  company: 'Corporation',
  court: 'GovernmentOrganization',
  party: 'PoliticalParty',
} as const satisfies Readonly<Record<'organisation' | 'company' | 'court' | 'party', JsonLdOrganization['@type']>>;

/** The schema.org type of each kind of place. */
const PLACE_TYPE = {
  country: 'Country',
  city: 'City',
  region: 'Place',
  'administrative-area': 'AdministrativeArea',
  site: 'Place',
  'body-of-water': 'BodyOfWater',
} as const satisfies Readonly<Record<Place['kind'], JsonLdPlace['@type']>>;

function ref(id: string): JsonLdReference {
  return { '@id': id };
}

/** Distinct values in first-seen order. */
function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** `{ [key]: values }` when there are values, else `{}`, so that empty properties are left out. */
function optional<K extends string, V>(key: K, values: readonly V[]): { readonly [P in K]?: readonly V[] } {
  return (values.length > 0 ? { [key]: values } : {}) as { readonly [P in K]?: readonly V[] };
}

/** Builds every node of one article; a class so the lookups are made once per call. */
class GraphBuilder {
  readonly #article: Article;
  readonly #sameAs: ReadonlyMap<string, readonly string[]>;
  /** Actor kinds by id; looking up `undefined` (no id) finds nothing. */
  readonly #actorKinds: ReadonlyMap<string | undefined, Actor['kind']>;
  /** Collections by record id; looking up `null` (no id) finds nothing. */
  readonly #collectionOf: ReadonlyMap<string | null, Collection>;

  constructor(article: Article) {
    this.#article = article;
    this.#sameAs = wikidataUrls(article);
    this.#actorKinds = new Map(article.actors.map((a) => [a.id, a.kind]));
    const collectionOf = new Map<string | null, Collection>();
    for (const collection of collections) {
      // The first record with an id wins, as in the lookups.
      for (const record of article[collection]) if (!collectionOf.has(record.id)) collectionOf.set(record.id, collection);
    }
    this.#collectionOf = collectionOf;
  }

  actorRef(id: string): JsonLdReference {
    return ref(recordIri(this.#article, 'actors', id));
  }

  placeRef(id: string): JsonLdReference {
    return ref(recordIri(this.#article, 'places', id));
  }

  eventRef(id: string): JsonLdReference {
    return ref(recordIri(this.#article, 'events', id));
  }

  /** References to records of any collection, found by id; `null` and ids of no record are left out. */
  refsTo(ids: Iterable<string | null>): JsonLdReference[] {
    return distinct(ids).flatMap((id) => {
      const collection = this.#collectionOf.get(id);
      // Only a string id has a collection.
      return collection === undefined ? [] : [ref(recordIri(this.#article, collection, id as string))];
    });
  }

  sameAs(id: string): { readonly sameAs?: readonly string[] } {
    return optional('sameAs', this.#sameAs.get(id) ?? []);
  }

  newsArticle(): JsonLdNewsArticle {
    const a = this.#article;
    return {
      '@type': 'NewsArticle',
      '@id': articleIri(a),
      inLanguage: a.language,
      text: a.text,
      publisher: this.actorRef(a.publisher.actor),
      about: a.events.map((e) => this.eventRef(e.id)),
      mentions: [
        ...a.actors.map((r) => this.actorRef(r.id)),
        ...a.places.map((r) => this.placeRef(r.id)),
        ...a.statistics.map((r) => ref(recordIri(a, 'statistics', r.id))),
      ],
    };
  }

  actor(actor: Actor): JsonLdPerson | JsonLdOrganization {
    const base = { '@id': recordIri(this.#article, 'actors', actor.id), name: actor.name };
    switch (actor.kind) {
      case 'person':
        return {
          '@type': 'Person',
          ...base,
          ...optional('jobTitle', distinct(actor.titles.map((t) => t.title))),
          ...optional(
            'affiliation',
            distinct(actor.titles.flatMap((t) => t.of ?? [])).map((id) => this.actorRef(id)),
          ),
          ...this.sameAs(actor.id),
        };
      case 'state':
        return { '@type': 'GovernmentOrganization', ...base, ...this.sameAs(actor.id) };
      case 'organisation':
      case 'company':
      case 'court':
      case 'party': {
        const parent = actor.partOf?.id;
        const parentKind = this.#actorKinds.get(parent);
        return {
          '@type': actor.id === this.#article.publisher.actor ? 'NewsMediaOrganization' : ORGANISATION_TYPE[actor.kind],
          ...base,
          // A person cannot be a parent organisation in schema.org, nor can an id of no actor.
          ...(parentKind !== undefined && parentKind !== 'person' ? { parentOrganization: this.actorRef(parent as string) } : {}),
          ...this.sameAs(actor.id),
        };
      }
      case 'group':
        return {
          '@type': 'Organization',
          ...base,
          ...optional(
            'member',
            distinct(actor.members.map((m) => m.id)).map((id) => this.actorRef(id)),
          ),
          ...(actor.location !== null ? { location: this.placeRef(actor.location.id) } : {}),
          ...this.sameAs(actor.id),
        };
    }
  }

  /** The publisher's node when no actor record stands for it. */
  publisher(): JsonLdOrganization | undefined {
    const { publisher } = this.#article;
    if (this.#actorKinds.has(publisher.actor)) return undefined;
    return { '@type': 'NewsMediaOrganization', '@id': recordIri(this.#article, 'actors', publisher.actor), name: publisher.name };
  }

  place(place: Place): JsonLdPlace {
    const label = place.kind === 'region' && !place.named ? { description: place.name } : { name: place.name };
    return {
      '@type': PLACE_TYPE[place.kind],
      '@id': recordIri(this.#article, 'places', place.id),
      ...label,
      ...(place.partOf !== null ? { containedInPlace: this.placeRef(place.partOf.id) } : {}),
      ...this.sameAs(place.id),
    };
  }

  event(event: Event): JsonLdEvent {
    const byRole = (property: 'organizer' | 'performer' | 'attendee' | 'sponsor'): JsonLdReference[] =>
      distinct(event.participants.filter((p) => roleProperty[p.role] === property).map((p) => p.actor)).map((id) => this.actorRef(id));
    const calendar = event.time.find((t) => t.kind === 'date' || t.kind === 'month' || t.kind === 'year');
    return {
      '@type': 'Event',
      '@id': recordIri(this.#article, 'events', event.id),
      description: event.summary,
      ...(event.status === 'cancelled' ? { eventStatus: 'https://schema.org/EventCancelled' as const } : {}),
      ...(event.status === 'planned' ? { eventStatus: 'https://schema.org/EventScheduled' as const } : {}),
      ...(calendar !== undefined ? { startDate: calendar.normalized } : {}),
      ...optional(
        'location',
        distinct(event.places.map((p) => p.id)).map((id) => this.placeRef(id)),
      ),
      ...optional('organizer', byRole('organizer')),
      ...optional('performer', byRole('performer')),
      ...optional('attendee', byRole('attendee')),
      ...optional('sponsor', byRole('sponsor')),
      ...optional(
        'superEvent',
        distinct(event.relations.filter((r) => r.type === 'during').map((r) => r.event)).map((id) => this.eventRef(id)),
      ),
    };
  }

  quote(quote: Quote): JsonLdQuotation {
    return {
      '@type': 'Quotation',
      '@id': recordIri(this.#article, 'quotes', quote.id),
      text: quote.text,
      creator: this.actorRef(quote.speaker),
      isBasedOn: ref(articleIri(this.#article)),
      ...optional('about', this.refsTo([quote.respondsTo, quote.about])),
    };
  }

  statistic(statistic: Statistic): JsonLdQuantitativeValue {
    const { value } = statistic;
    const amount =
      value.kind === 'exact'
        ? { value: value.value }
        : {
            ...(value.min?.inclusive === true ? { minValue: value.min.value } : {}),
            ...(value.max?.inclusive === true ? { maxValue: value.max.value } : {}),
            description: value.reading,
          };
    return {
      '@type': 'QuantitativeValue',
      '@id': recordIri(this.#article, 'statistics', statistic.id),
      name: statistic.measure,
      ...amount,
      ...(statistic.unit !== null ? { unitText: statistic.unit } : {}),
    };
  }

  claim(claim: Claim): JsonLdClaim {
    const authors = claim.attribution.filter((a) => a.mode !== 'supported').map((a) => a.source);
    return {
      '@type': 'Claim',
      '@id': recordIri(this.#article, 'claims', claim.id),
      description: claim.summary,
      ...optional(
        'author',
        distinct(authors).map((id) => this.actorRef(id)),
      ),
      appearance: ref(articleIri(this.#article)),
      ...optional('about', this.refsTo(claim.about)),
    };
  }
}

/**
 * The article as a schema.org JSON-LD graph: a `NewsArticle` node, then one node per record
 * (`Person`, `GovernmentOrganization`, `Organization`, `Country`, `City`, `Place`, `Event`,
 * `Quotation`, `QuantitativeValue`, `Claim`), linked by `@id`. Every `@id` is the article's URN
 * with a fragment naming the record (`urn:ukraine-energy-strikes:article:<article.id>#actor-zelensky`).
 * `sameAs` comes only from the `wikidata` facts of `article.context`; its dated facts are left out.
 *
 * @param article - any article of this model
 * @returns a deeply frozen, JSON-serialisable document
 * @example
 * const graph = toJsonLd(article);
 * graph['@graph'].find((n) => n['@id'].endsWith('#quote-wasted-meeting'));
 * // => { '@type': 'Quotation', '@id': 'urn:…#quote-wasted-meeting', text: 'wasted', creator: { '@id': 'urn:…#actor-trump' },
 * //      isBasedOn: { '@id': 'urn:…' }, about: [{ '@id': 'urn:…#event-budapest-summit' }] }
 * // (urn:… is the article's IRI, urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy)
 * @group Export
 */
export function toJsonLd(article: Article): JsonLdGraph {
  requireArticle(article);
  const build = new GraphBuilder(article);
  const publisher = build.publisher();
  return deepFreeze({
    '@context': 'https://schema.org',
    '@graph': [
      build.newsArticle(),
      ...article.actors.map((a) => build.actor(a)),
      ...(publisher !== undefined ? [publisher] : []),
      ...article.places.map((p) => build.place(p)),
      ...article.events.map((e) => build.event(e)),
      ...article.quotes.map((q) => build.quote(q)),
      ...article.statistics.map((s) => build.statistic(s)),
      ...article.claims.map((c) => build.claim(c)),
    ],
  });
}

/**
 * The article's JSON-LD as a `<script type="application/ld+json">` element, safe to put in any
 * HTML page: `<`, `>` and `&` (and the line separators U+2028 and U+2029) are written as JSON
 * escapes, so no text of the article (not even "</script>") can end the element early. The JSON
 * means exactly what `toJsonLd` gives.
 *
 * @param article - any article of this model
 * @returns the element, as HTML text
 * @example
 * toJsonLdScript(article).startsWith('<script type="application/ld+json">{"@context":"https://schema.org"'); // => true
 * toJsonLdScript({ ...article, text: '</script><script>alert(1)</script>' }).includes('</script><script>'); // => false
 * @group Export
 */
export function toJsonLdScript(article: Article): string {
  const json = JSON.stringify(toJsonLd(article)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${json}</script>`;
}
