import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../src/export/json-ld.js';
import { toWebAnnotations } from '../../src/export/web-annotation.js';
import type { TextQuoteSelector, WebAnnotation } from '../../src/export/web-annotation.js';
import type { Article, Evidence, Span } from '../../src/model/index.js';
import { article } from '../../src/story/article.js';
import { edgeArticle, emptyArticle } from './fixture.js';

const iri = 'urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy';

function recordCount(a: Article): number {
  return a.actors.length + a.places.length + a.events.length + a.quotes.length + a.statistics.length + a.claims.length;
}

function itemsOf(a: Article): readonly WebAnnotation[] {
  return toWebAnnotations(a).first?.items ?? [];
}

/**
 * Finds a quote selector's segment in the text by its words alone, as a client without the
 * position would, and gives it in code points. Fails unless `prefix + exact + suffix` occurs once,
 * and unless an empty prefix (suffix) means the segment starts (ends) the text.
 */
function reanchor(text: string, quote: TextQuoteSelector): { start: number; end: number } {
  const whole = quote.prefix + quote.exact + quote.suffix;
  const at = text.indexOf(whole);
  expect(at, `${JSON.stringify(whole)} is in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(whole, at + 1), `${JSON.stringify(whole)} occurs once`).toBe(-1);
  const start16 = at + quote.prefix.length;
  const end16 = start16 + quote.exact.length;
  if (quote.prefix === '') expect(start16).toBe(0);
  if (quote.suffix === '') expect(end16).toBe(text.length);
  // The string iterator counts code points: an independent check of the exporter's own table.
  return { start: [...text.slice(0, start16)].length, end: [...text.slice(0, end16)].length };
}

describe.each([
  ['the story', article],
  ['an article with astral characters, repetition and edge spans', edgeArticle],
])('toWebAnnotations on %s', (_name, a) => {
  // Built in each test (not while tests are collected), so the mutation run credits those tests.
  const collection = () => toWebAnnotations(a);
  const items = () => itemsOf(a);

  it('makes one annotation per record, in a collection with one page', () => {
    expect(items()).toHaveLength(recordCount(a));
    expect(collection().total).toBe(recordCount(a));
    expect(collection().first?.partOf).toEqual({ id: collection().id, label: collection().label, total: collection().total });
    expect(collection().last).toBe(collection().first?.id);
    expect(new Set(items().map((i) => i.id)).size).toBe(items().length);
  });

  it('re-anchors every target by its quote selector alone at exactly its position selector', () => {
    let targets = 0;
    for (const annotation of items()) {
      for (const target of annotation.target) {
        const [position, quote] = target.selector;
        expect(reanchor(a.text, quote), annotation.id).toEqual({ start: position.start, end: position.end });
        targets++;
      }
    }
    expect(targets).toBeGreaterThan(items().length - 1);
  });

  it('carries 32 code units of context each side (fewer at the ends), more only where 32 are ambiguous', () => {
    for (const target of items().flatMap((i) => i.target)) {
      const { prefix, exact, suffix } = target.selector[1];
      const at = a.text.indexOf(prefix + exact + suffix) + prefix.length;
      const short = a.text.slice(Math.max(0, at - 32), at + exact.length + 32);
      if (prefix.length > 32 || suffix.length > 32) {
        expect(a.text.indexOf(short), exact).not.toBe(a.text.lastIndexOf(short));
      } else {
        expect([prefix.length, suffix.length]).toEqual([Math.min(32, at), Math.min(32, a.text.length - at - exact.length)]);
      }
    }
  });

  it('gives each record its evidence spans as targets, in order', () => {
    const records = [...a.actors, ...a.places, ...a.events, ...a.quotes, ...a.statistics, ...a.claims];
    const annotations = items();
    records.forEach((record, i) => {
      const exacts = annotations[i]?.target.map((t) => t.selector[1].exact);
      expect(exacts).toEqual(record.evidence.map((s) => a.text.slice(s.start, s.end)));
    });
  });

  it('identifies each record by the same IRI as its JSON-LD node', () => {
    const nodeIds = new Set(toJsonLd(a)['@graph'].map((n) => n['@id']));
    for (const annotation of items()) {
      const first = annotation.body[0];
      expect(first?.type === 'SpecificResource' && nodeIds.has(first.source), annotation.id).toBe(true);
    }
  });

  it('is plain JSON and round-trips unchanged', () => {
    const json = JSON.stringify(collection());
    expect(JSON.parse(json)).toEqual(collection());
    expect(JSON.stringify(JSON.parse(json))).toBe(json);
    expect(Object.isFrozen(collection().first?.items[0]?.target[0]?.selector[1])).toBe(true);
  });
});

describe('toWebAnnotations on the story', () => {
  const items = () => itemsOf(article);

  it('produces the annotation for the "wasted" quote: its own words first, then its other evidence', () => {
    const wasted = items().find((i) => i.id === `${iri}#annotation-quote-wasted-meeting`);
    expect(wasted).toMatchObject({
      id: `${iri}#annotation-quote-wasted-meeting`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'SpecificResource', purpose: 'identifying', source: `${iri}#quote-wasted-meeting` },
        { type: 'TextualBody', purpose: 'tagging', value: 'quote', format: 'text/plain', language: 'en' },
        { type: 'TextualBody', purpose: 'tagging', value: 'scare', format: 'text/plain', language: 'en' },
      ],
    });
    expect(wasted?.body).toHaveLength(3);
    expect(wasted?.target[0]).toEqual({
      type: 'SpecificResource',
      source: { id: iri, type: 'Text', format: 'text/plain', language: 'en' },
      selector: [
        { type: 'TextPositionSelector', start: 1267, end: 1273 },
        {
          type: 'TextQuoteSelector',
          exact: 'wasted',
          prefix: ' plans, citing concerns over a “',
          suffix: '” meeting, and continuing pressu',
        },
      ],
    });
    expect(wasted?.target).toHaveLength(article.quotes.find((q) => q.id === 'wasted-meeting')?.evidence.length ?? -1);
  });

  it('adds a Wikidata identifying body exactly for the records with a wikidata fact', () => {
    const facts = new Map((article.context?.facts ?? []).flatMap((f) => (f.kind === 'wikidata' ? [[f.record, f.qid] as const] : [])));
    const annotations = items();
    for (const [i, record] of [...article.actors, ...article.places].entries()) {
      const wikidata = annotations[i]?.body.filter((b) => b.type === 'SpecificResource' && b.source.includes('wikidata'));
      const qid = facts.get(record.id);
      expect(wikidata, record.id).toEqual(
        qid === undefined ? [] : [{ type: 'SpecificResource', purpose: 'identifying', source: `https://www.wikidata.org/wiki/${qid}` }],
      );
    }
    const rest = items().slice(article.actors.length + article.places.length);
    expect(rest.flatMap((i) => i.body).some((b) => b.type === 'SpecificResource' && b.source.includes('wikidata'))).toBe(false);
  });

  it('tags each record with its collection and kind, and describes it by its own label', () => {
    const lastThree = (suffix: string): readonly string[] | undefined =>
      items()
        .find((i) => i.id === `${iri}#annotation-${suffix}`)
        ?.body.slice(-3)
        .map((b) => (b.type === 'TextualBody' ? `${b.purpose}:${b.value}` : b.source));
    expect(lastThree('actor-zelensky')).toEqual(['tagging:actor', 'tagging:person', 'describing:Volodymyr Zelensky']);
    const summit = article.events.find((e) => e.id === 'budapest-summit');
    expect(lastThree('event-budapest-summit')).toEqual(['tagging:event', 'tagging:meeting', `describing:${summit?.summary}`]);
    const landGrab = article.claims.find((c) => c.id === 'war-is-illegal-land-grab');
    expect(lastThree('claim-war-is-illegal-land-grab')?.slice(1)).toEqual(['tagging:claim', `describing:${landGrab?.summary}`]);
    const killed = items().find((i) => i.id === `${iri}#annotation-statistic-people-killed`);
    expect(killed?.body.slice(1)).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'statistic', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'describing', value: 'people killed', format: 'text/plain' },
    ]);
  });
});

describe('toWebAnnotations on edge cases', () => {
  it('counts positions in code points, not UTF-16 code units', () => {
    const lviv = itemsOf(edgeArticle).find((i) => i.id.endsWith('#annotation-place-lviv'));
    const [position] = lviv?.target[0]?.selector ?? [];
    const utf16 = edgeArticle.text.indexOf('Lviv');
    expect(position).toEqual({ type: 'TextPositionSelector', start: utf16 - 1, end: utf16 + 3 });
    expect(position?.end).toBe([...edgeArticle.text].length);
  });

  it('selects an astral character whole', () => {
    const yes = itemsOf(edgeArticle).find((i) => i.id.endsWith('#annotation-quote-yes'));
    expect(yes?.target[1]?.selector).toEqual([
      { type: 'TextPositionSelector', start: 4, end: 5 },
      { type: 'TextQuoteSelector', exact: '😀', prefix: 'Ana ', suffix: ` ${'la '.repeat(10)}l` },
    ]);
  });

  it('widens the context beyond 32 code units until the quote is unique', () => {
    const singing = itemsOf(edgeArticle).find((i) => i.id.endsWith('#annotation-event-singing'));
    const quote = singing?.target[0]?.selector[1];
    expect(quote?.exact).toBe('la');
    expect(Math.max(quote?.prefix.length ?? 0, quote?.suffix.length ?? 0)).toBeGreaterThan(32);
  });

  it('stops widening at 256 code units each side, so repetitive text gives output linear in its spans', () => {
    // 2,000 "Kyiv" in a text that repeats: only the ends could make a quote unique.
    const text = 'Kyiv hit. '.repeat(2000);
    const spans: [Span, ...Span[]] = [{ start: 0, end: 4 }];
    for (let i = 1; i < 2000; i++) spans.push({ start: i * 10, end: i * 10 + 4 });
    const annotation = itemsOf(withEvidence(text, spans))[0];
    const quotes = annotation?.target.map((t) => t.selector[1]) ?? [];
    expect(quotes).toHaveLength(2000);
    for (const q of quotes) expect(Math.max(q.prefix.length, q.suffix.length)).toBeLessThanOrEqual(256);
    // Those in the middle repeat; their positions still tell them apart.
    const positions = annotation?.target.map((t) => t.selector[0].start) ?? [];
    expect(new Set(positions).size).toBe(2000);
    expect(JSON.stringify(annotation).length).toBeLessThan(2000 * 1000);
  });

  it('starts the text with an empty prefix and ends it with an empty suffix', () => {
    const [ana] = itemsOf(edgeArticle);
    expect(ana?.target[0]?.selector[1].prefix).toBe('');
    const lviv = itemsOf(edgeArticle).find((i) => i.id.endsWith('#annotation-place-lviv'));
    expect(lviv?.target[0]?.selector[1].suffix).toBe('');
  });

  it('never cuts an astral character in half at the edge of the context', () => {
    // 32 code units before "word" is the second half of 😀, and 32 after it the first half of 🎉.
    const before = `😀${'b'.repeat(31)}`;
    const after = `${'a'.repeat(31)}🎉`;
    const text = `${before}word${after} end`;
    const start = before.length;
    const custom: Article = {
      ...edgeArticle,
      text,
      paragraphs: [{ start: 0, end: text.length }],
      sentences: [{ start: 0, end: text.length }],
      actors: [{ kind: 'person', id: 'word', name: 'Word', aliases: [], titles: [], evidence: [{ start, end: start + 4 }] }],
      places: [],
      events: [],
      quotes: [],
    };
    expect(itemsOf(custom)[0]?.target[0]?.selector).toEqual([
      { type: 'TextPositionSelector', start: 32, end: 36 },
      { type: 'TextQuoteSelector', exact: 'word', prefix: before, suffix: after },
    ]);
  });

  it('names its one page after the collection', () => {
    const collection = toWebAnnotations(edgeArticle);
    expect(collection.id).toBe('urn:ukraine-energy-strikes:article:edge-cases#annotations');
    expect(collection.first?.id).toBe('urn:ukraine-energy-strikes:article:edge-cases#annotations-page-1');
    expect(collection.first?.type).toBe('AnnotationPage');
    expect(collection.first?.startIndex).toBe(0);
    expect(collection.last).toBe('urn:ukraine-energy-strikes:article:edge-cases#annotations-page-1');
  });

  it('tags a place with its kind and describes it by its name', () => {
    const lviv = itemsOf(edgeArticle).find((i) => i.id.endsWith('#annotation-place-lviv'));
    expect(lviv?.body.slice(1)).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'place', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'tagging', value: 'city', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'describing', value: 'Lviv', format: 'text/plain' },
    ]);
  });

  it('counts a lone surrogate as one code point, as the string iterator does', () => {
    const text = '\uDC00a\uD800\uDC00b\uD800';
    const [position] = itemsOf(withEvidence(text, [{ start: 0, end: text.length }]))[0]?.target[0]?.selector ?? [];
    expect(position).toEqual({ type: 'TextPositionSelector', start: 0, end: 5 });
  });

  it('gives an article with no records an empty collection with no page', () => {
    expect(toWebAnnotations(emptyArticle)).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:ukraine-energy-strikes:article:empty#annotations',
      type: 'AnnotationCollection',
      label: 'The records of article empty, anchored in its text',
      total: 0,
    });
  });

  it('is pure: the same article gives an equal collection, and the article is untouched', () => {
    const before = JSON.stringify(edgeArticle);
    expect(toWebAnnotations(edgeArticle)).toEqual(toWebAnnotations(edgeArticle));
    expect(JSON.stringify(edgeArticle)).toBe(before);
  });
});

/** The edge article with `text` and one actor whose evidence is `evidence`. */
function withEvidence(text: string, evidence: Evidence): Article {
  return {
    ...emptyArticle,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    actors: [{ kind: 'person', id: 'x', name: 'X', aliases: [], titles: [], evidence }],
  };
}

/**
 * What the quote selector of a span must be, found another way: context of 32, 64, 128, … code
 * units each side until the quote is unique, widened by one where an edge would fall inside a
 * surrogate pair, which `codePointAt` tells (it gives more than 0xFFFF only at a pair's start).
 */
function expectedQuote(text: string, { start, end }: Span): { prefix: string; suffix: string } {
  for (let size = 32; ; size *= 2) {
    let from = Math.max(0, start - size);
    let to = Math.min(text.length, end + size);
    if (from > 0 && (text.codePointAt(from - 1) as number) > 0xffff) from--;
    if ((text.codePointAt(to - 1) as number) > 0xffff) to++;
    const quote = text.slice(from, to);
    if (text.indexOf(quote) === text.lastIndexOf(quote) || size >= 256) return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
  }
}

/**
 * Text made of the code units at the edges of the surrogate ranges (D7FF, D800, DBFF, DC00, DFFF,
 * E000) and a letter, so that pairs, lone halves and their neighbours fall everywhere, the edges of
 * every span's context included; short enough that contexts often have to widen.
 */
const surrogateText = fc
  .array(fc.constantFrom('a', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uD800\uDC00', '\uDBFF\uDFFF'), {
    minLength: 20,
    maxLength: 60,
  })
  .map((units) => units.join(''));

describe('toWebAnnotations on any text, lone surrogates included', () => {
  it('gives every span its code-point position and a quote that cuts no surrogate pair', () => {
    fc.assert(
      fc.property(surrogateText, fc.nat({ max: 4 }), (text, length) => {
        // A span at every offset, so that the context's edges fall on every code unit of the text.
        const spans: [Span, ...Span[]] = [{ start: 0, end: length }];
        for (let start = 1; start + length <= text.length; start++) spans.push({ start, end: start + length });
        const annotation = itemsOf(withEvidence(text, spans))[0];
        spans.forEach((span, i) => {
          const [position, quote] = annotation?.target[i]?.selector ?? [];
          expect(position).toEqual({
            type: 'TextPositionSelector',
            start: [...text.slice(0, span.start)].length,
            end: [...text.slice(0, span.end)].length,
          });
          expect(quote).toEqual({ type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), ...expectedQuote(text, span) });
        });
      }),
    );
  });
});

describe('on an article that was not validated', () => {
  it('does not throw for a span past the end of the text (its quote is empty)', () => {
    const odd = {
      ...article,
      actors: [{ ...article.actors[0], evidence: [{ start: 5000, end: 5010 }] }],
      places: [],
      events: [],
      quotes: [],
      statistics: [],
      claims: [],
    } as never;
    const [selector] = toWebAnnotations(odd).first?.items[0]?.target.map((t) => t.selector[1]) ?? [];
    expect(selector?.exact).toBe('');
  });
});
