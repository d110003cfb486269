/** Longest string, in UTF-16 code units, that an error message quotes in full. */
const QUOTED = 60;

/** A value as an error message names it: a string JSON-quoted (cut short past 60 code units), anything else by its kind. */
function named(value: unknown): string {
  if (typeof value === 'string') return value.length > QUOTED ? `${JSON.stringify(value.slice(0, QUOTED))}…` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Thrown when an id names no record of the article (or none of the collection asked for).
 * The message names the id and the closest valid ids.
 *
 * @example
 * try {
 *   getActor(article, 'zelenskyy' as never);
 * } catch (error) {
 *   if (error instanceof UnknownIdError) error.suggestions; // => ['zelensky']
 * }
 * @group Errors
 */
export class UnknownIdError extends Error {
  /** Stable code for programs: `'UNKNOWN_ID'`. */
  readonly code: 'UNKNOWN_ID' = 'UNKNOWN_ID';
  /** The id that was not found (for a value that is not a string, as the message names it: `'an object'`). */
  readonly id: string;
  /** Where it was looked for: a collection name, several joined by `' or '` (`'actors or places'`), or `'records'` for the whole article. */
  readonly scope: string;
  /** The closest valid ids, best first (at most three). */
  readonly suggestions: readonly string[];
  /** The collection that does hold a record with this id, if another one does (`'places'` for `getActor(article, 'kyiv')`). */
  readonly foundIn: string | null;
  /**
   * The id's record's id now, if the id was renamed (`article.moved`): the typed lookups take
   * current ids only, while `findActor` and the other `find*` lookups follow the rename.
   */
  readonly movedTo: string | null;

  /**
   * @param id - the id that was not found
   * @param scope - where it was looked for
   * @param suggestions - the closest valid ids, best first
   * @param foundIn - the collection that does hold the id, if any
   * @param movedTo - the id it was renamed to, if it was
   */
  constructor(id: string, scope: string, suggestions: readonly string[], foundIn: string | null = null, movedTo: string | null = null) {
    const elsewhere = foundIn === null ? '' : ` It is the id of a record in ${foundIn}.`;
    const renamed = movedTo === null ? '' : ` It was renamed to ${named(movedTo)} (the find* lookups follow renames).`;
    const hint = suggestions.length > 0 && movedTo === null ? ` Did you mean ${suggestions.map(named).join(', ')}?` : '';
    super(`Unknown id ${named(id)} in ${scope}.${elsewhere}${renamed}${hint}`);
    this.name = 'UnknownIdError';
    this.id = typeof id === 'string' ? id : named(id);
    this.scope = scope;
    this.suggestions = Object.freeze([...suggestions]);
    this.foundIn = foundIn;
    this.movedTo = movedTo;
  }
}

/**
 * Thrown by `timeline` when the article's before/after relations contradict each other,
 * so that no order satisfies them all.
 *
 * @example
 * const error = new TimelineCycleError(['a', 'b']); // what timeline() throws when a is after b and b after a
 * error.code; // => 'TIMELINE_CYCLE'
 * error.message; // => 'The event relations form a cycle; these events cannot be ordered: a, b.'
 * @group Errors
 */
export class TimelineCycleError extends Error {
  /** Stable code for programs: `'TIMELINE_CYCLE'`. */
  readonly code: 'TIMELINE_CYCLE' = 'TIMELINE_CYCLE';
  /** Ids of the events that could not be ordered. */
  readonly events: readonly string[];

  /** @param events - ids of the events that could not be ordered */
  constructor(events: readonly string[]) {
    // At most ten ids in the message, each cut at QUOTED code units (all of them are in `events`):
    // an article that was not validated may have ids of any length.
    const cut = (id: string): string => (id.length > QUOTED ? `${id.slice(0, QUOTED)}…` : id);
    const shown = events.slice(0, 10).map(cut).join(', ');
    const listed = events.length > 10 ? `${shown}, … (${events.length} in all)` : shown;
    super(`The event relations form a cycle; these events cannot be ordered: ${listed}.`);
    this.name = 'TimelineCycleError';
    this.events = Object.freeze([...events]);
  }
}

/**
 * Thrown when a name that must be one of the model's closed set (a participant role, an event
 * type, an actor kind) is none of them. The message names the value and every allowed one.
 *
 * @example
 * try {
 *   eventsInvolving(article, 'putin', 'villain' as never);
 * } catch (error) {
 *   if (error instanceof UnknownValueError) error.message;
 *   // => 'Unknown role "villain": expected one of "agent", "target", "speaker", "participant", "supporter", "affected".'
 * }
 * @group Errors
 */
export class UnknownValueError extends Error {
  /** Stable code for programs: `'UNKNOWN_VALUE'`. */
  readonly code: 'UNKNOWN_VALUE' = 'UNKNOWN_VALUE';
  /** The value that is not allowed (for a value that is not a string, as the message names it). */
  readonly value: string;
  /** What it should have been: `'role'`, `'event type'`, `'actor kind'`, and so on. */
  readonly kind: string;
  /** Every allowed value, in the model's order. */
  readonly allowed: readonly string[];
  /** The closest allowed values, best first (at most three). */
  readonly suggestions: readonly string[];

  /**
   * @param value - the value that is not allowed
   * @param kind - what it should have been
   * @param allowed - every allowed value
   * @param suggestions - the closest allowed values, best first
   */
  constructor(value: string, kind: string, allowed: readonly string[], suggestions: readonly string[] = []) {
    const list = allowed.map(named).join(', ');
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map(named).join(', ')}?` : '';
    super(`Unknown ${kind} ${named(value)}: expected one of ${list}.${hint}`);
    this.name = 'UnknownValueError';
    this.value = typeof value === 'string' ? value : named(value);
    this.kind = kind;
    this.allowed = Object.freeze([...allowed]);
    this.suggestions = Object.freeze([...suggestions]);
  }
}

/**
 * Thrown by `spanOf` (and the helpers that take a phrase) when a phrase is not in the text, or
 * occurs more than once and no occurrence was given.
 *
 * @example
 * try {
 *   spanOf(article.text, 'Zelensky');
 * } catch (error) {
 *   if (error instanceof PhraseError) error.message;
 *   // => 'The phrase "Zelensky" occurs 3 times (at 212, 494, 1487): say which occurrence you mean, counted from 0.'
 * }
 * @group Errors
 */
export class PhraseError extends Error {
  /** Stable code for programs: `'PHRASE_NOT_FOUND'` or `'PHRASE_AMBIGUOUS'`. */
  readonly code: 'PHRASE_NOT_FOUND' | 'PHRASE_AMBIGUOUS';
  /** The phrase looked for. */
  readonly phrase: string;
  /** How many times it occurs (for an ambiguous phrase, counted up to a few). */
  readonly occurrences: number;
  /** Where the first few occurrences start. */
  readonly starts: readonly number[];

  /**
   * @param code - what went wrong
   * @param phrase - the phrase looked for
   * @param occurrences - how many times it occurs
   * @param starts - where the first few occurrences start
   * @param detail - the message, where the default does not fit
   * @param occurrence - the occurrence asked for, if one was
   */
  constructor(
    code: 'PHRASE_NOT_FOUND' | 'PHRASE_AMBIGUOUS',
    phrase: string,
    occurrences: number,
    starts: readonly number[],
    detail?: string,
    occurrence?: number,
  ) {
    const at = starts.length > 0 ? ` (at ${starts.join(', ')}${occurrences > starts.length ? ', …' : ''})` : '';
    const counted = occurrences > starts.length ? `more than ${starts.length} times` : `${occurrences} times`;
    const message =
      detail ??
      (code === 'PHRASE_AMBIGUOUS'
        ? `The phrase ${named(phrase)} occurs ${counted}${at}: say which occurrence you mean, counted from 0.`
        : occurrence === undefined || occurrences === 0
          ? `The phrase ${named(phrase)} is not in the text.`
          : `The phrase ${named(phrase)} has no occurrence ${occurrence}: it occurs ${occurrences} time${occurrences === 1 ? '' : 's'}${at}, counted from 0.`);
    super(message);
    this.name = 'PhraseError';
    this.code = code;
    this.phrase = phrase;
    this.occurrences = occurrences;
    this.starts = Object.freeze([...starts]);
  }
}
