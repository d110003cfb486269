// Both JSON-LD exports through a real JSON-LD processor: jsonld.js expands them in safe mode (which
// throws where a key or value would be dropped: a key that is no term of the context, a relative
// IRI, …), offline, with a document loader that serves only vendored copies of the contexts they
// name (vendor/jsonld-contexts). Then every key of every node is checked to have come through.
import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../src/export/json-ld.js';
import { toWebAnnotations } from '../../src/export/web-annotation.js';
import { article } from '../../src/story/article.js';
import { everyArticle } from '../examples/all.js';

const contexts: Record<string, string> = {
  'https://schema.org': 'schemaorg-context-30.0.jsonld',
  'https://schema.org/': 'schemaorg-context-30.0.jsonld',
  'http://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
};
const loaded = new Map<string, unknown>();

/** Serves the vendored contexts; any other URL is an error (no network). */
async function documentLoader(url: string) {
  const file = contexts[url];
  if (file === undefined) throw new Error(`no vendored document for ${url}`);
  if (!loaded.has(file)) loaded.set(file, JSON.parse(readFileSync(join(import.meta.dirname, '../../vendor/jsonld-contexts', file), 'utf8')));
  return { contextUrl: undefined, documentUrl: url, document: loaded.get(file) };
}

const expand = (input: unknown) =>
  jsonld.expand(JSON.parse(JSON.stringify(input)) as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);

type Json = Record<string, unknown>;

/** Every object below a value that has keys other than @id (the nodes and nested values), with its path. */
function objectsIn(value: unknown, path = '', found: [string, Json][] = []): [string, Json][] {
  if (Array.isArray(value)) value.forEach((v, i) => objectsIn(v, `${path}/${i}`, found));
  else if (typeof value === 'object' && value !== null) {
    found.push([path, value as Json]);
    for (const [k, v] of Object.entries(value)) objectsIn(v, `${path}/${k}`, found);
  }
  return found;
}

/** The terms the vendored schema.org context defines: its @vocab would expand any key at all. */
function schemaTerms(): Set<string> {
  const context = JSON.parse(readFileSync(join(import.meta.dirname, '../../vendor/jsonld-contexts/schemaorg-context-30.0.jsonld'), 'utf8'));
  return new Set(Object.keys(context['@context']));
}

describe('the JSON-LD exports, expanded by jsonld.js in safe mode', () => {
  it('safe mode, the loader and the term check can fail: a dropped key, an unknown context, a key no schema.org term', async () => {
    await expect(expand({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', notATerm: 1 })).rejects.toThrow(/safe mode/i);
    await expect(expand({ '@context': 'https://example.org/ctx', name: 'A' })).rejects.toThrow(
      /Dereferencing a URL did not result in a valid JSON-LD object|no vendored document/,
    );
    // schema.org's context has an @vocab, so expansion keeps any key; the term check does not.
    const [person] = (await expand({ '@context': 'https://schema.org', '@type': 'Person', name: 'A', nmae: 'B' })) as Json[];
    expect(Object.keys(person ?? {})).toContain('http://schema.org/nmae');
    expect(schemaTerms().has('nmae')).toBe(false);
    expect(schemaTerms().has('name')).toBe(true);
  });

  it('toJsonLd: every node of every article expands, with each of its keys a schema.org term and each value kept', async () => {
    const terms = schemaTerms();
    for (const [name, each] of await everyArticle()) {
      const graph = toJsonLd(each);
      const expanded = (await expand(graph)) as Json[];
      const byId = new Map(expanded.map((node) => [node['@id'], node]));
      for (const node of graph['@graph']) {
        const out = byId.get(node['@id']);
        expect(out, `${name} ${node['@id']}`).toBeDefined();
        for (const [key, value] of Object.entries(node)) {
          if (key === '@id') continue;
          if (key !== '@type') expect(terms.has(key), `${key} is a schema.org term`).toBe(true);
          // A class name is a term of the context too (the @vocab would take a misspelt one).
          else expect(terms.has(String(value)), `${String(value)} is a schema.org class`).toBe(true);
          const iri = key === '@type' ? '@type' : `http://schema.org/${key}`;
          const values = out?.[iri] as unknown[] | undefined;
          expect(values, `${name} ${node['@id']} ${key}`).toBeDefined();
          expect(values?.length, `${name} ${node['@id']} ${key}`).toBe(Array.isArray(value) ? value.length : 1);
        }
      }
    }
  });

  it('toWebAnnotations: the collection expands whole, every object keeping every key', async () => {
    for (const [name, each] of await everyArticle()) {
      const collection = toWebAnnotations(each);
      const expanded = (await expand(collection)) as Json[];
      expect(expanded, name).toHaveLength(1);
      // Each object of the input (but the context) has as many keys as its expansion, which
      // is where a dropped key would show.
      const inputs = objectsIn(collection).filter(([path]) => path !== '');
      const outputs = objectsIn(expanded[0]).filter(([, o]) => !('@value' in o) && !(Object.keys(o).length === 1 && '@id' in o));
      expect(outputs.length, name).toBeGreaterThanOrEqual(inputs.filter(([, o]) => Object.keys(o).length > 0).length);
      const root = expanded[0] as Json;
      expect(Object.keys(root).sort(), name).toEqual(
        [
          '@id',
          '@type',
          'http://www.w3.org/2000/01/rdf-schema#label',
          'http://www.w3.org/ns/activitystreams#first',
          'http://www.w3.org/ns/activitystreams#last',
          'http://www.w3.org/ns/activitystreams#totalItems',
        ].sort(),
      );
    }
  });

  it('a Web Annotation target keeps its selectors and its source’s format and language', async () => {
    const [collection] = (await expand(toWebAnnotations(article))) as Json[];
    const page = (collection?.['http://www.w3.org/ns/activitystreams#first'] as Json[])[0] as Json;
    const items = (page['http://www.w3.org/ns/activitystreams#items'] as Json[])[0]?.['@list'] as Json[];
    const target = (items[0]?.['http://www.w3.org/ns/oa#hasTarget'] as Json[])[0] as Json;
    const source = (target['http://www.w3.org/ns/oa#hasSource'] as Json[])[0] as Json;
    expect(source['http://purl.org/dc/terms/language'] ?? source['http://purl.org/dc/elements/1.1/language']).toEqual([{ '@value': 'en' }]);
    expect(source['http://purl.org/dc/elements/1.1/format']).toEqual([{ '@value': 'text/plain' }]);
    const selectors = target['http://www.w3.org/ns/oa#hasSelector'] as Json[];
    expect(selectors.map((s) => s['@type'])).toEqual([['http://www.w3.org/ns/oa#TextPositionSelector'], ['http://www.w3.org/ns/oa#TextQuoteSelector']]);
  });
});
