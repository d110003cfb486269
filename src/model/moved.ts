/**
 * A record id that a release renamed: the old id and the record's id now. The untyped lookups
 * (`findActor`, `findRecord`, …) follow it, so an id stored by a program before the rename still
 * finds its record; the typed ones (`getActor`, …) take current ids only, and name the new id in
 * the error they throw for an old one. Ids are part of the package's API: a rename is a major
 * release, and its changelog entry lists it.
 *
 * @example
 * const moved: MovedId = { from: 'zelenskyy', to: 'zelensky' };
 */
export interface MovedId {
  /** The old id, which no record has now. */
  readonly from: string;
  /** The id of the same record now (a string, as the old ids are: it is read by untyped lookups). */
  readonly to: string;
}
