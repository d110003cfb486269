import type * as schema from 'schema-dts';
import { describe, expectTypeOf, it } from 'vitest';
import { toJsonLd } from '../../src/export/json-ld.js';
import type {
  JsonLdClaim,
  JsonLdEvent,
  JsonLdGraph,
  JsonLdNewsArticle,
  JsonLdOrganization,
  JsonLdPerson,
  JsonLdPlace,
  JsonLdQuantitativeValue,
  JsonLdQuotation,
} from '../../src/export/json-ld.js';
import type { Article } from '../../src/model/index.js';
import { article } from '../../src/story/article.js';

describe('toJsonLd output is schema.org as schema-dts types it', () => {
  it('returns our own JsonLdGraph for any article, which is a schema-dts Graph', () => {
    expectTypeOf(toJsonLd(article)).toEqualTypeOf<JsonLdGraph>();
    expectTypeOf(toJsonLd).parameter(0).toEqualTypeOf<Article>();
    expectTypeOf<JsonLdGraph>().toExtend<schema.Graph>();
    const graph: schema.Graph = toJsonLd(article);
    expectTypeOf(graph['@context']).toEqualTypeOf<'https://schema.org'>();
  });

  it('types each node as its schema.org class', () => {
    expectTypeOf<JsonLdNewsArticle>().toExtend<schema.NewsArticle>();
    expectTypeOf<JsonLdPerson>().toExtend<schema.Person>();
    expectTypeOf<JsonLdOrganization>().toExtend<schema.Organization>();
    expectTypeOf<JsonLdPlace>().toExtend<schema.Place>();
    expectTypeOf<JsonLdEvent>().toExtend<schema.Event>();
    expectTypeOf<JsonLdQuotation>().toExtend<schema.Quotation>();
    expectTypeOf<JsonLdQuantitativeValue>().toExtend<schema.QuantitativeValue>();
    expectTypeOf<JsonLdClaim>().toExtend<schema.Claim>();
  });

  it('the root node with the context is a WithContext<NewsArticle>', () => {
    const [root] = toJsonLd(article)['@graph'];
    if (root?.['@type'] === 'NewsArticle') {
      expectTypeOf(root).toEqualTypeOf<JsonLdNewsArticle>();
      const withContext: schema.WithContext<schema.NewsArticle> = { '@context': 'https://schema.org', ...root };
      expectTypeOf(withContext).toExtend<schema.Thing>();
    } else {
      expectTypeOf(root).not.toEqualTypeOf<JsonLdNewsArticle>();
    }
  });

  it('does not confuse the classes', () => {
    expectTypeOf<JsonLdEvent>().not.toExtend<schema.Person>();
    expectTypeOf<JsonLdPlace>().not.toExtend<schema.Organization>();
    // @ts-expect-error - a Quotation node is not a schema.org Event
    const event: schema.Event = {} as JsonLdQuotation;
    expectTypeOf(event).toExtend<schema.Event>();
  });

  it('only ever states that an event was cancelled or is planned', () => {
    const cancelled: JsonLdEvent = { '@type': 'Event', '@id': '#e', description: 'd', eventStatus: 'https://schema.org/EventCancelled' };
    expectTypeOf(cancelled.eventStatus).toEqualTypeOf<'https://schema.org/EventCancelled' | 'https://schema.org/EventScheduled' | undefined>();
    // @ts-expect-error - EventCompleted is never emitted: schema.org's statuses are for scheduled events
    const completed: JsonLdEvent = { '@type': 'Event', '@id': '#e', description: 'd', eventStatus: 'https://schema.org/EventCompleted' };
    expectTypeOf(completed).toEqualTypeOf<JsonLdEvent>();
  });

  it('is read-only', () => {
    const [root] = toJsonLd(article)['@graph'];
    // @ts-expect-error - nodes are readonly
    if (root) root['@id'] = 'x';
  });
});

// schema-dts's `…Leaf` types have exactly the properties schema.org gives a class (and its
// ancestors), so a key of ours that is not a schema.org term of the node's class is left over here
// and fails to compile, which `toExtend<schema.Person>()` cannot catch (schema-dts's class types are
// unions that let unknown keys through).
interface LeafOf {
  NewsArticle: schema.NewsArticleLeaf;
  Person: schema.PersonLeaf;
  Organization: schema.OrganizationLeaf;
  GovernmentOrganization: schema.GovernmentOrganizationLeaf;
  NewsMediaOrganization: schema.NewsMediaOrganizationLeaf;
  Corporation: schema.CorporationLeaf;
  PoliticalParty: schema.PoliticalPartyLeaf;
  Country: schema.CountryLeaf;
  City: schema.CityLeaf;
  AdministrativeArea: schema.AdministrativeAreaLeaf;
  BodyOfWater: schema.BodyOfWaterLeaf;
  Place: schema.PlaceLeaf;
  Event: schema.EventLeaf;
  Quotation: schema.QuotationLeaf;
  QuantitativeValue: schema.QuantitativeValueLeaf;
  Claim: schema.ClaimLeaf;
}
/** The keys of a node that are not properties of every class its `@type` may be (a union's leaves share only common keys). */
type NotTerms<N extends { readonly '@type': keyof LeafOf }> = N extends unknown ? Exclude<keyof N, keyof LeafOf[N['@type']]> : never;

describe('every key toJsonLd can emit is a schema.org term of its node’s class', () => {
  it('holds for every node type', () => {
    expectTypeOf<NotTerms<JsonLdNewsArticle>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdPerson>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdOrganization>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdPlace>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdEvent>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdQuotation>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdQuantitativeValue>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<JsonLdClaim>>().toEqualTypeOf<never>();
    expectTypeOf<NotTerms<import('../../src/export/json-ld.js').JsonLdNode>>().toEqualTypeOf<never>();
  });

  it('and would catch one that is not: a misspelt key, or a key of another class', () => {
    expectTypeOf<NotTerms<JsonLdPerson & { readonly nmae: string }>>().toEqualTypeOf<'nmae'>();
    expectTypeOf<NotTerms<JsonLdPerson & { readonly eventStatus: string }>>().toEqualTypeOf<'eventStatus'>();
    // A key of Organization that City lacks is caught on a union @type.
    expectTypeOf<NotTerms<{ readonly '@type': 'Organization' | 'City'; readonly founder: string }>>().toEqualTypeOf<'founder'>();
  });
});
