import type { ArticleIds } from './ids.js';
import type { Evidence, Link } from './span.js';

/** Fields every place has, whatever its kind. */
// `id` first, as in ActorBase (see there).
interface PlaceBase<out Kind extends string, out Id extends string, out I extends ArticleIds> {
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** Discriminant: what sort of place this is. */
  readonly kind: Kind;
  /** Canonical name (written by the package authors; the text's own forms are in `aliases`). */
  readonly name: string;
  /** The distinct surface forms the text uses for this place, in order of first use. */
  readonly aliases: readonly string[];
  /** The place that contains this one, where the text states or implies it. */
  readonly partOf: Link<I['place']> | null;
  /** Every span that mentions the place ("the capital" and "the country" included). */
  readonly evidence: Evidence;
}

/**
 * A country as territory (the polity is a `State` actor).
 *
 * @example
 * getPlace(article, 'ukraine-country').aliases; // => ['the country', 'Ukraine']
 */
export interface Country<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends PlaceBase<'country', Id, I> {}

/**
 * A city.
 *
 * @example
 * getPlace(article, 'kyiv').partOf?.id; // => 'ukraine-country'
 */
export interface City<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends PlaceBase<'city', Id, I> {}

/**
 * A region that is not an administrative area: a named one such as Donbas, or an unnamed set such
 * as "most regions".
 *
 * @example
 * getPlace(article, 'most-regions').named; // => false
 */
export interface Region<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends PlaceBase<'region', Id, I> {
  /** `true` for a region the text names, `false` for an unnamed set of regions. */
  readonly named: boolean;
}

/**
 * An administrative area: a state, province, county, district or municipality the text names.
 *
 * @example
 * const text = 'Hollin County council declared a state of emergency.';
 * const county: AdministrativeArea = { id: 'hollin-county', kind: 'administrative-area', name: 'Hollin County', aliases: ['Hollin County'], partOf: null, evidence: [spanOf(text, 'Hollin County')] };
 */
export interface AdministrativeArea<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends PlaceBase<'administrative-area', Id, I> {}

/**
 * A site or facility: a building, bridge, power plant, port, airport, court house or camp.
 *
 * @example
 * const text = 'A tanker exploded on the Third Mainland Bridge.';
 * const bridge: Site = { id: 'third-mainland-bridge', kind: 'site', name: 'Third Mainland Bridge', aliases: ['the Third Mainland Bridge'], partOf: null, evidence: [spanOf(text, 'the Third Mainland Bridge')] };
 */
export interface Site<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends PlaceBase<'site', Id, I> {}

/**
 * A body of water: a river, lake, sea, bay or reservoir.
 *
 * @example
 * const text = 'Floodwaters from the River Tamsel swept through the town.';
 * const river: BodyOfWater = { id: 'river-tamsel', kind: 'body-of-water', name: 'River Tamsel', aliases: ['the River Tamsel'], partOf: null, evidence: [spanOf(text, 'the River Tamsel')] };
 */
export interface BodyOfWater<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends PlaceBase<'body-of-water', Id, I> {}

/**
 * Each kind of place, by its `kind`: the one list that `Place` and `PlaceKind` are made from.
 *
 * @example
 * const kyiv: PlaceKinds<'kyiv', StoryIds>['city'] = getPlace(article, 'kyiv');
 */
export interface PlaceKinds<out Id extends string = string, out I extends ArticleIds = ArticleIds> {
  /** See {@link Country}. */
  readonly country: Country<Id, I>;
  /** See {@link City}. */
  readonly city: City<Id, I>;
  /** See {@link Region}. */
  readonly region: Region<Id, I>;
  /** See {@link AdministrativeArea}. */
  readonly 'administrative-area': AdministrativeArea<Id, I>;
  /** See {@link Site}. */
  readonly site: Site<Id, I>;
  /** See {@link BodyOfWater}. */
  readonly 'body-of-water': BodyOfWater<Id, I>;
}

/** The kinds of place: `'country' | 'city' | 'region' | 'administrative-area' | 'site' | 'body-of-water'`. */
export type PlaceKind = keyof PlaceKinds;

/**
 * Where something happened: discriminated by `kind`.
 *
 * @example
 * const where: Place = getPlace(article, 'budapest');
 */
export type Place<Id extends string = string, I extends ArticleIds = ArticleIds> = PlaceKinds<Id, I>[PlaceKind];
