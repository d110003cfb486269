// The checks a JSON Schema cannot express: unique ids, references that resolve to the right
// collection, ordered ranges, part-of chains without cycles, quotes that match the text, text
// order. They run on the well-formed records only; which fields hold ids comes from `referencesOf`.
import { closest } from '../internal/closest.js';
import { referencesOf, singular } from '../internal/references.js';
import type { Article, Collection, RecordEntry } from '../model/article.js';
import type { Quote } from '../model/quote.js';
import type { Span } from '../model/span.js';
import type { Statistic } from '../model/statistic.js';
import { pointer, quoted, step } from './read.js';
import type { Path } from './read.js';
import { report } from './shape.js';
import type { Inspection, SeenRecord } from './shape.js';

type Target = Collection | 'records';

// Object.assign, not a spread: esbuild keeps a top-level spread in every bundle (it could run a getter).
const NOUN: Readonly<Record<Target, string>> = /* @__PURE__ */ Object.assign({ records: 'record' }, singular);

const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
const capitalised = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const range = (span: Span): string => `${span.start}–${span.end}`;

// "Did you mean" hints cost an edit distance per candidate, quadratic in id length, so hostile
// input (thousands of long unknown ids) could make them run for minutes. They are bounded: ids up
// to HINTED code units, at most CANDIDATES candidates, and hints for the first HINTS unknown ids only.
const HINTED = 64;
const CANDIDATES = 500;
const HINTS = 50;

/** A path below a record (`['relations', 0, 'event']`, as `referencesOf` gives) as path steps. */
function below(path: Path | undefined, keys: readonly (string | number)[]): Path {
  let at = path;
  for (const key of keys) at = step(at, key);
  return at as Path;
}

/** Every record id, first use first, reporting each later use. */
function uniqueIds(inspection: Inspection): Map<string, SeenRecord> {
  const byId = new Map<string, SeenRecord>();
  for (const seen of inspection.records) {
    if (seen.id === undefined) continue;
    const first = byId.get(seen.id);
    if (first === undefined) byId.set(seen.id, seen);
    else {
      const id = seen.id;
      report(
        inspection,
        'DUPLICATE_ID',
        step(seen.path, 'id'),
        (at) => `The id ${quoted(id)} at ${at} is already used by ${pointer(first.path)}: ids must be unique across all collections.`
      );
    }
  }
  return byId;
}

/** What reference checks share: the records by id, and how many hints are left to give. */
interface Ids {
  readonly inspection: Inspection;
  readonly byId: ReadonlyMap<string, SeenRecord>;
  hintsLeft: number;
}

/** Checks that `id` names a record of one of `allowed` (any record for `'records'`). */
function resolve(ids: Ids, path: Path, id: string, allowed: readonly Target[]): void {
  const { inspection, byId } = ids;
  const found = byId.get(id);
  const wanted = allowed.map((target) => withArticle(NOUN[target])).join(' or ');
  if (found === undefined) {
    const hinted = ids.hintsLeft > 0 && id.length <= HINTED;
    if (hinted) ids.hintsLeft--;
    const candidates = hinted
      ? [...byId.values()]
          .filter((seen) => allowed.includes('records') || allowed.includes(seen.collection))
          .map((seen) => seen.id as string)
          .filter((candidate) => candidate.length <= HINTED)
      : undefined;
    const hints = candidates !== undefined && candidates.length <= CANDIDATES ? closest(id, candidates) : [];
    const hint = hints.length > 0 ? ` Did you mean ${hints.map((h) => JSON.stringify(h)).join(', ')}?` : '';
    const noun = allowed.map((target) => NOUN[target]).join(' or ');
    report(inspection, 'UNKNOWN_REFERENCE', path, (at) => `${at} names ${quoted(id)}, which is not the id of any ${noun}.${hint}`);
  } else if (!allowed.includes('records') && !allowed.includes(found.collection)) {
    report(
      inspection,
      'WRONG_REFERENCE_KIND',
      path,
      (at) => `${at} names ${quoted(id)}, which is ${withArticle(NOUN[found.collection])}, not ${wanted}.`
    );
  }
}

/** The well-formed records, as the entries `referencesOf` takes. */
function entriesOf(inspection: Inspection): { readonly seen: SeenRecord; readonly entry: RecordEntry<Article> }[] {
  return inspection.records.flatMap((seen) =>
    seen.record === undefined ? [] : [{ seen, entry: { collection: seen.collection, record: seen.record } as RecordEntry<Article> }]
  );
}

function references(inspection: Inspection, byId: ReadonlyMap<string, SeenRecord>): void {
  const ids: Ids = { inspection, byId, hintsLeft: HINTS };
  for (const { seen, entry } of entriesOf(inspection)) {
    for (const ref of referencesOf(entry)) resolve(ids, below(seen.path, ref.path), ref.id, [ref.target]);
  }
  const { publisher, context } = inspection.parts;
  if (publisher !== undefined) resolve(ids, below(undefined, ['publisher', 'actor']), publisher.actor, ['actors']);
  if (context === undefined || context === null) return;
  const sources = new Map<string, number>();
  context.sources.forEach(({ id }, i) => {
    const first = sources.get(id);
    if (first === undefined) sources.set(id, i);
    else {
      report(
        inspection,
        'DUPLICATE_ID',
        below(undefined, ['context', 'sources', i, 'id']),
        (at) => `The id ${quoted(id)} at ${at} is already used by /context/sources/${first}: context source ids must be unique.`
      );
    }
  });
  context.facts.forEach((fact, i) => {
    const at = below(undefined, ['context', 'facts', i]);
    resolve(ids, step(at, 'record'), fact.record, fact.kind === 'wikidata' ? ['actors', 'places'] : ['events']);
    if (!sources.has(fact.source)) {
      const source = fact.source;
      report(
        inspection,
        'UNKNOWN_REFERENCE',
        step(at, 'source'),
        (where) => `${where} names ${quoted(source)}, which is not the id of any context source.`
      );
    }
  });
}

function ranges(inspection: Inspection): void {
  for (const seen of inspection.records) {
    if (seen.collection !== 'statistics' || seen.record === undefined) continue;
    const { id, value } = seen.record as Statistic;
    if (value.kind !== 'range' || value.min === null || value.max === null) continue;
    const { min, max } = value;
    const path = step(seen.path, 'value');
    if (min.value > max.value) {
      report(
        inspection,
        'RANGE_INVERTED',
        path,
        (at) => `The range of statistic ${quoted(id)} at ${at} has its minimum (${min.value}) above its maximum (${max.value}).`
      );
    } else if (min.value === max.value && !(min.inclusive && max.inclusive)) {
      report(
        inspection,
        'RANGE_INVERTED',
        path,
        (at) => `The range of statistic ${quoted(id)} at ${at} holds no number: both bounds are ${min.value} and one excludes it.`
      );
    }
  }
}

/** Part-of links (each record has at most one) that lead back to where they started. */
function partOfCycles(inspection: Inspection, byId: ReadonlyMap<string, SeenRecord>): void {
  const parent = new Map<SeenRecord, SeenRecord>();
  for (const { seen, entry } of entriesOf(inspection)) {
    const link = referencesOf(entry).find((ref) => ref.path[0] === 'partOf');
    const target = link === undefined ? undefined : byId.get(link.id);
    // (A record whose id an earlier record already has is no link's target, so it cannot be in a cycle.)
    if (target?.collection === seen.collection) parent.set(seen, target);
  }
  // Every record walked so far: true while on the current walk, false once its walk is over.
  const onWalk = new Map<SeenRecord, boolean>();
  const order = new Map(inspection.records.map((seen, i) => [seen, i]));
  for (const start of parent.keys()) {
    const walk: SeenRecord[] = [];
    let at: SeenRecord | undefined = start;
    while (at !== undefined && !onWalk.has(at)) {
      onWalk.set(at, true);
      walk.push(at);
      at = parent.get(at);
    }
    if (at !== undefined && onWalk.get(at) === true) {
      const cycle = walk.slice(walk.indexOf(at));
      // Start the cycle at the member listed first, so the report does not depend on where the walk began.
      // `order` numbers every record seen, and every member of a cycle is one.
      const first = cycle.reduce((a, b) => ((order.get(a) as number) <= (order.get(b) as number) ? a : b));
      const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
      const noun = NOUN[first.collection];
      const chain = rotated.map((seen) => quoted(seen.id as string)).join(' → ');
      report(
        inspection,
        'PART_OF_CYCLE',
        below(first.path, ['partOf', 'id']),
        () => `${capitalised(noun)} ${quoted(first.id as string)} is part of itself: ${chain}. partOf links must not form a cycle.`
      );
    }
    for (const seen of walk) onWalk.set(seen, false);
  }
}

function quotes(inspection: Inspection): void {
  const text = inspection.text;
  for (const seen of inspection.records) {
    if (seen.collection !== 'quotes' || seen.record === undefined) continue;
    const quote = seen.record as Quote;
    const { span } = quote;
    const inBounds = text !== undefined && span.start >= 0 && span.end <= text.length && span.start < span.end;
    if (inBounds) {
      const actual = text.slice(span.start, span.end);
      if (actual !== quote.text) {
        report(
          inspection,
          'QUOTE_MISMATCH',
          step(seen.path, 'text'),
          () =>
            `Quote ${quoted(quote.id)} at ${pointer(seen.path)}: its text ${quoted(
              quote.text
            )} differs from the article text at its span (${range(span)}), ${quoted(actual)}.`
        );
      }
    }
    const first = quote.evidence[0];
    if (first.start !== span.start || first.end !== span.end) {
      report(
        inspection,
        'QUOTE_SPAN_NOT_IN_EVIDENCE',
        below(seen.path, ['evidence', 0]),
        () =>
          `Quote ${quoted(quote.id)} at ${pointer(seen.path)}: its first evidence span (${range(first)}) must be its span (${range(span)}).`
      );
    }
  }
}

function textOrder(inspection: Inspection): void {
  const previous = new Map<Collection, SeenRecord>();
  for (const seen of inspection.records) {
    if (seen.record === undefined) continue;
    const before = previous.get(seen.collection);
    previous.set(seen.collection, seen);
    if (before?.record === undefined) continue;
    const start = seen.record.evidence[0].start;
    const earlier = before.record.evidence[0].start;
    if (start < earlier) {
      const id = seen.record.id;
      const beforeId = before.record.id;
      report(
        inspection,
        'NOT_TEXT_ORDER',
        seen.path,
        (at) =>
          `${capitalised(seen.collection)} are out of text order: ${quoted(id)} at ${at} starts at ${start}, before ${quoted(
            beforeId
          )} at ${pointer(before.path)} (${earlier}). Each collection is ordered by the start of its records' first evidence span.`
      );
    }
  }
  for (const [name, spans] of [
    ['paragraphs', inspection.parts.paragraphs],
    ['sentences', inspection.parts.sentences],
  ] as const) {
    spans?.forEach((span, i) => {
      const before = spans[i - 1];
      if (before !== undefined && span.start < before.end) {
        const noun = name.slice(0, -1);
        report(
          inspection,
          'NOT_TEXT_ORDER',
          below(undefined, [name, i]),
          (at) =>
            `${capitalised(noun)} ${at} (${range(span)}) starts before the previous ${noun} ends (at ${
              before.end
            }): ${name} must be in text order and must not overlap.`
        );
      }
    });
  }
}

/** Runs every check the structure cannot express, adding what it finds to the inspection. */
export function inspectMeaning(inspection: Inspection): void {
  const byId = uniqueIds(inspection);
  references(inspection, byId);
  ranges(inspection);
  partOfCycles(inspection, byId);
  quotes(inspection);
  textOrder(inspection);
}
