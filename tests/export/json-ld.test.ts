import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonLd, toJsonLdScript } from '../../src/export/json-ld.js';
import type { JsonLdNode, JsonLdReference } from '../../src/export/json-ld.js';
import type { Article, Statistic } from '../../src/model/index.js';
import { article } from '../../src/story/article.js';
import { edgeArticle } from './fixture.js';

const iri = 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy';
// Built in each test that reads it (not at load time), so the mutation run credits those tests.
const graph = () => toJsonLd(article)['@graph'];

function node(fragment: string): JsonLdNode | undefined {
  return graph().find((n) => n['@id'] === `${iri}#${fragment}`);
}

/** Every `{ '@id' }` reference anywhere below a value (nodes themselves excluded). */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencesIn(v, found);
  else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '@id') found.push((value as JsonLdReference)['@id']);
    else for (const v of Object.values(value)) referencesIn(v, found);
  }
  return found;
}

describe('toJsonLd', () => {
  it('produces the Quotation node for the "wasted" quote', () => {
    expect(node('quote-wasted-meeting')).toEqual({
      '@type': 'Quotation',
      '@id': `${iri}#quote-wasted-meeting`,
      text: 'wasted',
      creator: { '@id': `${iri}#actor-trump` },
      isBasedOn: { '@id': iri },
      about: [{ '@id': `${iri}#event-budapest-summit` }],
    });
  });

  it('starts with the NewsArticle, with the text, publisher, events as about and the rest as mentions', () => {
    const [root] = graph();
    expect(root?.['@type']).toBe('NewsArticle');
    if (root?.['@type'] !== 'NewsArticle') return;
    expect(root['@id']).toBe(iri);
    expect(root.text).toBe(article.text);
    expect(root.inLanguage).toBe('en');
    expect(root.publisher).toEqual({ '@id': `${iri}#actor-punch` });
    expect(root.about.map((r) => r['@id'])).toEqual(article.events.map((e) => `${iri}#event-${e.id}`));
    expect(root.mentions).toHaveLength(article.actors.length + article.places.length + article.statistics.length);
  });

  it('has one node per record plus the article, with unique ids, and every reference resolves', () => {
    const ids = graph().map((n) => n['@id']);
    const records =
      article.actors.length + article.places.length + article.events.length + article.quotes.length + article.statistics.length + article.claims.length;
    expect(ids).toHaveLength(records + 1);
    expect(new Set(ids).size).toBe(ids.length);
    const dangling = referencesIn(graph()).filter((id) => !ids.includes(id));
    expect(dangling).toEqual([]);
  });

  it.each([
    ['actor-zelensky', 'Person'],
    ['actor-ukraine', 'GovernmentOrganization'],
    ['actor-energy-ministry', 'Organization'],
    ['actor-kyiv-and-allies', 'Organization'],
    ['actor-punch', 'NewsMediaOrganization'],
    ['place-ukraine-country', 'Country'],
    ['place-kyiv', 'City'],
    ['place-donbas', 'Place'],
    ['place-most-regions', 'Place'],
    ['event-overnight-strikes', 'Event'],
    ['statistic-people-killed', 'QuantitativeValue'],
    ['claim-war-is-illegal-land-grab', 'Claim'],
  ])('maps %s to %s', (fragment, type) => {
    expect(node(fragment)?.['@type']).toBe(type);
  });

  it('gives sameAs exactly to the records with a wikidata fact', () => {
    const facts = (article.context?.facts ?? []).flatMap((f) => (f.kind === 'wikidata' ? [f] : []));
    const withSameAs = graph().filter((n) => 'sameAs' in n);
    expect(withSameAs).toHaveLength(facts.length);
    for (const fact of facts) {
      const n = graph().find((g) => g['@id'].endsWith(`-${fact.record}`) && 'sameAs' in g);
      expect(n && 'sameAs' in n ? n.sameAs : undefined, fact.record).toEqual([`https://www.wikidata.org/wiki/${fact.qid}`]);
    }
  });

  it('leaves out the dates that come from outside the text', () => {
    const json = JSON.stringify(graph());
    const dates = (article.context?.facts ?? []).flatMap((f) => (f.kind === 'date' ? [f.date] : []));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) for (const part of date.split('/')) expect(json).not.toContain(part);
    expect(json).not.toContain('dawn');
  });

  it('marks the cancelled events as cancelled and gives no other event status (the story has no planned event)', () => {
    const statuses = graph().flatMap((n) => (n['@type'] === 'Event' && n.eventStatus ? [[n['@id'], n.eventStatus]] : []));
    const cancelled = article.events.filter((e) => e.status === 'cancelled');
    expect(cancelled.map((e) => e.id)).toContain('budapest-summit');
    expect(statuses).toEqual(cancelled.map((e) => [`${iri}#event-${e.id}`, 'https://schema.org/EventCancelled']));
  });

  it('keeps the text’s own month as startDate and nothing more precise', () => {
    expect(node('event-russian-invasion')).toMatchObject({ startDate: '2022-02' });
    const withMonth = article.events.filter((e) => e.time.some((t) => t.kind === 'month'));
    expect(graph().filter((n) => 'startDate' in n)).toHaveLength(withMonth.length);
  });

  it('maps participant roles to schema.org properties and leaves targets out', () => {
    const property = { agent: 'organizer', speaker: 'performer', participant: 'attendee', supporter: 'sponsor' } as const;
    let targets = 0;
    for (const event of article.events) {
      const n = node(`event-${event.id}`) as Record<string, unknown> | undefined;
      for (const p of event.participants) {
        const actor = { '@id': `${iri}#actor-${p.actor}` };
        if (p.role === 'target' || p.role === 'affected') {
          targets++;
          const elsewhere = event.participants.some((q) => q.actor === p.actor && q.role !== 'target' && q.role !== 'affected');
          if (!elsewhere) expect(JSON.stringify(n), event.id).not.toContain(actor['@id']);
        } else {
          expect(n?.[property[p.role]], `${event.id} ${p.role}`).toContainEqual(actor);
        }
      }
    }
    expect(targets).toBeGreaterThan(0);
  });

  it('keeps exclusive range bounds out of minValue and maxValue', () => {
    for (const statistic of article.statistics) {
      const n = node(`statistic-${statistic.id}`);
      const { value } = statistic;
      if (value.kind === 'exact') {
        expect(n).toMatchObject({ value: value.value });
        expect(n).not.toHaveProperty('minValue');
        continue;
      }
      expect(n).toMatchObject({ description: value.reading });
      if (value.min?.inclusive) expect(n).toMatchObject({ minValue: value.min.value });
      else expect(n).not.toHaveProperty('minValue');
      if (value.max?.inclusive) expect(n).toMatchObject({ maxValue: value.max.value });
      else expect(n).not.toHaveProperty('maxValue');
    }
    expect(node('statistic-people-killed')).toEqual({
      '@type': 'QuantitativeValue',
      '@id': `${iri}#statistic-people-killed`,
      name: 'people killed',
      value: 6,
      unitText: 'people',
    });
  });

  it('makes the holders of a claim its authors, and not those who only support it', () => {
    const supported = article.claims.filter((c) => c.attribution.some((a) => a.mode === 'supported'));
    expect(supported.length).toBeGreaterThan(0);
    for (const claim of article.claims) {
      const authors = [...new Set(claim.attribution.filter((a) => a.mode !== 'supported').map((a) => a.source))];
      expect(node(`claim-${claim.id}`), claim.id).toMatchObject({
        author: authors.map((id) => ({ '@id': `${iri}#actor-${id}` })),
      });
    }
  });

  it('is plain JSON, frozen, and round-trips unchanged', () => {
    const document = toJsonLd(article);
    const json = JSON.stringify(document);
    expect(JSON.parse(json)).toEqual(document);
    expect(Object.isFrozen(document['@graph'][1])).toBe(true);
  });

  it('works on any article: a publisher with no actor record gets a node, and no context means no sameAs', () => {
    const edge = toJsonLd(edgeArticle)['@graph'];
    const base = 'urn:ukraine-energy-strikes:article:edge-cases';
    expect(edge.find((n) => n['@id'] === `${base}#actor-the-choir-times`)).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': `${base}#actor-the-choir-times`,
      name: 'The Choir Times',
    });
    expect(edge.some((n) => 'sameAs' in n)).toBe(false);
    expect(edge.find((n) => n['@id'] === `${base}#quote-yes`)).toMatchObject({ about: [{ '@id': `${base}#event-singing` }] });
  });

  it('gives a record every distinct Wikidata item its facts name, in fact order', () => {
    const facts = article.context?.facts ?? [];
    const kyiv = facts.find((f) => f.kind === 'wikidata' && f.record === 'kyiv');
    if (kyiv?.kind !== 'wikidata' || article.context === null) throw new Error('expected a wikidata fact for kyiv');
    const context = { ...article.context, facts: [...facts, { ...kyiv, qid: 'Q1' as const }, kyiv] };
    const kyivNode = toJsonLd({ ...article, context })['@graph'].find((n) => n['@id'] === `${iri}#place-kyiv`);
    expect(kyivNode && 'sameAs' in kyivNode ? kyivNode.sameAs : undefined).toEqual([
      `https://www.wikidata.org/wiki/${kyiv.qid}`,
      'https://www.wikidata.org/wiki/Q1',
    ]);
  });

  it('gives minValue and maxValue only for bounds the range has and includes', () => {
    const base = 'urn:ukraine-energy-strikes:article:edge-cases';
    type Bound = { value: number; inclusive: boolean } | null;
    const statistic = (id: string, max: Bound, min: Bound = { value: 2, inclusive: true }): Statistic => ({
      id,
      measure: 'songs',
      value: { kind: 'range', min, max, reading: 'some songs' },
      unit: null,
      qualifiers: [],
      time: [],
      attribution: [],
      about: [],
      partOf: null,
      evidence: [{ start: 0, end: 3 }],
    });
    const custom: Article = {
      ...edgeArticle,
      statistics: [
        statistic('open', null),
        statistic('below-ten', { value: 10, inclusive: false }),
        statistic('up-to-ten', { value: 10, inclusive: true }),
        statistic('no-minimum', { value: 10, inclusive: true }, null),
        statistic('above-two', { value: 10, inclusive: true }, { value: 2, inclusive: false }),
      ],
    };
    const node = (id: string, bounds: { minValue?: number; maxValue?: number }): object => ({
      '@type': 'QuantitativeValue',
      '@id': `${base}#statistic-${id}`,
      name: 'songs',
      ...bounds,
      description: 'some songs',
    });
    expect(toJsonLd(custom)['@graph'].filter((n) => n['@type'] === 'QuantitativeValue')).toEqual([
      node('open', { minValue: 2 }),
      node('below-ten', { minValue: 2 }),
      node('up-to-ten', { minValue: 2, maxValue: 10 }),
      node('no-minimum', { maxValue: 10 }),
      node('above-two', { maxValue: 10 }),
    ]);
  });

  it('points "about" at the first record with an id, and leaves out ids of no record', () => {
    // Neither can happen in a valid article; toJsonLd still takes any Article.
    const base = 'urn:ukraine-energy-strikes:article:edge-cases';
    const [yes] = edgeArticle.quotes;
    if (yes === undefined) throw new Error('expected a quote');
    const custom: Article = {
      ...edgeArticle,
      quotes: [{ ...yes, about: 'nowhere' }],
      claims: [{ id: 'singing', summary: 'A claim that reuses the event id', attribution: [], about: [], relations: [], evidence: [{ start: 0, end: 3 }] }],
    };
    expect(toJsonLd(custom)['@graph'].find((n) => n['@id'] === `${base}#quote-yes`)).toMatchObject({
      about: [{ '@id': `${base}#event-singing` }],
    });
  });

  it('ships no schema-dts import: the output types are our own', () => {
    const dir = new URL('../../src/export/', import.meta.url);
    for (const file of readdirSync(dir)) expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toContain('schema-dts');
  });
});

describe('toJsonLd: containment, location and sub-events of the story', () => {
  const ref = (fragment: string) => ({ '@id': `${iri}#${fragment}` });
  it.each([
    ['actor-energy-ministry', { '@type': 'Organization', name: 'Energy ministry', parentOrganization: ref('actor-ukraine') }],
    ['actor-journalists-in-kyiv', { '@type': 'Organization', name: 'Journalists in Kyiv', location: ref('place-kyiv') }],
    ['place-kyiv', { '@type': 'City', name: 'Kyiv', containedInPlace: ref('place-ukraine-country') }],
    ['place-donbas', { '@type': 'Place', name: 'Donbas', containedInPlace: ref('place-ukraine-country') }],
    ['place-most-regions', { '@type': 'Place', description: 'Most regions', containedInPlace: ref('place-ukraine-country') }],
    ['event-kyiv-explosions', { '@type': 'Event', location: [ref('place-kyiv')], superEvent: [ref('event-overnight-strikes')] }],
    ['statistic-explosions-heard', { '@type': 'QuantitativeValue', minValue: 2, unitText: 'explosions' }],
  ])('%s', (fragment, expected) => {
    expect(node(fragment)).toMatchObject(expected);
  });

  it('gives an unnamed region a description and no name, and leaves out links the record does not have', () => {
    expect(node('place-most-regions')).not.toHaveProperty('name');
    expect(node('place-budapest')).not.toHaveProperty('containedInPlace');
    expect(node('actor-nato')).not.toHaveProperty('parentOrganization');
    expect(node('actor-european-allies')).not.toHaveProperty('location');
    expect(node('event-summit-cancellation')).not.toHaveProperty('superEvent');
    expect(node('statistic-explosions-heard')).not.toHaveProperty('maxValue');
  });
});

describe('toJsonLd: whole nodes of each kind', () => {
  const ref = (fragment: string) => ({ '@id': `${iri}#${fragment}` });

  it('names the vocabulary: schema.org', () => {
    expect(toJsonLd(article)['@context']).toBe('https://schema.org');
  });

  it('gives a person their job titles, the organisations they hold them in, and sameAs', () => {
    expect(node('actor-zelensky')).toEqual({
      '@type': 'Person',
      '@id': `${iri}#actor-zelensky`,
      name: 'Volodymyr Zelensky',
      jobTitle: ['President'],
      affiliation: [ref('actor-ukraine')],
      sameAs: ['https://www.wikidata.org/wiki/Q3874799'],
    });
  });

  it('gives a group its members, or its location', () => {
    expect(node('actor-kyiv-and-allies')).toEqual({
      '@type': 'Organization',
      '@id': `${iri}#actor-kyiv-and-allies`,
      name: 'Kyiv and its allies',
      member: [ref('actor-ukraine')],
    });
    expect(node('actor-journalists-in-kyiv')).toEqual({
      '@type': 'Organization',
      '@id': `${iri}#actor-journalists-in-kyiv`,
      name: 'Journalists in Kyiv',
      location: ref('place-kyiv'),
    });
  });

  it('gives a claim its authors, where it appears and what it is about', () => {
    expect(node('claim-war-is-illegal-land-grab')).toEqual({
      '@type': 'Claim',
      '@id': `${iri}#claim-war-is-illegal-land-grab`,
      description: 'Kyiv and its allies argue that the war is an illegal land grab that has caused tens of thousands of casualties and widespread destruction.',
      author: [ref('actor-kyiv-and-allies')],
      appearance: { '@id': iri },
      about: [ref('event-russian-invasion')],
    });
  });

  it("gives an organisation a parentOrganization only where schema.org allows one: an organisation's, not a person's", () => {
    const base = 'urn:ukraine-energy-strikes:article:edge-cases';
    const organisation = (id: string, parent: string): Article['actors'][number] => ({
      kind: 'organisation',
      id,
      name: id,
      aliases: [],
      partOf: { id: parent, basis: 'stated', evidence: [{ start: 0, end: 3 }] },
      evidence: [{ start: 0, end: 3 }],
    });
    const custom: Article = {
      ...edgeArticle,
      actors: [...edgeArticle.actors, organisation('choir', 'ana'), organisation('section', 'choir'), organisation('orphan', 'nobody')],
    };
    const parents = toJsonLd(custom)
      ['@graph'].filter((n) => n['@type'] === 'Organization')
      .map((n) => [n['@id'].replace(`${base}#actor-`, ''), 'parentOrganization' in n ? n.parentOrganization : null]);
    // 'ana' is a person; 'nobody' names no actor, which only an article that was not validated can do.
    expect(parents).toEqual([
      ['choir', null],
      ['section', { '@id': `${base}#actor-choir` }],
      ['orphan', null],
    ]);
  });
});

describe('toJsonLdScript: JSON-LD for any HTML page', () => {
  it('escapes every character that could end the element, and means the same JSON', () => {
    const hostile = { ...article, text: '</script><script>alert("x")</script> & <!-- \u2028\u2029' };
    const html = toJsonLdScript(hostile);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>')).toBe(true);
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(inner)).toEqual(toJsonLd(hostile));
  });
});
