import type { Evidence, Link } from './span.js';

/** Fields every actor has, whatever its kind. */
interface ActorBase<out Kind extends string, out Id extends string> {
  /** Discriminant: what sort of actor this is. */
  readonly kind: Kind;
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** Canonical name (written by the package authors; the text's own forms are in `aliases`). */
  readonly name: string;
  /** The distinct surface forms the text uses for this actor, in order of first use. */
  readonly aliases: readonly string[];
  /**
   * Every span that names the actor, including metonyms such as "Kyiv" for Ukraine's government.
   * Pronouns ("he", "its") are not names: they stand in the evidence of participants and attributions.
   */
  readonly evidence: Evidence;
}

/**
 * A title the text gives a person, such as "Ukrainian President".
 *
 * @example
 * const title: Title = { title: 'President', of: 'ukraine', evidence: [{ start: 191, end: 210 }] };
 */
export interface Title {
  /** The office, as the text names it. */
  readonly title: string;
  /** The id of the actor whose office it is, where the text says (`null` when it does not). */
  readonly of: string | null;
  /** The words that give the title. */
  readonly evidence: Evidence;
}

/**
 * A named individual.
 *
 * @example
 * getActor(article, 'zelensky').titles[0].title; // => 'President'
 */
export interface Person<out Id extends string = string> extends ActorBase<'person', Id> {
  /** Titles the text gives the person, in text order. */
  readonly titles: readonly Title[];
}

/**
 * A country acting as a polity (its government or people), as opposed to its territory.
 *
 * @example
 * getActor(article, 'russia').kind; // => 'state'
 */
export interface State<out Id extends string = string> extends ActorBase<'state', Id> {}

/**
 * A body such as a ministry, an alliance or a news outlet.
 *
 * @example
 * getActor(article, 'nato').name; // => 'NATO'
 */
export interface Organisation<out Id extends string = string> extends ActorBase<'organisation', Id> {
  /** The actor the organisation belongs to, where the text states or implies it. */
  readonly partOf: Link | null;
}

/**
 * People or bodies the text names together, such as "Journalists in Kyiv".
 *
 * @example
 * getActor(article, 'kyiv-and-allies').members.map((m) => m.id); // => ['ukraine']
 */
export interface Group<out Id extends string = string> extends ActorBase<'group', Id> {
  /** Members the text identifies; the rest of the group is unnamed. */
  readonly members: readonly Link[];
  /** Where the group is, where the text says. */
  readonly location: Link | null;
}

/**
 * Anyone the story says did or said something: discriminated by `kind`.
 *
 * @example
 * const speaker: Actor = getActor(article, 'putin');
 */
export type Actor<Id extends string = string> = Person<Id> | State<Id> | Organisation<Id> | Group<Id>;

/** The kinds of actor: `Actor['kind']`. */
export type ActorKind = Actor['kind'];
