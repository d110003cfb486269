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
