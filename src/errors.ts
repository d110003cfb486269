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
 */
export class UnknownIdError extends Error {
  /** Stable code for programs: `'UNKNOWN_ID'`. */
  readonly code: 'UNKNOWN_ID' = 'UNKNOWN_ID';
  /** The id that was not found. */
  readonly id: string;
  /** Where it was looked for: a collection name, or `'records'` for the whole article. */
  readonly scope: string;
  /** The closest valid ids, best first (at most three). */
  readonly suggestions: readonly string[];
  /** The collection that does hold a record with this id, if another one does (`'places'` for `getActor(article, 'kyiv')`). */
  readonly foundIn: string | null;

  /**
   * @param id - the id that was not found
   * @param scope - where it was looked for
   * @param suggestions - the closest valid ids, best first
   * @param foundIn - the collection that does hold the id, if any
   */
  constructor(id: string, scope: string, suggestions: readonly string[], foundIn: string | null = null) {
    const elsewhere = foundIn === null ? '' : ` It is the id of a record in ${foundIn}.`;
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : '';
    super(`Unknown id ${JSON.stringify(id)} in ${scope}.${elsewhere}${hint}`);
    this.name = 'UnknownIdError';
    this.id = id;
    this.scope = scope;
    this.suggestions = Object.freeze([...suggestions]);
    this.foundIn = foundIn;
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
 */
export class TimelineCycleError extends Error {
  /** Stable code for programs: `'TIMELINE_CYCLE'`. */
  readonly code: 'TIMELINE_CYCLE' = 'TIMELINE_CYCLE';
  /** Ids of the events that could not be ordered. */
  readonly events: readonly string[];

  /** @param events - ids of the events that could not be ordered */
  constructor(events: readonly string[]) {
    super(`The event relations form a cycle; these events cannot be ordered: ${events.join(', ')}.`);
    this.name = 'TimelineCycleError';
    this.events = Object.freeze([...events]);
  }
}
