import { describe, expect, it } from 'vitest';
import { article } from '../src/index.js';
import { collections, referencesOf } from '../src/internal/references.js';
import type { RecordEntry } from '../src/model/article.js';
import type { Span, TimeExpression } from '../src/index.js';

const { text } = article;
const slice = (span: Span): string => text.slice(span.start, span.end);
// A plain scan of the arrays: the data under test, not the package's own indexing code.
const entries = collections.flatMap((collection) => article[collection].map((record) => ({ collection, record }) as RecordEntry<typeof article>));
const records = entries.map((e) => e.record);

/** Every span anywhere in the article (evidence, links, attributions, quote spans, …) with its path. */
function* spansIn(value: unknown, path: string): Generator<[string, Span]> {
  if (typeof value !== 'object' || value === null) return;
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('start') && keys.includes('end')) {
    yield [path, value as Span];
    return;
  }
  for (const [key, child] of Object.entries(value)) yield* spansIn(child, `${path}/${key}`);
}
const allSpans = [...spansIn(article, '')];
const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

describe('spans', () => {
  it('are integer, in bounds and non-empty, everywhere in the article', () => {
    expect(allSpans.length).toBeGreaterThan(230);
    const bad = allSpans
      .filter(([, s]) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length))
      .map(([path]) => path);
    expect(bad).toEqual([]);
  });

  it('never start or end inside whitespace padding', () => {
    const padded = allSpans.filter(([, s]) => slice(s) !== slice(s).trim()).map(([path, s]) => `${path}: ${JSON.stringify(slice(s))}`);
    expect(padded).toEqual([]);
  });
});

describe('paragraphs and sentences', () => {
  it('paragraphs tile the text, separated by blank lines', () => {
    expect(article.paragraphs.map(slice).join('\n\n')).toBe(text);
  });

  it('sentences lie inside paragraphs, in order, and cover every non-space character', () => {
    let previousEnd = 0;
    for (const sentence of article.sentences) {
      expect(article.paragraphs.some((p) => covers(p, sentence))).toBe(true);
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, sentence.start).trim()).toBe('');
      previousEnd = sentence.end;
    }
    expect(previousEnd).toBe(text.length);
  });

  it('every sentence is supported by at least one record', () => {
    const bare = article.sentences.filter((s) => !records.some((r) => r.evidence.some((e) => overlaps(e, s)))).map(slice);
    expect(bare).toEqual([]);
  });
});

describe('ids and references', () => {
  it('ids are kebab-case and unique across the whole article', () => {
    const ids = records.map((r) => r.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every reference names a record of the right collection', () => {
    const collectionOf = new Map<string, string>(entries.map((e) => [e.record.id, e.collection]));
    const broken = entries.flatMap((entry) =>
      referencesOf(entry)
        .filter((ref) => {
          const found = collectionOf.get(ref.id);
          return found === undefined || (ref.target !== 'records' && found !== ref.target);
        })
        .map((ref) => `${entry.record.id} ${ref.path.join('.')} -> ${ref.id}`),
    );
    expect(broken).toEqual([]);
    expect(collectionOf.get(article.publisher.actor)).toBe('actors');
  });

  it('outside-context facts name existing records and a listed source', () => {
    const ids = new Set<string>(records.map((r) => r.id));
    const sources = new Set<string>(article.context?.sources.map((s) => s.id));
    for (const fact of article.context?.facts ?? []) {
      expect(ids.has(fact.record), fact.record).toBe(true);
      expect(sources.has(fact.source), fact.source).toBe(true);
    }
  });

  it('no record cites itself', () => {
    expect(entries.filter((e) => referencesOf(e).some((r) => r.id === e.record.id)).map((e) => e.record.id)).toEqual([]);
  });
});

describe('collections', () => {
  it.each(collections)('%s are in text order (by the start of the first evidence span)', (collection) => {
    const starts = article[collection].map((r) => r.evidence[0].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('aliases are exactly the distinct surface forms of the evidence, in order of first use', () => {
    for (const record of [...article.actors, ...article.places]) {
      expect(record.aliases, record.id).toEqual([...new Set(record.evidence.map(slice))]);
    }
  });
});

describe('quotes', () => {
  const pairs = [...text.matchAll(/“([^”]*)”/g)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + (m[1] ?? '').length }));

  it('every pair of quotation marks in the text is a quote record, and every quote is such a pair', () => {
    expect(pairs).toHaveLength(5);
    expect(article.quotes.map((q) => q.span)).toEqual(pairs);
  });

  it.each(article.quotes.map((q) => [q.id, q] as const))('%s: text equals its span, which is its first evidence', (_, quote) => {
    expect(slice(quote.span)).toBe(quote.text);
    expect(quote.evidence[0]).toEqual(quote.span);
  });
});

describe('numbers', () => {
  const numberWords =
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|tens|hundreds?|thousands?|millions?|billions?|half|multiple|several|most)\b/gi;
  const found = [...text.matchAll(numberWords)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const times: TimeExpression[] = [...article.events.flatMap((e) => e.time), ...article.statistics.flatMap((s) => s.time)];
  const numeric = [...article.statistics.flatMap((s) => s.evidence), ...times.flatMap((t) => t.evidence)];

  it('every number in the text, in digits or words, is part of a statistic or a time expression', () => {
    expect(found.length).toBeGreaterThanOrEqual(10);
    expect(found.filter((n) => !numeric.some((s) => covers(s, n))).map(slice)).toEqual([]);
  });

  it("each statistic's first evidence span is its number's own words", () => {
    for (const statistic of article.statistics) {
      expect(
        found.some((n) => covers(statistic.evidence[0], n)),
        statistic.id,
      ).toBe(true);
    }
  });

  it('ranges are ordered, and a part never exceeds its whole', () => {
    for (const { id, value, partOf } of article.statistics) {
      if (value.kind === 'range' && value.min !== null && value.max !== null) expect(value.min.value, id).toBeLessThan(value.max.value);
      if (partOf !== null) {
        const whole = article.statistics.find((s) => s.id === partOf.id);
        if (value.kind === 'exact' && whole?.value.kind === 'exact') expect(value.value).toBeLessThanOrEqual(whole.value.value);
      }
    }
  });

  it('vague amounts are ranges, never exact values', () => {
    for (const statistic of article.statistics) {
      const words = slice(statistic.evidence[0]);
      if (!/^\d+$/.test(words) && !['six', 'two'].includes(words)) expect(statistic.value.kind, statistic.id).toBe('range');
    }
  });

  it('the only calendar date is the one the text gives in full', () => {
    const months = times.filter((t) => t.kind === 'month');
    expect(months.map((t) => [t.normalized, slice(t.evidence[0])])).toEqual([['2022-02', 'February 2022']]);
  });
});
