// The structural checks: one per model type, each typed against it (`Fields<Person>` must name
// every field of `Person` with a check of that field's type), so a change to the model that these
// checks do not follow fails to compile. Each check builds a copy of what it accepted, from own
// data properties only; the copy is the article `validateArticle` returns.
import type { Actor, Title } from '../model/actor.js';
import type { Article, Collection, Publisher, RecordOf } from '../model/article.js';
import type { Attribution, AttributionMode } from '../model/attribution.js';
import type { Claim, ClaimRelation } from '../model/claim.js';
import type { ContextFact, ContextSource, OutsideContext, WikidataFact } from '../model/context.js';
import type { Channel, Event, EventRelation, EventRelationType, EventStatus, Participant, Role, StrikeTarget } from '../model/event.js';
import type { Place } from '../model/place.js';
import type { Quote, QuoteForm } from '../model/quote.js';
import type { Basis, Evidence, Link, Span } from '../model/span.js';
import type { Bound, Qualifier, Quantity, Statistic } from '../model/statistic.js';
import type { MonthTime, TimeExpression, WeekdayTime } from '../model/time.js';
import type { ArticleProblem, ProblemCode } from './problem.js';
import { describe, ownStringKeys, pointer, quoted, readOwn, shapeOf, step, where } from './read.js';
import type { Path } from './read.js';

/** Marks a value that failed its structural check (its problems are already reported). */
export const INVALID: unique symbol = Symbol('invalid');

/** A checked value, or {@link INVALID}. */
export type Checked<T> = T | typeof INVALID;

/** A record met while checking a collection, whether or not it is well formed. */
export interface SeenRecord {
  /** The collection it is in. */
  readonly collection: Collection;
  /** Where it is. */
  readonly path: Path;
  /** Its id, where that could be read as a string. */
  readonly id: string | undefined;
  /** The record, if it is well formed. */
  readonly record: RecordOf<Article> | undefined;
}

/** What the structural pass found, for the semantic checks to work on. */
export interface Inspection {
  /** Every problem so far. */
  readonly problems: ArticleProblem[];
  /** The article text, if it is a string. */
  text: string | undefined;
  /** Every record met, in article order. */
  readonly records: SeenRecord[];
  /** The parts of the article that are well formed. */
  readonly parts: {
    publisher?: Publisher;
    context?: OutsideContext | null;
    paragraphs?: readonly Span[];
    sentences?: readonly Span[];
  };
  /** The whole article, if it is well formed. */
  article: Article | undefined;
}

type Check<T> = (value: unknown, path: Path | undefined, inspection: Inspection) => Checked<T>;
type Fields<T> = { readonly [K in keyof T]-?: Check<T[K]> };

/** Records a problem. */
export function report(inspection: Inspection, code: ProblemCode, path: Path | undefined, message: (at: string) => string): void {
  const at = pointer(path);
  inspection.problems.push(Object.freeze({ code, path: at, message: message(at) }));
}

function expected(inspection: Inspection, path: Path | undefined, what: string, value: unknown): typeof INVALID {
  report(inspection, 'SHAPE', path, (at) => `Expected ${what} at ${where(at)}, got ${describe(value)}.`);
  return INVALID;
}

/** The value of an own data property, reporting it if it is missing, a getter or unreadable. */
function property(inspection: Inspection, object: object, key: string, path: Path): unknown {
  const read = readOwn(object, key);
  switch (read.kind) {
    case 'value':
      return read.value;
    case 'missing':
      report(inspection, 'SHAPE', path, () => `Missing property ${quoted(key)} at ${where(pointer(path.parent))}.`);
      return INVALID;
    case 'accessor':
      report(inspection, 'SHAPE', path, (at) => `${at} is a getter: an article must be plain data, and getters are not called.`);
      return INVALID;
    case 'unreadable':
      report(inspection, 'SHAPE', path, (at) => `${where(at)} could not be read: reading it threw.`);
      return INVALID;
  }
}

const string: Check<string> = (value, path, inspection) =>
  typeof value === 'string' ? value : expected(inspection, path, 'a string', value);

const boolean: Check<boolean> = (value, path, inspection) =>
  typeof value === 'boolean' ? value : expected(inspection, path, 'true or false', value);

// Number.isFinite and Number.isInteger are false for anything but a number (they do not convert).
const number: Check<number> = (value, path, inspection) =>
  Number.isFinite(value) ? (value as number) : expected(inspection, path, 'a finite number', value);

const integer: Check<number> = (value, path, inspection) =>
  Number.isInteger(value) ? (value as number) : expected(inspection, path, 'an integer', value);

/** One of a closed set of strings; the set is a record so that the compiler checks it is complete. */
function oneOf<T extends string>(members: Readonly<Record<T, true>>): Check<T> {
  const allowed = new Set<string>(Object.keys(members));
  const list = [...allowed].map((m) => JSON.stringify(m)).join(', ');
  // The set holds strings only, so it has no other value.
  return (value, path, inspection) =>
    allowed.has(value as string) ? (value as T) : expected(inspection, path, `one of ${list}`, value);
}

function pattern<T extends string>(regex: RegExp, what: string): Check<T> {
  return (value, path, inspection) =>
    typeof value === 'string' && regex.test(value) ? (value as T) : expected(inspection, path, what, value);
}

function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path, inspection) => (value === null ? null : check(value, path, inspection));
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** An array of `element`s; given `nonEmpty`, the noun for one element, it must hold at least one. */
function array<T>(element: Check<T>, nonEmpty?: string): Check<readonly T[]> {
  return (value, path, inspection) => {
    if (shapeOf(value) !== 'array') return expected(inspection, path, 'an array', value);
    const input = value as readonly unknown[];
    const length = readOwn(input, 'length');
    const keys = ownStringKeys(input);
    if (length.kind !== 'value' || typeof length.value !== 'number' || keys === undefined) {
      report(inspection, 'SHAPE', path, (at) => `The array at ${where(at)} could not be read: reading it threw.`);
      return INVALID;
    }
    const size = length.value;
    let ok = true;
    let elements = 0;
    for (const key of keys) {
      if (key === 'length') continue;
      if (INDEX.test(key) && Number(key) < size) elements++;
      else ok = unexpected(inspection, path, key);
    }
    // Counting the keys first means a sparse array with a huge length is never walked slot by slot.
    if (elements !== size) {
      report(inspection, 'SHAPE', path, (at) => `The array at ${where(at)} has holes: ${size} slots but ${elements} elements.`);
      return INVALID;
    }
    if (nonEmpty !== undefined && size === 0) {
      report(inspection, 'SHAPE', path, (at) => `Expected at least one ${nonEmpty} at ${at}, got an empty array.`);
      return INVALID;
    }
    const copy: T[] = [];
    for (let i = 0; i < size; i++) {
      const at = step(path, i);
      const item = property(inspection, input, String(i), at);
      const checked = item === INVALID ? INVALID : element(item, at, inspection);
      if (checked === INVALID) ok = false;
      else copy.push(checked);
    }
    return ok ? copy : INVALID;
  };
}

function unexpected(inspection: Inspection, path: Path | undefined, key: string): false {
  report(
    inspection,
    'SHAPE',
    step(path, key),
    () => `Unexpected property ${quoted(key)} at ${where(pointer(path))}: it is not part of the model.`
  );
  return false;
}

function object<T>(fields: Fields<T>): Check<T> {
  const names = Object.keys(fields) as (keyof T & string)[];
  const known = new Set<string>(names);
  return (value, path, inspection) => {
    if (shapeOf(value) !== 'object') return expected(inspection, path, 'an object', value);
    const input = value as object;
    // Only the model's own field names are ever assigned, so no input key reaches a prototype.
    const copy: Partial<Record<keyof T, unknown>> = {};
    let ok = true;
    for (const name of names) {
      const at = step(path, name);
      const item = property(inspection, input, name, at);
      const checked = item === INVALID ? INVALID : fields[name](item, at, inspection);
      if (checked === INVALID) ok = false;
      else copy[name] = checked;
    }
    const keys = ownStringKeys(input);
    if (keys === undefined) {
      report(inspection, 'SHAPE', path, (at) => `The properties of ${where(at)} could not be listed: listing them threw.`);
      ok = false;
    } else {
      for (const key of keys) if (!known.has(key)) ok = unexpected(inspection, path, key);
    }
    return ok ? (copy as T) : INVALID;
  };
}

type Variants<T, K extends keyof T> = { readonly [V in T[K] & string]: Fields<Extract<T, Readonly<Record<K, V>>>> };

/** A union discriminated by `key`: the discriminant picks the fields to check. */
function tagged<T, K extends keyof T & string>(key: K, variants: Variants<T, K>): Check<T> {
  const checks = new Map<string, Check<T>>(Object.entries(variants).map(([tag, fields]) => [tag, object(fields as Fields<T>)]));
  const list = [...checks.keys()].map((tag) => JSON.stringify(tag)).join(', ');
  return (value, path, inspection) => {
    if (shapeOf(value) !== 'object') return expected(inspection, path, 'an object', value);
    const at = step(path, key);
    const tag = property(inspection, value as object, key, at);
    if (tag === INVALID) return INVALID;
    // The map's keys are strings, so a tag of another type finds no check.
    const check = checks.get(tag as string);
    return check === undefined ? expected(inspection, at, `one of ${list}`, tag) : check(value, path, inspection);
  };
}

/** Keeps a well-formed part of the article for the semantic checks. */
function keep<T>(check: Check<T>, store: (parts: Inspection['parts'], value: T) => void): Check<T> {
  return (value, path, inspection) => {
    const checked = check(value, path, inspection);
    if (checked !== INVALID) store(inspection.parts, checked);
    return checked;
  };
}

/** Notes every record of a collection, well formed or not, for the id and reference checks. */
function record<T extends RecordOf<Article>>(collection: Collection, check: Check<T>): Check<T> {
  return (value, path, inspection) => {
    const checked = check(value, path, inspection);
    // The id as the input has it, even where the record is malformed. (readOwn finds no property
    // on a primitive, and catches what reading null throws.)
    const read = readOwn(value as object, 'id');
    const id = typeof read.value === 'string' ? read.value : undefined;
    inspection.records.push({ collection, path: path as Path, id, record: checked === INVALID ? undefined : checked });
    return checked;
  };
}

/**
 * The check for a whole article, built for each validation rather than at import, so that a bundle
 * that never validates does not carry (or run) the model's shape description. Not cached: building
 * it is cheap next to checking even the story (validating the story took 1.1 to 1.6 ms a call with
 * and without a cache), and a cache would hide from the mutation run's per-test coverage every test
 * but the first that validates.
 */
function buildArticleCheck(): Check<Article> {
  const spanFields = object<Span>({ start: integer, end: integer });

  /** A span: two integers, in the bounds of the text and not empty. Bounds problems leave it well formed. */
  const span: Check<Span> = (value, path, inspection) => {
    const checked = spanFields(value, path, inspection);
    if (checked === INVALID) return INVALID;
    const { start, end } = checked;
    const length = inspection.text?.length;
    if (start < 0) {
      report(inspection, 'SPAN_OUT_OF_BOUNDS', path, (at) => `The span at ${at} starts at ${start}, before the start of the text.`);
    } else if (end > (length ?? Number.POSITIVE_INFINITY)) {
      report(
        inspection,
        'SPAN_OUT_OF_BOUNDS',
        path,
        (at) => `The span at ${at} (${start}–${end}) ends past the end of the text (length ${length}).`
      );
    }
    if (end <= start) {
      report(inspection, 'SPAN_EMPTY', path, (at) => `The span at ${at} (${start}–${end}) is empty: its end must be greater than its start.`);
    }
    return checked;
  };

  const evidence = array(span, 'span') as Check<Evidence>;
  const strings = array(string);
  // The `true`s below only mark members of a closed set (oneOf reads the keys), so a mutant that
  // makes one `false` cannot change anything.
  // Stryker disable BooleanLiteral
  const basis = oneOf<Basis>({ stated: true, implied: true });
  const link: Check<Link> = object<Link>({ id: string, basis, evidence });
  const maybeLink = nullable(link);

  const title = object<Title>({ title: string, of: nullable(string), evidence });

  const actorBase = { id: string, name: string, aliases: strings, evidence } as const;
  const actor: Check<Actor> = tagged<Actor, 'kind'>('kind', {
    person: { kind: oneOf<'person'>({ person: true }), ...actorBase, titles: array(title) },
    state: { kind: oneOf<'state'>({ state: true }), ...actorBase },
    organisation: { kind: oneOf<'organisation'>({ organisation: true }), ...actorBase, partOf: maybeLink },
    group: {
      kind: oneOf<'group'>({ group: true }),
      ...actorBase,
      members: array(link),
      location: maybeLink,
    },
  });

  const placeBase = { id: string, name: string, aliases: strings, partOf: maybeLink, evidence } as const;
  const place: Check<Place> = tagged<Place, 'kind'>('kind', {
    country: { kind: oneOf<'country'>({ country: true }), ...placeBase },
    city: { kind: oneOf<'city'>({ city: true }), ...placeBase },
    region: { kind: oneOf<'region'>({ region: true }), ...placeBase, named: boolean },
  });

  const attribution = object<Attribution>({
    source: string,
    mode: oneOf<AttributionMode>({
      narrated: true,
      reported: true,
      confirmed: true,
      stated: true,
      claimed: true,
      cited: true,
      held: true,
      supported: true,
      argued: true,
      framed: true,
    }),
    evidence,
  });
  const attributions = array(attribution);

  const time: Check<TimeExpression> = tagged<TimeExpression, 'kind'>('kind', {
    night: { kind: oneOf<'night'>({ night: true }), evidence },
    weekday: {
      kind: oneOf<'weekday'>({ weekday: true }),
      weekday: oneOf<WeekdayTime['weekday']>({
        monday: true,
        tuesday: true,
        wednesday: true,
        thursday: true,
        friday: true,
        saturday: true,
        sunday: true,
      }),
      evidence,
    },
    present: { kind: oneOf<'present'>({ present: true }), evidence },
    month: {
      kind: oneOf<'month'>({ month: true }),
      normalized: pattern<MonthTime['normalized']>(/^[0-9]{4}-(?:0[1-9]|1[0-2])$/, 'a YYYY-MM month'),
      evidence,
    },
    duration: { kind: oneOf<'duration'>({ duration: true }), statistic: string, evidence },
  });
  const times = array(time);

  const participant = object<Participant>({
    actor: string,
    role: oneOf<Role>({ agent: true, target: true, speaker: true, participant: true, supporter: true }),
    basis,
    evidence,
  });
  const eventRelation = object<EventRelation>({
    type: oneOf<EventRelationType>({
      after: true,
      before: true,
      during: true,
      'responds-to': true,
      reports: true,
      proposes: true,
      cancels: true,
      abandons: true,
      concerns: true,
    }),
    event: string,
    basis,
    evidence,
  });
  const channel = nullable(object<Channel>({ medium: string, evidence }));
  const strikeTarget = object<StrikeTarget>({ description: string, evidence });

  const eventBase = {
    id: string,
    summary: string,
    status: oneOf<EventStatus>({ occurred: true, ongoing: true, cancelled: true }),
    participants: array(participant),
    places: array(link),
    time: times,
    attribution: attributions,
    relations: array(eventRelation),
    evidence,
  } as const;
  const event: Check<Event> = tagged<Event, 'type'>('type', {
    strike: { type: oneOf<'strike'>({ strike: true }), ...eventBase, targets: array(strikeTarget) },
    explosions: { type: oneOf<'explosions'>({ explosions: true }), ...eventBase },
    'power-outage': { type: oneOf<'power-outage'>({ 'power-outage': true }), ...eventBase },
    interception: { type: oneOf<'interception'>({ interception: true }), ...eventBase },
    condemnation: { type: oneOf<'condemnation'>({ condemnation: true }), ...eventBase, channel },
    statement: { type: oneOf<'statement'>({ statement: true }), ...eventBase, channel },
    meeting: { type: oneOf<'meeting'>({ meeting: true }), ...eventBase },
    cancellation: { type: oneOf<'cancellation'>({ cancellation: true }), ...eventBase },
    proposal: { type: oneOf<'proposal'>({ proposal: true }), ...eventBase },
    abandonment: { type: oneOf<'abandonment'>({ abandonment: true }), ...eventBase },
    pressure: { type: oneOf<'pressure'>({ pressure: true }), ...eventBase },
    rejection: { type: oneOf<'rejection'>({ rejection: true }), ...eventBase },
    invasion: { type: oneOf<'invasion'>({ invasion: true }), ...eventBase },
  });

  const quote = object<Quote>({
    id: string,
    speaker: string,
    text: string,
    span,
    form: oneOf<QuoteForm>({ direct: true, partial: true, scare: true, framing: true }),
    channel,
    respondsTo: nullable(string),
    about: nullable(string),
    evidence,
  });

  const bound = nullable(object<Bound>({ value: number, inclusive: boolean }));
  const quantity: Check<Quantity> = tagged<Quantity, 'kind'>('kind', {
    exact: { kind: oneOf<'exact'>({ exact: true }), value: number },
    range: { kind: oneOf<'range'>({ range: true }), min: bound, max: bound, reading: string },
  });
  const qualifier = object<Qualifier>({ kind: oneOf<Qualifier['kind']>({ 'as-of': true, 'known-so-far': true }), evidence });

  const statistic = object<Statistic>({
    id: string,
    measure: string,
    value: quantity,
    unit: nullable(string),
    qualifiers: array(qualifier),
    time: times,
    attribution: attributions,
    about: strings,
    partOf: maybeLink,
    evidence,
  });

  const claim = object<Claim>({
    id: string,
    summary: string,
    attribution: attributions,
    about: strings,
    relations: array(
      object<ClaimRelation>({ type: oneOf<ClaimRelation['type']>({ contradicts: true, supports: true }), claim: string, basis, evidence })
    ),
    evidence,
  });

  const contextFact: Check<ContextFact> = tagged<ContextFact, 'kind'>('kind', {
    wikidata: {
      kind: oneOf<'wikidata'>({ wikidata: true }),
      record: string,
      qid: pattern<WikidataFact['qid']>(/^Q[1-9][0-9]*$/, 'a Wikidata item id (Q and a number)'),
      source: string,
    },
    date: { kind: oneOf<'date'>({ date: true }), record: string, date: string, source: string },
  });
  const outsideContext = object<OutsideContext>({
    sources: array(object<ContextSource>({ id: string, name: string, url: string, published: nullable(string) })),
    facts: array(contextFact),
  });

  const articleCheck = object<Article>({
    id: string,
    publisher: keep(object<Publisher>({ actor: string, name: string, evidence }), (parts, value) => (parts.publisher = value)),
    language: string,
    text: string,
    paragraphs: keep(array(span), (parts, value) => (parts.paragraphs = value)),
    sentences: keep(array(span), (parts, value) => (parts.sentences = value)),
    actors: array(record('actors', actor)),
    places: array(record('places', place)),
    events: array(record('events', event)),
    quotes: array(record('quotes', quote)),
    statistics: array(record('statistics', statistic)),
    claims: array(record('claims', claim)),
    context: keep(nullable(outsideContext), (parts, value) => (parts.context = value)),
  });
  // Stryker restore BooleanLiteral
  return articleCheck;
}

/**
 * Checks the structure of an input against the model and copies what it accepts. Reads own data
 * properties only, never deeper than the model goes, so cycles, deep nesting and traps cannot run away.
 */
export function inspectShape(input: unknown): Inspection {
  const inspection: Inspection = { problems: [], text: undefined, records: [], parts: {}, article: undefined };
  if (shapeOf(input) !== 'object') {
    report(inspection, 'SHAPE', undefined, () => `Expected an article object at the top level, got ${describe(input)}.`);
    return inspection;
  }
  // The text is read first so that every span can be checked against it where it stands.
  const text = readOwn(input as object, 'text');
  if (typeof text.value === 'string') inspection.text = text.value;
  const checked = buildArticleCheck()(input, undefined, inspection);
  if (checked !== INVALID) inspection.article = checked;
  return inspection;
}
