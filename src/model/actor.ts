import type { ArticleIds } from './ids.js';
import type { Evidence, Link } from './span.js';

/** Fields every actor has, whatever its kind. */
// `id` comes first: TypeScript discriminates a large union of records by the first property of unit
// type it finds, and only the id tells 1,000 persons apart (checking a defineArticle literal of
// 1,000 actors that has a mistake took 30 s when `kind` came first).
interface ActorBase<out Kind extends string, out Id extends string> {
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** Discriminant: what sort of actor this is. */
  readonly kind: Kind;
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
 * const title: Title<StoryIds> = { title: 'President', of: 'ukraine', evidence: [{ start: 182, end: 201 }] }; // Ukrainian President
 */
export interface Title<out I extends ArticleIds = ArticleIds> {
  /** The office, as the text names it. */
  readonly title: string;
  /** The id of the actor whose office it is, where the text says (`null` when it does not). */
  readonly of: I['actor'] | null;
  /** The words that give the title. */
  readonly evidence: Evidence;
}

/**
 * A named individual.
 *
 * @example
 * getActor(article, 'zelensky').titles[0]?.title; // => 'President'
 */
export interface Person<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends ActorBase<'person', Id> {
  /** Titles the text gives the person, in text order. */
  readonly titles: readonly Title<I>[];
}

/**
 * A country acting as a polity (its government or people), as opposed to its territory. It links
 * to no other record, so it takes no article ids.
 *
 * @example
 * getActor(article, 'russia').kind; // => 'state'
 */
export interface State<out Id extends string = string> extends ActorBase<'state', Id> {}

/**
 * A body such as a ministry, an alliance, an agency or a news outlet (a company, a court or a
 * party has a kind of its own).
 *
 * @example
 * getActor(article, 'nato').name; // => 'NATO'
 */
export interface Organisation<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends ActorBase<'organisation', Id> {
  /** The actor the organisation belongs to, where the text states or implies it. */
  readonly partOf: Link<I['actor']> | null;
}

/**
 * A company or business.
 *
 * @example
 * const text = 'Northgrid said it would appeal.';
 * const firm: Company = { id: 'northgrid', kind: 'company', name: 'Northgrid', aliases: ['Northgrid'], partOf: null, evidence: [spanOf(text, 'Northgrid')] };
 */
export interface Company<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends ActorBase<'company', Id> {
  /** The company or actor it belongs to, where the text states or implies it. */
  readonly partOf: Link<I['actor']> | null;
}

/**
 * A court or tribunal.
 *
 * @example
 * const text = 'The High Court in Danbury ruled on Thursday.';
 * const court: Court = { id: 'high-court', kind: 'court', name: 'High Court in Danbury', aliases: ['The High Court'], partOf: null, evidence: [spanOf(text, 'The High Court')] };
 */
export interface Court<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends ActorBase<'court', Id> {
  /** The state or body whose court it is, where the text states or implies it. */
  readonly partOf: Link<I['actor']> | null;
}

/**
 * A political party or electoral alliance.
 *
 * @example
 * const text = 'The opposition Green Alliance came second.';
 * const party: Party = { id: 'green-alliance', kind: 'party', name: 'Green Alliance', aliases: ['Green Alliance'], partOf: null, evidence: [spanOf(text, 'Green Alliance')] };
 */
export interface Party<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends ActorBase<'party', Id> {
  /** The alliance the party belongs to, where the text states or implies it. */
  readonly partOf: Link<I['actor']> | null;
}

/**
 * People or bodies the text names together, such as "Journalists in Kyiv".
 *
 * @example
 * getActor(article, 'kyiv-and-allies').members.map((m) => m.id); // => ['ukraine']
 */
export interface Group<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends ActorBase<'group', Id> {
  /** Members the text identifies; the rest of the group is unnamed. */
  readonly members: readonly Link<I['actor']>[];
  /** Where the group is, where the text says. */
  readonly location: Link<I['place']> | null;
}

/**
 * Each kind of actor, by its `kind`: the one list that `Actor` and `ActorKind` are made from.
 *
 * @example
 * const zelensky: ActorKinds<'zelensky', StoryIds>['person'] = getActor(article, 'zelensky');
 */
export interface ActorKinds<out Id extends string = string, out I extends ArticleIds = ArticleIds> {
  /** See {@link Person}. */
  readonly person: Person<Id, I>;
  /** See {@link State}. */
  readonly state: State<Id>;
  /** See {@link Organisation}. */
  readonly organisation: Organisation<Id, I>;
  /** See {@link Group}. */
  readonly group: Group<Id, I>;
  /** See {@link Company}. */
  readonly company: Company<Id, I>;
  /** See {@link Court}. */
  readonly court: Court<Id, I>;
  /** See {@link Party}. */
  readonly party: Party<Id, I>;
}

/** The kinds of actor: `'person' | 'state' | 'organisation' | 'group' | 'company' | 'court' | 'party'`. */
export type ActorKind = keyof ActorKinds;

/**
 * Anyone the story says did or said something: discriminated by `kind`.
 *
 * @example
 * const speaker: Actor = getActor(article, 'putin');
 */
export type Actor<Id extends string = string, I extends ArticleIds = ArticleIds> = ActorKinds<Id, I>[ActorKind];
