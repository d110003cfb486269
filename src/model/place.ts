import type { Evidence, Link } from './span.js';

/** Fields every place has, whatever its kind. */
interface PlaceBase<out Kind extends string, out Id extends string> {
  /** Discriminant: what sort of place this is. */
  readonly kind: Kind;
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** Canonical name (written by the package authors; the text's own forms are in `aliases`). */
  readonly name: string;
  /** The distinct surface forms the text uses for this place, in order of first use. */
  readonly aliases: readonly string[];
  /** The place that contains this one, where the text states or implies it. */
  readonly partOf: Link | null;
  /** Every span that mentions the place ("the capital" and "the country" included). */
  readonly evidence: Evidence;
}

/**
 * A country as territory (the polity is a `State` actor).
 *
 * @example
 * getPlace(article, 'ukraine-country').aliases; // => ['the country', 'Ukraine']
 */
export interface Country<out Id extends string = string> extends PlaceBase<'country', Id> {}

/**
 * A city.
 *
 * @example
 * getPlace(article, 'kyiv').partOf?.id; // => 'ukraine-country'
 */
export interface City<out Id extends string = string> extends PlaceBase<'city', Id> {}

/**
 * A region: a named one such as Donbas, or an unnamed set such as "most regions".
 *
 * @example
 * getPlace(article, 'most-regions').named; // => false
 */
export interface Region<out Id extends string = string> extends PlaceBase<'region', Id> {
  /** `true` for a region the text names, `false` for an unnamed set of regions. */
  readonly named: boolean;
}

/**
 * Where something happened: discriminated by `kind`.
 *
 * @example
 * const where: Place = getPlace(article, 'budapest');
 */
export type Place<Id extends string = string> = Country<Id> | City<Id> | Region<Id>;

/** The kinds of place: `Place['kind']`. */
export type PlaceKind = Place['kind'];
