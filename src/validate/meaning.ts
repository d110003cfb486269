// The checks a JSON Schema cannot express: unique ids, references that resolve to the right
// collection, ordered ranges, part-of chains without cycles, quotes that match the text, text
// order. They run on the well-formed records only; which fields hold ids comes from `referencesOf`.
import { closest } from '../internal/closest.js';
import { referencesOf, singular } from '../internal/references.js';
import type { Actor } from '../model/actor.js';
import type { Article, Collection, RecordEntry } from '../model/article.js';
import type { Place } from '../model/place.js';
import type { Quote } from '../model/quote.js';
import type { Span } from '../model/span.js';
import type { Statistic } from '../model/statistic.js';
import { below, listed, pointer, quoted, step } from './problem-list.js';
import type { Path, ProblemList } from './problem-list.js';
import type { SeenRecord, Structure } from './structure.js';

type Target = Collection | 'records';

// Object.assign, not a spread: esbuild keeps a top-level spread in every bundle (it could run a getter).
const NOUN: Readonly<Record<Target, string>> = /* @__PURE__ */ Object.assign({ records: 'record' }, singular);

const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
const capitalised = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const range = (span: Span): string => `${span.start}–${span.end}`;

// "Did you mean" hints are bounded in their work (see internal/closest.ts), and given for the first
// HINTS unknown ids only, so a validation spends a bounded time on them whatever the input.
const HINTS = 50;

/** Every record id, first use first, reporting each later use. */
function uniqueIds(structure: Structure, problems: ProblemList): Map<string, SeenRecord> {
  const byId = new Map<string, SeenRecord>();
  for (const seen of structure.records) {
    if (seen.id === undefined) continue;
    const first = byId.get(seen.id);
    if (first === undefined) byId.set(seen.id, seen);
    else {
      const id = seen.id;
      problems.add(
        'DUPLICATE_ID',
        step(seen.path, 'id'),
        (at) => `The id ${quoted(id)} at ${at} is already used by ${pointer(first.path)}: ids must be unique across all collections.`,
      );
    }
  }
  return byId;
}

/** What reference checks share: the records by id, the candidates for hints, and how many hints are left to give. */
interface Ids {
  readonly problems: ProblemList;
  readonly byId: ReadonlyMap<string, SeenRecord>;
  /** The ids each set of allowed collections could have named, listed once each. */
  readonly candidates: Map<string, readonly string[]>;
  /** The collections whose records could not be read. */
  readonly unread: ReadonlySet<Collection>;
  hintsLeft: number;
}

/** The ids that a reference to one of `allowed` could name, in article order. */
function candidatesFor(ids: Ids, allowed: readonly Target[]): readonly string[] {
  const key = allowed.join(' ');
  let list = ids.candidates.get(key);
  if (list === undefined) {
    list = [...ids.byId.values()].filter((seen) => allowed.includes('records') || allowed.includes(seen.collection)).map((seen) => seen.id as string);
    ids.candidates.set(key, list);
  }
  return list;
}

/** Checks that `id` names a record of one of `allowed` (any record for `'records'`). */
function resolve(ids: Ids, path: Path, id: string, allowed: readonly Target[]): void {
  const { problems, byId } = ids;
  const found = byId.get(id);
  const wanted = allowed.map((target) => withArticle(NOUN[target])).join(' or ');
  // A collection whose records could not be read may hold the id: nothing to say.
  if (found === undefined && (allowed.includes('records') ? ids.unread.size > 0 : allowed.some((target) => ids.unread.has(target as Collection)))) return;
  if (found === undefined) {
    const hints = ids.hintsLeft-- > 0 ? closest(id, candidatesFor(ids, allowed)) : [];
    const hint = hints.length > 0 ? ` Did you mean ${hints.map((h) => JSON.stringify(h)).join(', ')}?` : '';
    const noun = allowed.map((target) => NOUN[target]).join(' or ');
    problems.add('UNKNOWN_REFERENCE', path, (at) => `${at} names ${quoted(id)}, which is not the id of any ${noun}.${hint}`);
  } else if (!allowed.includes('records') && !allowed.includes(found.collection)) {
    problems.add('WRONG_REFERENCE_KIND', path, (at) => `${at} names ${quoted(id)}, which is ${withArticle(NOUN[found.collection])}, not ${wanted}.`);
  }
}

/** The well-formed records, as the entries `referencesOf` takes. */
function entriesOf(structure: Structure): { readonly seen: SeenRecord; readonly entry: RecordEntry<Article> }[] {
  return structure.records.flatMap((seen) =>
    seen.record === undefined ? [] : [{ seen, entry: { collection: seen.collection, record: seen.record } as RecordEntry<Article> }],
  );
}

function references(structure: Structure, problems: ProblemList, byId: ReadonlyMap<string, SeenRecord>): void {
  const ids: Ids = { problems, byId, candidates: new Map(), unread: structure.unread, hintsLeft: HINTS };
  for (const { seen, entry } of entriesOf(structure)) {
    for (const ref of referencesOf(entry)) resolve(ids, below(seen.path, ref.path), ref.id, [ref.target]);
  }
  const { publisher, context, ambiguities } = structure.parts;
  if (publisher !== undefined) resolve(ids, below(undefined, ['publisher', 'actor']), publisher.actor, ['actors']);
  const seenAmbiguities = new Map<string, number>();
  for (const { index: i, ambiguity } of ambiguities ?? []) {
    const at = below(undefined, ['ambiguities', i]);
    const first = seenAmbiguities.get(ambiguity.id);
    if (first === undefined) seenAmbiguities.set(ambiguity.id, i);
    else {
      const { id } = ambiguity;
      problems.add(
        'DUPLICATE_ID',
        step(at, 'id'),
        (where) => `The id ${quoted(id)} at ${where} is already used by /ambiguities/${first}: ambiguity ids must be unique.`,
      );
    }
    ambiguity.records.forEach((record, k) => resolve(ids, below(at, ['records', k]), record, ['records']));
  }
  moved(structure, problems, byId, ids);
  if (context === undefined || context === null) return;
  const sources = new Map<string, number>();
  context.sources.forEach(({ id }, i) => {
    const first = sources.get(id);
    if (first === undefined) sources.set(id, i);
    else {
      problems.add(
        'DUPLICATE_ID',
        below(undefined, ['context', 'sources', i, 'id']),
        (at) => `The id ${quoted(id)} at ${at} is already used by /context/sources/${first}: context source ids must be unique.`,
      );
    }
  });
  context.facts.forEach((fact, i) => {
    const at = below(undefined, ['context', 'facts', i]);
    resolve(ids, step(at, 'record'), fact.record, fact.kind === 'wikidata' ? ['actors', 'places'] : ['events']);
    if (!sources.has(fact.source)) {
      const source = fact.source;
      problems.add('UNKNOWN_REFERENCE', step(at, 'source'), (where) => `${where} names ${quoted(source)}, which is not the id of any context source.`);
    }
  });
}

/**
 * Each moved id: its `from` is no record's id now and is listed once, and its `to` names a record
 * (so a redirect never leads to another redirect).
 */
function moved(structure: Structure, problems: ProblemList, byId: ReadonlyMap<string, SeenRecord>, ids: Ids): void {
  const seen = new Map<string, number>();
  for (const {
    index: i,
    moved: { from, to },
  } of structure.parts.moved ?? []) {
    const at = below(undefined, ['moved', i]);
    const record = byId.get(from);
    const first = seen.get(from);
    if (record !== undefined) {
      problems.add(
        'DUPLICATE_ID',
        step(at, 'from'),
        (where) => `${where} says ${quoted(from)} was renamed, but it is the id of the record at ${pointer(record.path)}: a moved id must name no record.`,
      );
    } else if (first !== undefined) {
      problems.add(
        'DUPLICATE_ID',
        step(at, 'from'),
        (where) => `The moved id ${quoted(from)} at ${where} is already listed at /moved/${first}: each old id is listed once.`,
      );
    } else seen.set(from, i);
    resolve(ids, step(at, 'to'), to, ['records']);
  }
}

function ranges(structure: Structure, problems: ProblemList): void {
  for (const seen of structure.records) {
    if (seen.collection !== 'statistics' || seen.record === undefined) continue;
    const { id, value } = seen.record as Statistic;
    if (value.kind !== 'range' || value.min === null || value.max === null) continue;
    const { min, max } = value;
    const path = step(seen.path, 'value');
    if (min.value > max.value) {
      problems.add(
        'RANGE_INVERTED',
        path,
        (at) => `The range of statistic ${quoted(id)} at ${at} has its minimum (${min.value}) above its maximum (${max.value}).`,
      );
    } else if (min.value === max.value && !(min.inclusive && max.inclusive)) {
      problems.add(
        'RANGE_INVERTED',
        path,
        (at) => `The range of statistic ${quoted(id)} at ${at} holds no number: both bounds are ${min.value} and one excludes it.`,
      );
    }
  }
}

/** Part-of links (each record has at most one) that lead back to where they started. */
function partOfCycles(structure: Structure, problems: ProblemList, byId: ReadonlyMap<string, SeenRecord>): void {
  const parent = new Map<SeenRecord, SeenRecord>();
  for (const { seen, entry } of entriesOf(structure)) {
    const link = referencesOf(entry).find((ref) => ref.path[0] === 'partOf');
    const target = link === undefined ? undefined : byId.get(link.id);
    // (A record whose id an earlier record already has is no link's target, so it cannot be in a cycle.)
    if (target?.collection === seen.collection) parent.set(seen, target);
  }
  // Every record walked so far: true while on the current walk, false once its walk is over.
  const onWalk = new Map<SeenRecord, boolean>();
  const order = new Map(structure.records.map((seen, i) => [seen, i]));
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
      const chain = listed(
        rotated.map((seen) => seen.id as string),
        ' → ',
      );
      problems.add(
        'PART_OF_CYCLE',
        below(first.path, ['partOf', 'id']),
        () => `${capitalised(noun)} ${quoted(first.id as string)} is part of itself: ${chain}. partOf links must not form a cycle.`,
      );
    }
    for (const seen of walk) onWalk.set(seen, false);
  }
}

function quotes(structure: Structure, problems: ProblemList): void {
  const text = structure.text;
  for (const seen of structure.records) {
    if (seen.collection !== 'quotes' || seen.record === undefined) continue;
    const quote = seen.record as Quote;
    const { span } = quote;
    const inBounds = text !== undefined && span.start >= 0 && span.end <= text.length && span.start < span.end;
    if (inBounds) {
      const actual = text.slice(span.start, span.end);
      if (actual !== quote.text) {
        problems.add(
          'QUOTE_MISMATCH',
          step(seen.path, 'text'),
          () =>
            `Quote ${quoted(quote.id)} at ${pointer(seen.path)}: its text ${quoted(
              quote.text,
            )} differs from the article text at its span (${range(span)}), ${quoted(actual)}.`,
        );
      }
    }
    const first = quote.evidence[0];
    if (first.start !== span.start || first.end !== span.end) {
      problems.add(
        'QUOTE_SPAN_NOT_IN_EVIDENCE',
        below(seen.path, ['evidence', 0]),
        () => `Quote ${quoted(quote.id)} at ${pointer(seen.path)}: its first evidence span (${range(first)}) must be its span (${range(span)}).`,
      );
    }
  }
}

function textOrder(structure: Structure, problems: ProblemList): void {
  const previous = new Map<Collection, SeenRecord>();
  for (const seen of structure.records) {
    if (seen.record === undefined) continue;
    const before = previous.get(seen.collection);
    previous.set(seen.collection, seen);
    if (before?.record === undefined) continue;
    const start = seen.record.evidence[0].start;
    const earlier = before.record.evidence[0].start;
    if (start < earlier) {
      const id = seen.record.id;
      const beforeId = before.record.id;
      problems.add(
        'NOT_TEXT_ORDER',
        seen.path,
        (at) =>
          `${capitalised(seen.collection)} are out of text order: ${quoted(id)} at ${at} starts at ${start}, before ${quoted(
            beforeId,
          )} at ${pointer(before.path)} (${earlier}). Each collection is ordered by the start of its records' first evidence span.`,
      );
    }
  }
  for (const [name, spans] of [
    ['paragraphs', structure.parts.paragraphs],
    ['sentences', structure.parts.sentences],
  ] as const) {
    spans?.forEach((span, i) => {
      const before = spans[i - 1];
      if (before !== undefined && span.start < before.end) {
        const noun = name.slice(0, -1);
        problems.add(
          'NOT_TEXT_ORDER',
          below(undefined, [name, i]),
          (at) =>
            `${capitalised(noun)} ${at} (${range(span)}) starts before the previous ${noun} ends (at ${
              before.end
            }): ${name} must be in text order and must not overlap.`,
        );
      }
    });
  }
}

/**
 * Every evidence span of an actor or place covers one of its aliases: the forms the text uses for
 * it. A span that covers anything else is misplaced, as every span is after a shift of the offsets.
 */
function aliases(structure: Structure, problems: ProblemList): void {
  const { text } = structure;
  if (text === undefined) return;
  for (const seen of structure.records) {
    if ((seen.collection !== 'actors' && seen.collection !== 'places') || seen.record === undefined) continue;
    const record = seen.record as Actor | Place;
    const forms = new Set(record.aliases);
    record.evidence.forEach((span, i) => {
      if (span.start < 0 || span.end > text.length || span.end <= span.start) return;
      const words = text.slice(span.start, span.end);
      if (forms.has(words)) return;
      const noun = NOUN[seen.collection];
      problems.add(
        'SPAN_NOT_AN_ALIAS',
        below(seen.path, ['evidence', i]),
        (at) =>
          `The span at ${at} (${range(span)}) covers ${quoted(words)}, which is none of the aliases of ${noun} ${quoted(record.id)} (${
            listed(record.aliases, ', ') || 'none'
          }): an actor's or place's evidence names it as the text does, and each form is in its aliases. The offsets may have shifted.`,
      );
    });
  }
}

/** Runs every check the structure cannot express, adding what it finds to `problems`. */
export function checkMeaning(structure: Structure, problems: ProblemList): void {
  const byId = uniqueIds(structure, problems);
  references(structure, problems, byId);
  ranges(structure, problems);
  partOfCycles(structure, problems, byId);
  quotes(structure, problems);
  aliases(structure, problems);
  textOrder(structure, problems);
}
