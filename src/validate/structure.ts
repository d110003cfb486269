// The structural checks, on the snapshot (./snapshot.ts): one per model type, each typed against it
// (`Fields<Person>` must name every field of `Person` with a check of that field's type), so a change
// to the model that these checks do not follow fails to compile. They only read the snapshot, which
// is plain data, and report into the problem list; a well-formed snapshot is itself the article.
import type { Actor, Title } from '../model/actor.js';
import type { Ambiguity, Reading } from '../model/ambiguity.js';
import type { Article, Collection, Publisher, RecordOf } from '../model/article.js';
import type { Attribution, AttributionMode } from '../model/attribution.js';
import type { Claim, ClaimRelation } from '../model/claim.js';
import type { ContextFact, ContextSource, OutsideContext, WikidataFact } from '../model/context.js';
import type { AcledCoding } from '../model/acled.js';
import type { CameoCode, EventCameo } from '../model/cameo.js';
import type { Channel, Event, EventRelation, EventRelationType, EventStatus, EventType, Participant, Role, StrikeTarget } from '../model/event.js';
import type { Place } from '../model/place.js';
import type { MovedId } from '../model/moved.js';
import type { Quote, QuoteForm } from '../model/quote.js';
import type { Basis, Evidence, Link, Span } from '../model/span.js';
import type { Bound, Qualifier, Quantity, Statistic } from '../model/statistic.js';
import type { DateTime, MonthTime, TimeExpression, WeekdayTime, YearTime } from '../model/time.js';
import { ACLED_SUB_EVENT_TYPES, cameoCodes, NOT_IN_GDELT, cameoFits, describePrefixes } from '../internal/cameo.js';
import { ATTRIBUTION_MODES, ROLES } from '../internal/vocabulary.js';
import { describe, pointer, quoted, step, where } from './problem-list.js';
import type { Path, ProblemList } from './problem-list.js';
import { IrregularArray, Unread } from './snapshot.js';

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
export interface Structure {
  /** The article text, if it is a string. */
  readonly text: string | undefined;
  /** Every record met, in article order. */
  readonly records: SeenRecord[];
  /** The collections whose records could not be read at all (not an array, or one with holes): references to them cannot be checked. */
  readonly unread: Set<Collection>;
  /** The parts of the article that are well formed. */
  readonly parts: {
    publisher?: Publisher;
    context?: OutsideContext | null;
    paragraphs?: readonly Span[];
    sentences?: readonly Span[];
    /** The well-formed ambiguities, each with its index: one malformed does not hide the others. */
    ambiguities?: { readonly index: number; readonly ambiguity: Ambiguity }[];
    /** The well-formed moved ids, each with its index. */
    moved?: { readonly index: number; readonly moved: MovedId }[];
  };
  /** The whole article (the snapshot itself), if it is well formed. */
  article: Article | undefined;
}

/** What every check is given: where to report, and what it adds to. */
interface Context extends Structure {
  readonly problems: ProblemList;
}

type Check<T> = (value: unknown, path: Path | undefined, context: Context) => Checked<T>;
type Fields<T> = { readonly [K in keyof T]-?: Check<T[K]> };

function expected(context: Context, path: Path | undefined, what: string, value: unknown): typeof INVALID {
  context.problems.add('SHAPE', path, (at) => `Expected ${what} at ${where(at)}, got ${describe(value)}.`);
  return INVALID;
}

/** A snapshot object: what an object of the input became, if it could be read as one. */
const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unread) && !(value instanceof IrregularArray);

/** The value of a property of a snapshot object, reporting it if it is missing, a getter or unreadable. */
function property(context: Context, object: Readonly<Record<string, unknown>>, key: string, path: Path): unknown {
  if (!Object.hasOwn(object, key)) {
    context.problems.add('SHAPE', path, () => `Missing property ${quoted(key)} at ${where(pointer(path.parent))}.`);
    return INVALID;
  }
  const value = object[key];
  if (value instanceof Unread && value.reason === 'accessor') {
    context.problems.add('SHAPE', path, (at) => `${at} is a getter: an article must be plain data, and getters are not called.`);
    return INVALID;
  }
  if (value instanceof Unread && value.reason === 'unreadable') {
    context.problems.add('SHAPE', path, (at) => `${where(at)} could not be read: reading it threw.`);
    return INVALID;
  }
  return value;
}

/**
 * A well-formed BCP 47 language tag (RFC 5646's langtag or a private-use tag; its few grandfathered
 * tags are left out): what every export format that carries the language expects.
 */
const LANGUAGE_TAG =
  /^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$/;

const string: Check<string> = (value, path, context) => (typeof value === 'string' ? value : expected(context, path, 'a string', value));

const boolean: Check<boolean> = (value, path, context) => (typeof value === 'boolean' ? value : expected(context, path, 'true or false', value));

// Number.isFinite and Number.isInteger are false for anything but a number (they do not convert).
const number: Check<number> = (value, path, context) => (Number.isFinite(value) ? (value as number) : expected(context, path, 'a finite number', value));

const integer: Check<number> = (value, path, context) => (Number.isInteger(value) ? (value as number) : expected(context, path, 'an integer', value));

/** One of a closed set of strings; the set is a record so that the compiler checks it is complete. */
function oneOf<T extends string>(members: Readonly<Record<T, true>>): Check<T> {
  const allowed = new Set<string>(Object.keys(members));
  const list = [...allowed].map((m) => JSON.stringify(m)).join(', ');
  // The set holds strings only, so it has no other value.
  return (value, path, context) => (allowed.has(value as string) ? (value as T) : expected(context, path, `one of ${list}`, value));
}

/** The longest id, in UTF-16 code units. */
export const MAX_ID = 64;

/** The form of an id: lower-case ASCII letters and digits, in groups joined by single hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An id (of a record, the article, a context source) or a reference to one: kebab-case ASCII, at
 * most 64 code units, so that it is safe in an IRI, a URL fragment and an index key as it is.
 */
const id: Check<string> = (value, path, context) =>
  typeof value === 'string' && value.length <= MAX_ID && ID.test(value)
    ? value
    : expected(context, path, `an id (up to ${MAX_ID} lower-case letters and digits, in groups joined by single hyphens)`, value);

function pattern<T extends string>(regex: RegExp, what: string): Check<T> {
  return (value, path, context) => (typeof value === 'string' && regex.test(value) ? (value as T) : expected(context, path, what, value));
}

function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path, context) => (value === null ? null : check(value, path, context));
}

/** A calendar date that exists: `YYYY-MM-DD` whose day is in its month (29 February in leap years only). */
const date: Check<DateTime['normalized']> = (value, path, context) => {
  const match = typeof value === 'string' ? /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/.exec(value) : null;
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // The Gregorian calendar, proleptic for every year (Date.UTC would read years 0–99 as 1900–1999).
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    if (day <= days) return value as DateTime['normalized'];
  }
  return expected(context, path, 'a YYYY-MM-DD date that exists', value);
};

/** What to use instead of a string that is not a CAMEO event code, where there is an answer. */
function cameoHint(value: string): string {
  if (Object.hasOwn(NOT_IN_GDELT, value)) {
    return ` ${quoted(value)} is in CAMEO 1.1b3 but not in GDELT's files, which give it no Goldstein score; the code above it is ${quoted(NOT_IN_GDELT[value] as string)}.`;
  }
  return /^(?:0[1-9]|1[0-9]|20)$/.test(value) ? ` ${quoted(value)} is a root category; its residual code is ${quoted(`${value}0`)}.` : '';
}

/**
 * An event's CAMEO code: one that exists (in GDELT's list) and that events of `type` take, or
 * `null` for a type that may go without. Each failure has its own problem code.
 */
function cameoCode(type: EventType): Check<CameoCode | null> {
  return (value, path, context) => {
    if (value !== null && typeof value !== 'string') return expected(context, path, 'a CAMEO event code (a string of three or four digits) or null', value);
    if (value !== null && !Object.hasOwn(cameoCodes(), value)) {
      const hint = cameoHint(value);
      context.problems.add(
        'UNKNOWN_CAMEO_CODE',
        path,
        (at) =>
          `The CAMEO code at ${at} is ${describe(value)}, which is not a CAMEO event code (three or four digits, in GDELT's CAMEO.eventcodes.txt).${hint}`,
      );
      return INVALID;
    }
    const code = value as CameoCode | null;
    if (!cameoFits(type, code)) {
      context.problems.add('CAMEO_NOT_FOR_TYPE', path, (at) =>
        code === null
          ? `The CAMEO code at ${at} is null, but a ${quoted(type)} event needs one: ${describePrefixes(type)}.`
          : `The CAMEO code ${quoted(code)} at ${at} is not one a ${quoted(type)} event takes: ${describePrefixes(type)}.`,
      );
      return INVALID;
    }
    return code;
  };
}

/** An array of `element`s; given `nonEmpty`, the noun for one element, it must hold at least one. */
function array<T>(element: Check<T>, nonEmpty?: string): Check<readonly T[]> {
  return (value, path, context) => {
    if (value instanceof Unread && value.reason === 'array-unreadable') {
      context.problems.add('SHAPE', path, (at) => `The array at ${where(at)} could not be read: reading it threw.`);
      return INVALID;
    }
    if (value instanceof Unread && value.reason === 'holes') {
      context.problems.add('SHAPE', path, (at) => `The array at ${where(at)} has holes: ${value.slots} slots but ${value.elements} elements.`);
      return INVALID;
    }
    let ok = true;
    let items: readonly unknown[];
    if (value instanceof IrregularArray) {
      for (const key of value.extra) ok = unexpected(context, path, key);
      items = value.items;
    } else if (Array.isArray(value)) items = value;
    else return expected(context, path, 'an array', value);
    if (nonEmpty !== undefined && items.length === 0) {
      context.problems.add('SHAPE', path, (at) => `Expected at least one ${nonEmpty} at ${at}, got an empty array.`);
      return INVALID;
    }
    for (let i = 0; i < items.length; i++) {
      const at = step(path, i);
      let item = items[i];
      if (item instanceof Unread && (item.reason === 'accessor' || item.reason === 'unreadable')) {
        // An element is a property like any other: the same words.
        item = property(context, { [i]: item }, String(i), at);
      }
      if ((item === INVALID ? INVALID : element(item, at, context)) === INVALID) ok = false;
    }
    return ok ? (items as readonly T[]) : INVALID;
  };
}

function unexpected(context: Context, path: Path | undefined, key: string): false {
  context.problems.add('SHAPE', step(path, key), () => `Unexpected property ${quoted(key)} at ${where(pointer(path))}: it is not part of the model.`);
  return false;
}

function unlisted(context: Context, path: Path | undefined): typeof INVALID {
  context.problems.add('SHAPE', path, (at) => `The properties of ${where(at)} could not be listed: listing them threw.`);
  return INVALID;
}

/** Checks of properties that may be left out (`optional(check)`); a property that is there is checked as any other. */
const optionalChecks = new WeakSet<Check<unknown>>();

/** A check for an optional property. */
function optional<T>(check: Check<T>): Check<T> {
  const wrapped: Check<T> = (value, path, context) => check(value, path, context);
  optionalChecks.add(wrapped);
  return wrapped;
}

function object<T>(fields: Fields<T>): Check<T> {
  const names = Object.keys(fields) as (keyof T & string)[];
  const known = new Set<string>(names);
  return (value, path, context) => {
    if (value instanceof Unread && value.reason === 'unlisted') return unlisted(context, path);
    if (!isObject(value)) return expected(context, path, 'an object', value);
    let ok = true;
    for (const name of names) {
      if (!Object.hasOwn(value, name) && optionalChecks.has(fields[name] as Check<unknown>)) continue;
      const at = step(path, name);
      const item = property(context, value, name, at);
      if (item === INVALID || fields[name](item, at, context) === INVALID) ok = false;
    }
    for (const key of Object.keys(value)) if (!known.has(key)) ok = unexpected(context, path, key);
    return ok ? (value as T) : INVALID;
  };
}

type Variants<T, K extends keyof T> = { readonly [V in T[K] & string]: Fields<Extract<T, Readonly<Record<K, V>>>> };

/** A union discriminated by `key`: the discriminant picks the fields to check. */
function tagged<T, K extends keyof T & string>(key: K, variants: Variants<T, K>): Check<T> {
  const checks = new Map<string, Check<T>>(Object.entries(variants).map(([tag, fields]) => [tag, object(fields as Fields<T>)]));
  const list = [...checks.keys()].map((tag) => JSON.stringify(tag)).join(', ');
  return (value, path, context) => {
    if (value instanceof Unread && value.reason === 'unlisted') return unlisted(context, path);
    if (!isObject(value)) return expected(context, path, 'an object', value);
    const at = step(path, key);
    const tag = property(context, value, key, at);
    if (tag === INVALID) return INVALID;
    // The map's keys are strings, so a tag of another type finds no check.
    const check = checks.get(tag as string);
    return check === undefined ? expected(context, at, `one of ${list}`, tag) : check(value, path, context);
  };
}

/** Keeps each well-formed element of an array, with its index, for the semantic checks. */
function each<T>(check: Check<T>, store: (parts: Structure['parts'], index: number, value: T) => void): Check<T> {
  return (value, path, context) => {
    const checked = check(value, path, context);
    if (checked !== INVALID) store(context.parts, path?.key as number, checked);
    return checked;
  };
}

/** Keeps a well-formed part of the article for the semantic checks. */
function keep<T>(check: Check<T>, store: (parts: Structure['parts'], value: T) => void): Check<T> {
  return (value, path, context) => {
    const checked = check(value, path, context);
    if (checked !== INVALID) store(context.parts, checked);
    return checked;
  };
}

/** The check of a whole collection, noting it as unread where its records cannot be read at all. */
function collection<T>(name: Collection, check: Check<T>): Check<T> {
  return (value, path, context) => {
    if (!Array.isArray(value) && !(value instanceof IrregularArray)) context.unread.add(name);
    return check(value, path, context);
  };
}

/** Notes every record of a collection, well formed or not, for the id and reference checks. */
function record<T extends RecordOf<Article>>(collection: Collection, check: Check<T>): Check<T> {
  return (value, path, context) => {
    const checked = check(value, path, context);
    // The id as the snapshot has it, even where the record is malformed.
    const id = isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
    context.records.push({ collection, path: path as Path, id, record: checked === INVALID ? undefined : checked });
    return checked;
  };
}

/**
 * What a span's edge may not fall between: two letters (with their marks), or two digits. Between a
 * letter and a digit ("F-16s", "10km", "33rd") is a boundary. Format characters (a soft hyphen, a
 * zero-width joiner) stand inside words and are looked past.
 */
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const FORMAT = /\p{Cf}/u;
/**
 * Scripts not checked: those written without spaces between words (where any letter may end a
 * word), and those whose particles and clitics are written attached to the word they go with
 * (Arabic and Hebrew "and"/"in", Korean particles), where a name is rightly a part of a written word.
 */
const UNCHECKED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Hangul}]/u;

/** The code point that ends at `offset` and where it starts, or `undefined` at the start of the text. */
function codePointBefore(text: string, offset: number): [string, number] | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const high = text.charCodeAt(offset - 2);
  // (Before the text charCodeAt gives NaN, which is no surrogate.)
  const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? offset - 2 : offset - 1;
  return [String.fromCodePoint(text.codePointAt(start) as number), start];
}

/** The code point that starts at `offset` and where it ends, or `undefined` at the end of the text. */
function codePointFrom(text: string, offset: number): [string, number] | undefined {
  if (offset >= text.length) return undefined;
  const char = String.fromCodePoint(text.codePointAt(offset) as number);
  return [char, offset + char.length];
}

/** `'letter'`, `'digit'`, or `undefined` for anything that ends a word. */
const classOf = (char: string): 'letter' | 'digit' | undefined => (LETTER.test(char) ? 'letter' : DIGIT.test(char) ? 'digit' : undefined);

/**
 * The word that `offset` falls inside (between two of its letters, or two of its digits), cut to 30
 * code units each way, or `undefined` where it falls between words. Code points, not code units:
 * an astral letter is one letter. Not checked in the scripts of UNCHECKED.
 */
function wordAround(text: string, offset: number): string | undefined {
  // (Only an offset inside the text can be inside a word: the others are reported as out of bounds.)
  if (offset <= 0 || offset >= text.length) return undefined;
  let before = codePointBefore(text, offset);
  while (before !== undefined && FORMAT.test(before[0])) before = codePointBefore(text, before[1]);
  let after = codePointFrom(text, offset);
  while (after !== undefined && FORMAT.test(after[0])) after = codePointFrom(text, after[1]);
  if (before === undefined || after === undefined) return undefined;
  const kind = classOf(before[0]);
  if (kind === undefined || kind !== classOf(after[0]) || UNCHECKED.test(before[0]) || UNCHECKED.test(after[0])) return undefined;
  const inWord = (char: string): boolean => classOf(char) !== undefined || FORMAT.test(char);
  let from = before[1];
  for (let back = codePointBefore(text, from); back !== undefined && inWord(back[0]) && offset - back[1] <= 30; back = codePointBefore(text, from))
    from = back[1];
  let to = after[1];
  for (let next = codePointFrom(text, to); next !== undefined && inWord(next[0]) && next[1] - offset <= 30; next = codePointFrom(text, to)) to = next[1];
  return text.slice(from, to);
}

/** Whether `offset` falls between the high and the low half of a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  // Outside the text charCodeAt gives NaN, which is no surrogate.
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The longest text the validator reads, in UTF-16 code units (4 MiB of code units). */
export const MAX_TEXT = 4_194_304;

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
  const span: Check<Span> = (value, path, context) => {
    const checked = spanFields(value, path, context);
    if (checked === INVALID) return INVALID;
    const { start, end } = checked;
    const length = context.text?.length;
    if (start < 0) {
      context.problems.add('SPAN_OUT_OF_BOUNDS', path, (at) => `The span at ${at} starts at ${start}, before the start of the text.`);
    } else if (end > (length ?? Number.POSITIVE_INFINITY)) {
      context.problems.add('SPAN_OUT_OF_BOUNDS', path, (at) => `The span at ${at} (${start}–${end}) ends past the end of the text (length ${length}).`);
    }
    for (const [edge, offset] of [
      ['starts', start],
      ['ends', end],
    ] as const) {
      const word = context.text === undefined || end <= start ? undefined : wordAround(context.text, offset);
      if (word !== undefined) {
        context.problems.add(
          'SPAN_CUTS_WORD',
          path,
          (at) => `The span at ${at} (${start}–${end}) ${edge} inside the word ${quoted(word)}: spans cover whole words (the offsets may have shifted).`,
        );
      }
      if (context.text !== undefined && splitsPair(context.text, offset)) {
        context.problems.add(
          'SPAN_SPLITS_CHARACTER',
          path,
          (at) => `The span at ${at} (${start}–${end}) ${edge} inside a character: ${offset} is between the two halves of a surrogate pair.`,
        );
      }
    }
    if (end <= start) {
      context.problems.add('SPAN_EMPTY', path, (at) => `The span at ${at} (${start}–${end}) is empty: its end must be greater than its start.`);
    }
    return checked;
  };

  const evidence = array(span, 'span') as Check<Evidence>;
  const strings = array(string);
  const ids = array(id);
  // The `true`s below only mark members of a closed set (oneOf reads the keys), so a mutant that
  // makes one `false` cannot change anything.
  // Stryker disable BooleanLiteral
  const basis = oneOf<Basis>({ stated: true, implied: true });
  const link: Check<Link> = object<Link>({ id, basis, evidence });
  const maybeLink = nullable(link);

  const title = object<Title>({ title: string, of: nullable(id), evidence });

  const actorBase = { id, name: string, aliases: strings, evidence } as const;
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
    company: { kind: oneOf<'company'>({ company: true }), ...actorBase, partOf: maybeLink },
    court: { kind: oneOf<'court'>({ court: true }), ...actorBase, partOf: maybeLink },
    party: { kind: oneOf<'party'>({ party: true }), ...actorBase, partOf: maybeLink },
  });

  const placeBase = { id, name: string, aliases: strings, partOf: maybeLink, evidence } as const;
  const place: Check<Place> = tagged<Place, 'kind'>('kind', {
    country: { kind: oneOf<'country'>({ country: true }), ...placeBase },
    city: { kind: oneOf<'city'>({ city: true }), ...placeBase },
    region: { kind: oneOf<'region'>({ region: true }), ...placeBase, named: boolean },
    'administrative-area': { kind: oneOf<'administrative-area'>({ 'administrative-area': true }), ...placeBase },
    site: { kind: oneOf<'site'>({ site: true }), ...placeBase },
    'body-of-water': { kind: oneOf<'body-of-water'>({ 'body-of-water': true }), ...placeBase },
  });

  const attribution = object<Attribution>({
    source: id,
    mode: oneOf<AttributionMode>(ATTRIBUTION_MODES),
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
    date: { kind: oneOf<'date'>({ date: true }), normalized: date, evidence },
    month: {
      kind: oneOf<'month'>({ month: true }),
      normalized: pattern<MonthTime['normalized']>(/^[0-9]{4}-(?:0[1-9]|1[0-2])$/, 'a YYYY-MM month'),
      evidence,
    },
    year: { kind: oneOf<'year'>({ year: true }), normalized: pattern<YearTime['normalized']>(/^[0-9]{4}$/, 'a YYYY year'), evidence },
    duration: { kind: oneOf<'duration'>({ duration: true }), statistic: id, evidence },
  });
  const times = array(time);

  const participant = object<Participant>({
    actor: id,
    role: oneOf<Role>(ROLES),
    basis,
    evidence,
  });
  const eventRelation = object<EventRelation>({
    type: oneOf<EventRelationType>({
      after: true,
      before: true,
      during: true,
      'results-from': true,
      'responds-to': true,
      reports: true,
      proposes: true,
      cancels: true,
      abandons: true,
      concerns: true,
    }),
    event: id,
    basis,
    evidence,
  });
  const channel = nullable(object<Channel>({ medium: string, evidence }));
  const strikeTarget = object<StrikeTarget>({ description: string, evidence });

  const acled: Check<AcledCoding | null> = nullable(
    tagged<AcledCoding, 'eventType'>('eventType', {
      Battles: { eventType: oneOf<'Battles'>({ Battles: true }), subEventType: nullable(oneOf(ACLED_SUB_EVENT_TYPES.Battles)), note: string },
      'Explosions/Remote violence': {
        eventType: oneOf<'Explosions/Remote violence'>({ 'Explosions/Remote violence': true }),
        subEventType: nullable(oneOf(ACLED_SUB_EVENT_TYPES['Explosions/Remote violence'])),
        note: string,
      },
      'Violence against civilians': {
        eventType: oneOf<'Violence against civilians'>({ 'Violence against civilians': true }),
        subEventType: nullable(oneOf(ACLED_SUB_EVENT_TYPES['Violence against civilians'])),
        note: string,
      },
      Protests: { eventType: oneOf<'Protests'>({ Protests: true }), subEventType: nullable(oneOf(ACLED_SUB_EVENT_TYPES.Protests)), note: string },
      Riots: { eventType: oneOf<'Riots'>({ Riots: true }), subEventType: nullable(oneOf(ACLED_SUB_EVENT_TYPES.Riots)), note: string },
      'Strategic developments': {
        eventType: oneOf<'Strategic developments'>({ 'Strategic developments': true }),
        subEventType: nullable(oneOf(ACLED_SUB_EVENT_TYPES['Strategic developments'])),
        note: string,
      },
    }),
  );
  const eventBase = {
    id,
    summary: string,
    status: oneOf<EventStatus>({ occurred: true, ongoing: true, planned: true, cancelled: true }),
    acled,
    participants: array(participant),
    places: array(link),
    time: times,
    attribution: attributions,
    relations: array(eventRelation),
    evidence,
  } as const;
  /** The fields of an event of `type`: the base, its own CAMEO check, and its type. */
  const eventOf = <T extends EventType>(type: T) =>
    ({
      type: oneOf<T>({ [type]: true } as Record<T, true>),
      cameo: object<EventCameo<T>>({ code: cameoCode(type) as Check<EventCameo<T>['code']>, note: string }),
      ...eventBase,
    }) as const;
  const event: Check<Event> = tagged<Event, 'type'>('type', {
    strike: { ...eventOf('strike'), targets: array(strikeTarget) },
    explosions: eventOf('explosions'),
    'power-outage': eventOf('power-outage'),
    interception: eventOf('interception'),
    condemnation: { ...eventOf('condemnation'), channel },
    statement: { ...eventOf('statement'), channel },
    appeal: { ...eventOf('appeal'), channel },
    meeting: eventOf('meeting'),
    cancellation: eventOf('cancellation'),
    proposal: eventOf('proposal'),
    abandonment: eventOf('abandonment'),
    pressure: eventOf('pressure'),
    rejection: eventOf('rejection'),
    invasion: eventOf('invasion'),
    agreement: eventOf('agreement'),
    disaster: eventOf('disaster'),
    accident: eventOf('accident'),
    'emergency-response': eventOf('emergency-response'),
    'legal-action': eventOf('legal-action'),
    arrest: eventOf('arrest'),
    protest: eventOf('protest'),
    vote: eventOf('vote'),
    'policy-measure': eventOf('policy-measure'),
  });

  const quote = object<Quote>({
    id,
    speaker: id,
    text: string,
    span,
    form: oneOf<QuoteForm>({ direct: true, partial: true, scare: true, framing: true }),
    channel,
    respondsTo: nullable(id),
    about: nullable(id),
    evidence,
  });

  const bound = nullable(object<Bound>({ value: number, inclusive: boolean }));
  const quantity: Check<Quantity> = tagged<Quantity, 'kind'>('kind', {
    exact: { kind: oneOf<'exact'>({ exact: true }), value: number },
    range: { kind: oneOf<'range'>({ range: true }), min: bound, max: bound, reading: string },
  });
  const qualifier = object<Qualifier>({ kind: oneOf<Qualifier['kind']>({ 'as-of': true, 'known-so-far': true }), evidence });

  const statistic = object<Statistic>({
    id,
    measure: string,
    value: quantity,
    unit: nullable(string),
    qualifiers: array(qualifier),
    time: times,
    attribution: attributions,
    about: ids,
    partOf: maybeLink,
    evidence,
  });

  const claim = object<Claim>({
    id,
    summary: string,
    attribution: attributions,
    about: ids,
    relations: array(object<ClaimRelation>({ type: oneOf<ClaimRelation['type']>({ contradicts: true, supports: true }), claim: id, basis, evidence })),
    evidence,
  });

  const contextFact: Check<ContextFact> = tagged<ContextFact, 'kind'>('kind', {
    wikidata: {
      kind: oneOf<'wikidata'>({ wikidata: true }),
      record: id,
      qid: pattern<WikidataFact['qid']>(/^Q[1-9][0-9]*$/, 'a Wikidata item id (Q and a number)'),
      source: id,
    },
    date: { kind: oneOf<'date'>({ date: true }), record: id, date: string, source: id },
  });
  const reading = object<Reading>({ reading: string, evidence });
  const ambiguity = object<Ambiguity>({
    id,
    question: string,
    records: array(id, 'record') as Check<Ambiguity['records']>,
    chosen: reading,
    alternatives: array(reading, 'alternative reading') as Check<Ambiguity['alternatives']>,
    note: string,
  });

  const outsideContext = object<OutsideContext>({
    sources: array(object<ContextSource>({ id, name: string, url: string, published: nullable(string) })),
    facts: array(contextFact),
  });

  const articleCheck = object<Article>({
    id,
    publisher: keep(object<Publisher>({ actor: id, name: string, evidence }), (parts, value) => (parts.publisher = value)),
    language: pattern<string>(LANGUAGE_TAG, 'a BCP 47 language tag (such as "en" or "pt-BR")'),
    text: string,
    paragraphs: keep(array(span), (parts, value) => (parts.paragraphs = value)),
    sentences: keep(array(span), (parts, value) => (parts.sentences = value)),
    actors: collection('actors', array(record('actors', actor))),
    places: collection('places', array(record('places', place))),
    events: collection('events', array(record('events', event))),
    quotes: collection('quotes', array(record('quotes', quote))),
    statistics: collection('statistics', array(record('statistics', statistic))),
    claims: collection('claims', array(record('claims', claim))),
    context: keep(nullable(outsideContext), (parts, value) => (parts.context = value)),
    ambiguities: array(each(ambiguity, (parts, index, value) => (parts.ambiguities ??= []).push({ index, ambiguity: value }))),
    moved: optional(array(each(object<MovedId>({ from: id, to: id }), (parts, index, value) => (parts.moved ??= []).push({ index, moved: value })))),
  });
  // Stryker restore BooleanLiteral
  return articleCheck;
}

/**
 * Checks the structure of a snapshot against the model, reporting into `problems`. A well-formed
 * snapshot is returned as the article, as it is: the checks read nothing else.
 */
export function checkStructure(value: unknown, problems: ProblemList): Structure {
  // The text is taken first so that every span can be checked against it where it stands.
  const text = isObject(value) && typeof value['text'] === 'string' ? value['text'] : undefined;
  // `parts` has no prototype, so that a part the input lacks is not read from a polluted Object.prototype.
  const context: Context = { problems, text, records: [], unread: new Set(), parts: Object.create(null) as Structure['parts'], article: undefined };
  if (text !== undefined && text.length > MAX_TEXT) {
    problems.add(
      'INPUT_TOO_LARGE',
      step(undefined, 'text'),
      (at) => `The text at ${at} is ${text.length} code units long, longer than the validator reads (${MAX_TEXT}): nothing else was checked.`,
    );
    return context;
  }
  if (!isObject(value) && !(value instanceof Unread && value.reason === 'unlisted')) {
    problems.add('SHAPE', undefined, () => `Expected an article object at the top level, got ${describe(value)}.`);
    return context;
  }
  const checked = buildArticleCheck()(value, undefined, context);
  if (checked !== INVALID) context.article = checked;
  return context;
}
