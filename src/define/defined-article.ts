import type { Actor, ActorKinds } from '../model/actor.js';
import type { Article, ArticleRecords } from '../model/article.js';
import type { Claim } from '../model/claim.js';
import type { OutsideContext } from '../model/context.js';
import type { Event, EventTypes } from '../model/event.js';
import type { ArticleIds } from '../model/ids.js';
import type { Place, PlaceKinds } from '../model/place.js';
import type { Quote } from '../model/quote.js';
import type { ExactValue, Quantity, RangeValue, Statistic } from '../model/statistic.js';

/**
 * What `defineArticle` keeps of an article literal: each collection's ids, with each record's
 * kind (`type` for events, the value's `kind` for statistics), and whether it has outside context.
 * Nothing else of the literal (not its text) reaches the type of the article it returns. A record
 * whose id is not a literal (a variable of type `string`, or a record still being written) counts
 * under the key `'*'`, which no id can be: that collection's ids are then `string`, and such a
 * record may be of any kind, while the others keep theirs.
 *
 * @example
 * const shape: DefinedShape = { actors: { herald: 'organisation', ann: 'person' }, places: {}, events: {}, quotes: 'q', statistics: {}, claims: 'c', context: false };
 */
export interface DefinedShape {
  /** Actor ids, each with its `kind`. */
  readonly actors: { readonly [id: string]: string };
  /** Place ids, each with its `kind`. */
  readonly places: { readonly [id: string]: string };
  /** Event ids, each with its `type`. */
  readonly events: { readonly [id: string]: string };
  /** The quote ids. */
  readonly quotes: string;
  /** Statistic ids, each with the `kind` of its value. */
  readonly statistics: { readonly [id: string]: string };
  /** The claim ids. */
  readonly claims: string;
  /** Whether `context` is an `OutsideContext` (`true`), `null` (`false`), or either (`boolean`). */
  readonly context: boolean;
}

/**
 * The ids of an article made by `defineArticle`, collection by collection: the types of its links.
 *
 * @example
 * const speaker: DefinedIds<{ actors: { ann: 'person' }; places: {}; events: {}; quotes: never; statistics: {}; claims: never; context: false }>['actor'] = 'ann';
 */
// Spelt out rather than through `IdsOf`, so that an error names the ids, not the alias.
export interface DefinedIds<S extends DefinedShape> extends ArticleIds {
  /** The actor ids. */
  readonly actor: Exclude<keyof S['actors'] & string, '*'> | ('*' extends keyof S['actors'] ? string : never);
  /** The place ids. */
  readonly place: Exclude<keyof S['places'] & string, '*'> | ('*' extends keyof S['places'] ? string : never);
  /** The event ids. */
  readonly event: Exclude<keyof S['events'] & string, '*'> | ('*' extends keyof S['events'] ? string : never);
  /** The quote ids. */
  readonly quote: Exclude<S['quotes'], '*'> | ('*' extends S['quotes'] ? string : never);
  /** The statistic ids. */
  readonly statistic: Exclude<keyof S['statistics'] & string, '*'> | ('*' extends keyof S['statistics'] ? string : never);
  /** The claim ids. */
  readonly claim: Exclude<S['claims'], '*'> | ('*' extends S['claims'] ? string : never);
}

/** The ids of a collection's map of ids to kinds: its literal ids, or `string` if it holds a `'*'`. */
export type IdsOf<M> = Exclude<keyof M & string, '*'> | ('*' extends keyof M ? string : never);

/** The member of `Kinds` named `K`, or every member where `K` is none of its keys (a mistake the literal's check reports). */
export type KindIn<Kinds, K> = K extends keyof Kinds ? Kinds[K] : Kinds[keyof Kinds];

/** The value types of statistics, by their `kind`. */
export interface ValueKinds {
  /** See {@link ExactValue}. */
  readonly exact: ExactValue;
  /** See {@link RangeValue}. */
  readonly range: RangeValue;
}

/**
 * The record types of an article made by `defineArticle`, built from its shape: each record is its
 * own kind's named type (`Person<'ann', DefinedIds<S>>`), and every link is typed by the article's ids.
 *
 * @example
 * type Tiny = DefinedRecords<{ actors: { ann: 'person' }; places: {}; events: {}; quotes: never; statistics: {}; claims: never; context: false }>;
 * const ann: Tiny['actor'] = { kind: 'person', id: 'ann', name: 'Ann', aliases: ['Ann'], titles: [], evidence: getActor(article, 'zelensky').evidence };
 * ann.kind; // => 'person'
 */
export interface DefinedRecords<S extends DefinedShape> extends ArticleRecords {
  /** See {@link DefinedIds}. */
  readonly ids: DefinedIds<S>;
  /** Each actor, typed by its id and kind (any kind, for one whose id is not a literal). */
  readonly actor:
    | { readonly [Id in Exclude<keyof S['actors'] & string, '*'>]: KindIn<ActorKinds<Id, DefinedIds<S>>, S['actors'][Id]> }[Exclude<
        keyof S['actors'] & string,
        '*'
      >]
    | ('*' extends keyof S['actors'] ? Actor<string, DefinedIds<S>> : never);
  /** Each place, typed by its id and kind. */
  readonly place:
    | { readonly [Id in Exclude<keyof S['places'] & string, '*'>]: KindIn<PlaceKinds<Id, DefinedIds<S>>, S['places'][Id]> }[Exclude<
        keyof S['places'] & string,
        '*'
      >]
    | ('*' extends keyof S['places'] ? Place<string, DefinedIds<S>> : never);
  /** Each event, typed by its id and type. */
  readonly event:
    | { readonly [Id in Exclude<keyof S['events'] & string, '*'>]: KindIn<EventTypes<Id, DefinedIds<S>>, S['events'][Id]> }[Exclude<
        keyof S['events'] & string,
        '*'
      >]
    | ('*' extends keyof S['events'] ? Event<string, DefinedIds<S>> : never);
  /** Each quote, typed by its id. */
  readonly quote: Quote<DefinedIds<S>['quote'], DefinedIds<S>>;
  /** Each statistic, typed by its id and the kind of its value. */
  readonly statistic:
    | {
        readonly [Id in Exclude<keyof S['statistics'] & string, '*'>]: Statistic<Id, DefinedIds<S>, KindIn<ValueKinds, S['statistics'][Id]> & Quantity>;
      }[Exclude<keyof S['statistics'] & string, '*'>]
    | ('*' extends keyof S['statistics'] ? Statistic<string, DefinedIds<S>> : never);
  /** Each claim, typed by its id. */
  readonly claim: Claim<DefinedIds<S>['claim'], DefinedIds<S>>;
  /** The outside context, or `null`, as the literal has it. */
  readonly context: (S['context'] extends false ? never : OutsideContext<DefinedIds<S>>) | (S['context'] extends true ? never : null);
}

/**
 * The type of an article made by `defineArticle`: the model, with the literal's ids and kinds.
 * Its hover names the ids and kinds only, not the literal.
 *
 * @example
 * const mine = defineArticle({ ...article, id: 'my-copy' });
 * const same: DefinedArticle<{ actors: { [id: string]: string }; places: {}; events: {}; quotes: string; statistics: {}; claims: string; context: boolean }> | null = null;
 * getActor(mine, 'zelensky').kind; // => 'person'
 */
export interface DefinedArticle<S extends DefinedShape> extends Article<DefinedRecords<S>> {}

/** The elements of the array at `T[K]`, or `never`. */
export type MembersOf<T, K extends string> = T extends { readonly [P in K]: readonly (infer E)[] } ? E : never;

/**
 * The literal id of a record, or `'*'` for a record whose id is no literal (a record still being
 * written, or an id not known until run time): see {@link DefinedShape}.
 */
export type IdIn<R> = R extends { readonly id: infer Id extends string } ? (string extends Id ? '*' : Id) : '*';

/** The discriminant `D` of a record (a `kind` or `type`), or `string`. */
export type TagIn<R, D extends string> = R extends { readonly [P in D]: infer V extends string } ? V : string;

/** The kind of a statistic's value, or `string`. */
export type ValueKindIn<R> = R extends { readonly value: { readonly kind: infer V extends string } } ? V : string;

/** Whether an article literal has outside context: `false` for `null`, `true` for an object, else `boolean`. */
export type ContextIn<T> = T extends { readonly context: infer C } ? (C extends null ? false : null extends C ? boolean : true) : boolean;
