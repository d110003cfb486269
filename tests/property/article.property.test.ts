// Properties of every helper on generated articles: each indexed answer equals a brute-force scan
// of the arrays, the timeline respects every relation and date, and every kind of broken article
// is reported with the right problem. Runs and seed: tests/setup/fast-check.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineArticle } from '../../src/define/define-article.js';
import { InvalidArticleError } from '../../src/define/invalid-article-error.js';
import type { Article } from '../../src/model/article.js';
import type { Span } from '../../src/model/span.js';
import { actorsOfKind, eventsOfType } from '../../src/query/filter.js';
import * as lookup from '../../src/query/lookup.js';
import { evidenceOf, recordsAt, sentencesOf } from '../../src/query/provenance.js';
import { claimsBy, eventsInvolving, mentioning, partsOf, quotesBy, statisticsAbout } from '../../src/query/relations.js';
import { timeline } from '../../src/query/timeline.js';
import { validateArticle } from '../../src/validate/validate-article.js';
import { RELATION_ORDER, brokenArticles, validArticle } from '../arbitraries/article.js';

const collections = ['actors', 'places', 'events', 'quotes', 'statistics', 'claims'] as const;
type Collection = (typeof collections)[number];
const finders = {
  actors: lookup.findActor,
  places: lookup.findPlace,
  events: lookup.findEvent,
  quotes: lookup.findQuote,
  statistics: lookup.findStatistic,
  claims: lookup.findClaim,
} as const;
// Typed loosely: each getter's id type is a different union, and the probes include ids it rejects.
const getters: Readonly<Record<Collection, (a: Article, id: string) => unknown>> = {
  actors: lookup.getActor,
  places: lookup.getPlace,
  events: lookup.getEvent,
  quotes: lookup.getQuote,
  statistics: lookup.getStatistic,
  claims: lookup.getClaim,
} as const;

function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

/** Every record with its collection, by scanning the arrays. */
function scan(a: Article): { collection: Collection; record: Article[Collection][number] }[] {
  return collections.flatMap((collection) => a[collection].map((record) => ({ collection, record })));
}

/** Every string inside a value: a brute-force stand-in for "the ids a record refers to". */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

const overlaps = (s: Span, t: Span): boolean => s.start < Math.max(t.end, t.start + 1) && t.start < s.end;

describe('generated valid articles', () => {
  it('defineArticle output validates, is deep-frozen and survives a JSON round trip', () => {
    fc.assert(
      fc.property(validArticle(), (input) => {
        const defined = defineArticle(input);
        expect(validateArticle(defined)).toMatchObject({ ok: true });
        expect(deepFrozen(defined)).toBe(true);
        expect(JSON.parse(JSON.stringify(defined))).toEqual(input);
      }),
    );
  });

  it('lookups by id return what a scan of the arrays returns, and get* throws exactly when find* finds nothing', () => {
    fc.assert(
      fc.property(validArticle(), fc.string({ maxLength: 12 }), (input, probe) => {
        const a = defineArticle(input);
        const all = scan(a);
        const probes = [...all.map((e) => e.record.id), probe, `actor-${probe}`, 'actor-99', ''];
        for (const id of probes) {
          const found = all.find((e) => e.record.id === id);
          expect(lookup.findRecord(a, id)).toBe(found?.record);
          if (found === undefined) expect(() => lookup.getRecord(a, id as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', id }));
          else expect(lookup.getRecord(a, id as never)).toBe(found.record);
          for (const collection of collections) {
            const expected = a[collection].find((r) => r.id === id);
            expect(finders[collection](a, id)).toBe(expected);
            if (expected === undefined) expect(() => getters[collection](a, id as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', id }));
            else expect(getters[collection](a, id as never)).toBe(expected);
          }
        }
      }),
    );
  });

  it('filters and relation helpers return what a scan of the arrays returns', () => {
    fc.assert(
      fc.property(validArticle(), (input) => {
        const a = defineArticle(input);
        for (const kind of ['person', 'organisation', 'state', 'group'] as const) {
          expect(actorsOfKind(a, kind as never)).toEqual(a.actors.filter((x) => x.kind === kind));
        }
        for (const type of new Set([...a.events.map((e) => e.type), 'strike', 'invasion'] as const)) {
          expect(eventsOfType(a, type as never)).toEqual(a.events.filter((e) => e.type === type));
        }
        for (const { id } of a.actors) {
          expect(quotesBy(a, id as never)).toEqual(a.quotes.filter((q) => q.speaker === id));
          expect(claimsBy(a, id as never)).toEqual(a.claims.filter((c) => c.attribution.some((x) => x.source === id)));
          expect(eventsInvolving(a, id as never)).toEqual(a.events.filter((e) => e.participants.some((p) => p.actor === id)));
          for (const role of ['agent', 'target', 'speaker', 'participant', 'supporter'] as const) {
            expect(eventsInvolving(a, id as never, role)).toEqual(a.events.filter((e) => e.participants.some((p) => p.actor === id && p.role === role)));
          }
        }
        for (const { id } of a.events) {
          expect(statisticsAbout(a, id as never)).toEqual(a.statistics.filter((s) => s.about.includes(id)));
        }
        for (const { id } of a.statistics) {
          expect(partsOf(a, id as never)).toEqual(a.statistics.filter((s) => s.partOf?.id === id));
        }
        // Generated ids ("actor-3") never occur in names, words or readings, so any string equal
        // to an id other than the record's own is a reference to it.
        for (const { id } of [...a.actors, ...a.places]) {
          const expected = scan(a).filter((e) => e.record.id !== id && strings({ ...e.record, id: null }).includes(id));
          expect(mentioning(a, id as never)).toEqual(expected);
        }
      }),
    );
  });

  it('evidenceOf, recordsAt and sentencesOf agree with a brute-force check of every span', () => {
    fc.assert(
      fc.property(validArticle(), fc.nat(), fc.nat(), (input, n, m) => {
        const a = defineArticle(input);
        const offset = (n % (a.text.length + 2)) - 1;
        const covering = scan(a).filter((e) => e.record.evidence.some((s) => s.start <= offset && offset < s.end));
        expect(recordsAt(a, offset)).toEqual(covering);
        for (const { record } of scan(a)) {
          expect(evidenceOf(a, record.id as never)).toEqual(record.evidence.map((s) => ({ ...s, text: a.text.slice(s.start, s.end) })));
        }
        const start = Math.min(Math.max(offset, 0), a.text.length);
        const span = { start, end: Math.min(a.text.length, start + (m % 12)) };
        const expected = a.sentences.filter((s) => overlaps(s, span)).map((s) => ({ ...s, text: a.text.slice(s.start, s.end) }));
        expect(sentencesOf(a, span)).toEqual(expected);
      }),
    );
  });

  it('timeline is a permutation of the events that respects every relation and every calendar date', () => {
    fc.assert(
      fc.property(validArticle(), (input) => {
        const a = defineArticle(input);
        const order = timeline(a);
        expect([...order].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual([...a.events].sort((x, y) => (x.id < y.id ? -1 : 1)));
        const position = new Map(order.map((e, i) => [e.id, i]));
        const at = (id: string): number => position.get(id) as number;
        for (const event of a.events) {
          for (const relation of event.relations) {
            const direction = RELATION_ORDER[relation.type];
            if (direction === 1) expect(at(event.id)).toBeGreaterThan(at(relation.event));
            if (direction === -1) expect(at(event.id)).toBeLessThan(at(relation.event));
          }
        }
        // Each date as the days it covers, first and last: an event whose last day is before another's
        // first day comes before it (a year and a month in it overlap, and set no order).
        const dated = a.events.flatMap((e) => {
          const time = e.time.find((t) => t.kind === 'date' || t.kind === 'month' || t.kind === 'year');
          if (time === undefined) return [];
          const [year = 0, month, day] = time.normalized.split('-').map(Number);
          const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
          const last = day !== undefined ? first : month !== undefined ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
          return [{ id: e.id, first, last }];
        });
        for (const x of dated) for (const y of dated) if (x.last < y.first) expect(at(x.id)).toBeLessThan(at(y.id));
      }),
    );
  });
});

describe('generated broken articles', () => {
  it('reports a reference to no record at its exact path, whichever field holds it', () => {
    fc.assert(
      fc.property(validArticle(), fc.nat(), (input, n) => {
        // Every place an id of another record appears, found by walking the JSON: generated ids
        // never occur in names or words, so each such string is a reference.
        const ids = new Set(scan(input).map((e) => e.record.id));
        const found: (string | number)[][] = [];
        const walk = (value: unknown, path: (string | number)[]): void => {
          // A record's own id sits at /collection/index/id; an id anywhere else refers to a record.
          const ownId = path.length === 3 && path[2] === 'id';
          if (typeof value === 'string' && ids.has(value) && !ownId) found.push(path);
          else if (typeof value === 'object' && value !== null)
            for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
        };
        walk(input, []);
        fc.pre(found.length > 0);
        const path = found[n % found.length] as (string | number)[];
        const broken = structuredClone(input) as unknown as Record<string | number, unknown>;
        let at = broken;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1] as string | number] = 'nobody';
        const result = validateArticle(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: `/${path.join('/')}` }));
      }),
    );
  });

  it.each(Object.entries(brokenArticles))('reports %s with the right problem, and does not throw', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, ({ input, code, path }) => {
        const result = validateArticle(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code, path }));
        let thrown: unknown;
        try {
          defineArticle(input as Article);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(InvalidArticleError);
        expect((thrown as InvalidArticleError).problems).toContainEqual(expect.objectContaining({ code, path }));
      }),
    );
  });
});
