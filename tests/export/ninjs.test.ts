// toNinjs against IPTC's published ninjs 3.1 schema (vendor/ninjs, unmodified), validated as IPTC's
// own test suite does: ajv's draft 2020-12 validator with ajv-formats, the GeoJSON schema added first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNinjs } from '../../src/export/ninjs.js';
import type { Article } from '../../src/model/index.js';
import { article } from '../../src/story/article.js';
import { everyArticle } from '../examples/all.js';
import { Ajv2020, addFormats } from '../support/ajv.js';
import { edgeArticle, emptyArticle } from './fixture.js';

const vendored = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(import.meta.dirname, '../../vendor/ninjs', file), 'utf8'));

function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addSchema(vendored('GeoJSON-schema.json'));
  return ajv.compile(vendored('ninjs-schema_3.1.json'));
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('toNinjs', () => {
  it('is valid ninjs 3.1 for the story, every example and the edge cases', async () => {
    const validate = ninjsValidator();
    for (const [name, each] of [...(await everyArticle()), ['an empty article', emptyArticle] as const]) {
      const valid = validate(json(toNinjs(each)));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(valid, name).toBe(true);
    }
  });

  it('the schema can fail: a misspelt key, a bad uri or a type outside IPTC’s list is rejected', () => {
    const validate = ninjsValidator();
    const item = json(toNinjs(article)) as Record<string, unknown>;
    expect(validate({ ...item, langauge: 'en' })).toBe(false);
    expect(validate({ ...item, uri: 'not a uri' })).toBe(false);
    expect(validate({ ...item, type: 'article' })).toBe(false);
    expect(validate({ ...item, people: [{ name: 'A', role: 'x' }] })).toBe(false);
  });

  it('names the standard, the type, the language, and carries the whole text as its one body', () => {
    const item = toNinjs(article);
    expect(item.uri).toBe('urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy');
    expect(item.standard).toEqual({ name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' });
    expect(item.type).toBe('text');
    expect(item.language).toBe('en');
    expect(item.bodies).toEqual([{ role: 'main', contentType: 'text/plain', charCount: 2026, value: article.text }]);
    expect(Object.isFrozen(item.bodies[0])).toBe(true);
  });

  it('counts characters as code points, not UTF-16 code units', () => {
    const [body] = toNinjs(edgeArticle).bodies;
    expect(edgeArticle.text.length - body.charCount).toBe(1); // one 😀
  });

  it('sorts actors into people and organisations (groups are neither), with Wikidata entity IRIs where the context has one', () => {
    const item = toNinjs(article);
    expect(item.people.map((p) => p.literal)).toEqual(['zelensky', 'trump', 'putin']);
    expect(item.people[0]).toEqual({ name: 'Volodymyr Zelensky', rel: 'mentions', literal: 'zelensky', uri: 'http://www.wikidata.org/entity/Q3874799' });
    expect(item.organisations.map((o) => o.literal)).toEqual(['ukraine', 'russia', 'energy-ministry', 'united-states', 'nato', 'punch']);
    expect(item.organisations.find((o) => o.literal === 'energy-ministry')).not.toHaveProperty('uri');
    const everyone = [...item.people, ...item.organisations].map((e) => e.literal);
    expect(everyone).not.toContain('journalists-in-kyiv');
    expect(everyone).not.toContain('european-allies');
  });

  it('lists every place and event, events by summary with their JSON-LD @id', () => {
    const item = toNinjs(article);
    expect(item.places.map((p) => p.literal)).toEqual(article.places.map((p) => p.id));
    expect(item.places.find((p) => p.literal === 'kyiv')?.uri).toBe('http://www.wikidata.org/entity/Q1899');
    expect(item.events).toHaveLength(article.events.length);
    expect(item.events[0]).toEqual({
      id: 'overnight-strikes',
      name: article.events[0]?.summary,
      rel: 'mentions',
      uri: 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy#event-overnight-strikes',
    });
  });

  it('gives the publisher, then each actor quoted, then each other one the text cites, once (not those whose position it only reports)', () => {
    const item = toNinjs(article);
    expect(item.infoSources[0]).toEqual({ name: 'Punch', role: 'publisher', literal: 'punch' });
    expect(item.infoSources.slice(1).map((s) => s.literal)).toEqual([
      'zelensky',
      'trump',
      'putin',
      'energy-ministry',
      'journalists-in-kyiv',
      'russia',
      'kyiv-and-allies',
    ]);
    expect(item.infoSources.slice(1).every((s) => s.role === 'source')).toBe(true);
  });

  it('a publisher with no actor record is still the publisher; a record with two Wikidata items gets no uri', () => {
    expect(toNinjs(edgeArticle).infoSources).toEqual([
      { name: 'The Choir Times', role: 'publisher', literal: 'the-choir-times' },
      { name: 'Ana', role: 'source', literal: 'ana' },
    ]);
    const twice: Article = {
      ...article,
      context: {
        sources: article.context?.sources ?? [],
        facts: [
          { kind: 'wikidata', record: 'kyiv', qid: 'Q1899', source: 'wikidata' },
          { kind: 'wikidata', record: 'kyiv', qid: 'Q2', source: 'wikidata' },
        ],
      },
    };
    expect(toNinjs(twice).places.find((p) => p.literal === 'kyiv')).toEqual({ name: 'Kyiv', rel: 'mentions', literal: 'kyiv' });
  });

  it('leaves out what ninjs has no place for: no spans, quotes, statistics, claims or ambiguities', () => {
    const keys = Object.keys(toNinjs(article));
    expect(keys).toEqual(['uri', 'standard', 'type', 'language', 'bodies', 'people', 'organisations', 'places', 'events', 'infoSources']);
    expect(JSON.stringify(toNinjs(article))).not.toContain('"start"');
  });

  it('throws a TypeError for something that is not an article', () => {
    expect(() => toNinjs({} as Article)).toThrow(TypeError);
  });
});
