import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDraft07, generateSchema, toDraft2020 } from '../../scripts/schema.mjs';
import type { JsonSchema } from '../../scripts/schema.mjs';
import { article } from '../../src/index.js';
import { validateArticle } from '../../src/validate/validate-article.js';
import { Ajv2020, addFormats } from '../support/ajv.js';

// Generating the schema compiles the model with ts-json-schema-generator: a few seconds, done once.
let schema: JsonSchema;
let validate: ReturnType<Ajv2020['compile']>;
let firstError: ReturnType<Ajv2020['compile']>;
beforeAll(() => {
  schema = generateSchema();
  // With ajv-formats, as the schema's `format: date` asks (a day that exists).
  validate = addFormats(new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })).compile(schema);
  firstError = addFormats(new Ajv2020({ strict: true, allowUnionTypes: true })).compile(schema);
}, 60_000);

type Draft = any;

/** The problem codes of what a JSON Schema can express: the schema rejects an input exactly when it has one. */
const STRUCTURAL: ReadonlySet<string> = new Set(['SHAPE', 'UNKNOWN_CAMEO_CODE', 'CAMEO_NOT_FOR_TYPE']);
const json = (): Draft => JSON.parse(JSON.stringify(article));
const zelensky = article.actors.findIndex((a) => a.id === 'zelensky');

/** Every subschema, with its JSON Pointer in the schema. */
function* subschemas(value: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value)) yield [path, value as Record<string, unknown>];
  for (const [key, child] of Object.entries(value)) yield* subschemas(child, `${path}/${key}`);
}

describe('the generated JSON Schema', () => {
  it('is draft 2020-12, rooted at Article, with $defs and no draft-07 leftovers', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$ref']).toBe('#/$defs/Article');
    const defs = schema['$defs'] as Record<string, unknown>;
    expect(Object.keys(defs)).toEqual(expect.arrayContaining(['Article', 'Person', 'StrikeEvent', 'Evidence', 'Span']));
    expect(Object.keys(defs).filter((name) => /[<>%]/.test(name))).toEqual([]);
    const text = JSON.stringify(schema);
    expect(text).not.toContain('definitions');
    expect(text).not.toContain('additionalItems');
    expect(text).not.toContain('draft-07');
  });

  it('resolves every $ref to a definition', () => {
    const defs = schema['$defs'] as Record<string, unknown>;
    const refs = [...subschemas(schema)].flatMap(([, s]) => (typeof s['$ref'] === 'string' ? [s['$ref']] : []));
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((ref) => !(ref.replace('#/$defs/', '') in defs))).toEqual([]);
  });

  it('anchors every pattern so that it means the whole string in other dialects too (no "$": Python’s matches before a final newline)', () => {
    const patterns: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'pattern' && typeof child === 'string') patterns.push(child);
        else walk(child);
      }
    };
    walk(schema);
    expect(patterns.length).toBeGreaterThan(20);
    for (const pattern of patterns) {
      expect(pattern, pattern).toMatch(/^\^.*\(\?!\[\\s\\S\]\)$/);
      expect(new RegExp(pattern, 'u').test('2022\n'), pattern).toBe(false);
    }
  });

  it("is strict: every object schema forbids other properties and requires all of its own, but an article's `moved`", () => {
    const objects = [...subschemas(schema)].filter(([, s]) => s['type'] === 'object');
    expect(objects.length).toBeGreaterThan(40);
    expect(objects.filter(([, s]) => s['additionalProperties'] !== false).map(([p]) => p)).toEqual([]);
    const optional = objects.flatMap(([p, s]) =>
      Object.keys(s['properties'] as object)
        .filter((key) => !(s['required'] as unknown[]).includes(key))
        .map((key) => `${p}/${key}`),
    );
    expect(optional).toEqual(['/$defs/Article/moved']);
  });

  it('gives Evidence (`readonly [Span, ...Span[]]`) at least one item, every item a Span', () => {
    const evidence = (schema['$defs'] as Record<string, Record<string, unknown>>)['Evidence'];
    expect(evidence).toMatchObject({ type: 'array', items: { $ref: '#/$defs/Span' }, minItems: 1 });
    expect(evidence).not.toHaveProperty('prefixItems');
  });

  it('accepts the shipped article', () => {
    expect(validate(json()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, (d: Draft) => void, string]>([
    ['a record with its id removed', (d) => delete d.actors[zelensky].id, `/actors/${zelensky}`],
    ['a wrong discriminant', (d) => (d.actors[zelensky].kind = 'persn'), `/actors/${zelensky}/kind`],
    ['an empty evidence array', (d) => (d.events[0].evidence = []), '/events/0/evidence'],
    ['a negative start', (d) => (d.quotes[0].span.start = -1), '/quotes/0/span/start'],
    ['a fractional offset', (d) => (d.sentences[0].end = 1.5), '/sentences/0/end'],
    ['a property the model does not have', (d) => (d.claims[0].confidence = 0.9), '/claims/0'],
    ['a month that is not YYYY-MM', (d) => (d.events.find((e: Draft) => e.id === 'russian-invasion').time[1].normalized = '2022-2'), '/events/'],
    ['a malformed Wikidata id', (d) => (d.context.facts[0].qid = 'Q-1'), '/context/facts/0/qid'],
  ])('rejects %s', (_, edit, where) => {
    const d = json();
    edit(d);
    expect(validate(d)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.startsWith(where))).toBe(true);
  });

  it('agrees with validateArticle on structure: schema-valid exactly when there is no structural problem', () => {
    const base = json();
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
    };
    walk(base, []);
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('replace' as const),
        with: fc.constantFrom<unknown>(
          null,
          'x',
          'Not An Id',
          'a'.repeat(65),
          7,
          1.5,
          true,
          [],
          {},
          [{ start: 0, end: 1 }],
          '046',
          '195',
          '1951',
          '2022-02-30',
        ),
      }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('extra', 'id', '__proto__') }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), mutation, (path, m) => {
        const d = structuredClone(base);
        let parent = d;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path.at(-1) as string | number;
        if (m.kind === 'replace') parent[last] = structuredClone(m.with);
        else if (m.kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) {
          Object.defineProperty(parent[last], m.key, { value: 1, enumerable: true, configurable: true, writable: true });
        }
        const result = validateArticle(d);
        // The CAMEO checks are structural too: the schema lists each event type's codes.
        const shapeProblems = result.ok ? [] : result.problems.filter((p) => STRUCTURAL.has(p.code));
        expect(firstError(d), JSON.stringify({ path, m, shapeProblems, errors: firstError.errors })).toBe(shapeProblems.length === 0);
      }),
    );
  }, 60_000);
});

describe('toDraft2020', () => {
  const draft07 = (definitions: Record<string, unknown>): JsonSchema => ({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $ref: '#/definitions/ArticleSchemaRoot',
    definitions: { ArticleSchemaRoot: { $ref: '#/definitions/Article' }, ...definitions },
  });

  it('turns tuple items into prefixItems and additionalItems into items', () => {
    const converted = toDraft2020(
      draft07({
        Article: {
          type: 'object',
          properties: { pair: { $ref: '#/definitions/Pair%3Cstring%3E' } },
          required: ['pair'],
          additionalProperties: false,
        },
        'Pair<string>': { type: 'array', items: [{ type: 'string' }], additionalItems: { type: 'number' }, minItems: 1 },
      }),
    );
    expect(converted).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Article',
      description: undefined,
      $ref: '#/$defs/Article',
      $defs: {
        Article: { type: 'object', properties: { pair: { $ref: '#/$defs/Pair' } }, required: ['pair'], additionalProperties: false },
        Pair: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' }, minItems: 1 },
      },
    });
  });

  it('gives the instantiations of one generic type, which are the same schema, its one clean name', () => {
    const link = { type: 'object', properties: { id: { type: 'string' } } };
    const converted = toDraft2020(
      draft07({
        Article: { type: 'object', properties: { a: { $ref: '#/definitions/Link%3Cstring1%3E' }, b: { $ref: '#/definitions/Link%3Cstring2%3E' } } },
        'Link<string1>': link,
        'Link<string2>': structuredClone(link),
      }),
    );
    const defs = converted['$defs'] as Record<string, unknown>;
    expect(Object.keys(defs)).toEqual(['Article', 'Link']);
    expect(defs['Article']).toEqual({ type: 'object', properties: { a: { $ref: '#/$defs/Link' }, b: { $ref: '#/$defs/Link' } } });
  });

  it('keeps the arguments in the names of instantiations that differ', () => {
    const converted = toDraft2020(
      draft07({
        Article: { type: 'object', properties: { a: { $ref: '#/definitions/Cameo%3C%22strike%22%3E' }, b: { $ref: '#/definitions/Cameo%3C%22vote%22%3E' } } },
        'Cameo<"strike">': { type: 'string' },
        'Cameo<"vote">': { type: 'null' },
      }),
    );
    const defs = converted['$defs'] as Record<string, unknown>;
    expect(Object.keys(defs)).toEqual(['Article', 'Cameo_strike', 'Cameo_vote']);
    expect(defs['Article']).toEqual({ type: 'object', properties: { a: { $ref: '#/$defs/Cameo_strike' }, b: { $ref: '#/$defs/Cameo_vote' } } });
  });

  it('keeps a property named "items" or "definitions" as a property', () => {
    const converted = toDraft2020(draft07({ Article: { type: 'object', properties: { items: { type: 'array', items: [{ type: 'string' }] } } } }));
    expect((converted['$defs'] as Record<string, unknown>)['Article']).toEqual({
      type: 'object',
      properties: { items: { type: 'array', prefixItems: [{ type: 'string' }] } },
    });
  });

  it('starts from what ts-json-schema-generator emits: draft-07 with definitions', () => {
    const raw = generateDraft07();
    expect(raw['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(raw['definitions'] as object)).toContain('Person<string,ArticleIds>');
  }, 60_000);
});
