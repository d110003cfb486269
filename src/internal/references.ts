import type { Article, Collection, RecordEntry } from '../model/article.js';

/** One reference from a record to another record, by id, with the field path it sits in. */
export interface Reference {
  /** The id referred to. */
  readonly id: string;
  /** What the id must name. */
  readonly target: 'actors' | 'places' | 'events' | 'statistics' | 'claims' | 'records';
  /** Where in the record the id sits, as the keys below the record (`['relations', 0, 'event']`). */
  readonly path: readonly (string | number)[];
}

/** Every reference a record makes to other records, in field order. */
export function referencesOf(entry: RecordEntry<Article>): Reference[] {
  const refs: Reference[] = [];
  const add = (id: string | null | undefined, target: Reference['target'], path: Reference['path']): void => {
    if (id != null) refs.push({ id, target, path });
  };
  switch (entry.collection) {
    case 'actors': {
      const actor = entry.record;
      if (actor.kind === 'person') actor.titles.forEach((t, i) => add(t.of, 'actors', ['titles', i, 'of']));
      if (actor.kind === 'organisation' || actor.kind === 'company' || actor.kind === 'court' || actor.kind === 'party') {
        add(actor.partOf?.id, 'actors', ['partOf', 'id']);
      }
      if (actor.kind === 'group') {
        actor.members.forEach((m, i) => add(m.id, 'actors', ['members', i, 'id']));
        add(actor.location?.id, 'places', ['location', 'id']);
      }
      break;
    }
    case 'places':
      add(entry.record.partOf?.id, 'places', ['partOf', 'id']);
      break;
    case 'events': {
      const event = entry.record;
      event.participants.forEach((p, i) => add(p.actor, 'actors', ['participants', i, 'actor']));
      event.places.forEach((p, i) => add(p.id, 'places', ['places', i, 'id']));
      event.attribution.forEach((a, i) => add(a.source, 'actors', ['attribution', i, 'source']));
      event.relations.forEach((r, i) => add(r.event, 'events', ['relations', i, 'event']));
      event.time.forEach((t, i) => {
        if (t.kind === 'duration') add(t.statistic, 'statistics', ['time', i, 'statistic']);
      });
      break;
    }
    case 'quotes':
      add(entry.record.speaker, 'actors', ['speaker']);
      add(entry.record.respondsTo, 'events', ['respondsTo']);
      add(entry.record.about, 'records', ['about']);
      break;
    case 'statistics': {
      const statistic = entry.record;
      statistic.attribution.forEach((a, i) => add(a.source, 'actors', ['attribution', i, 'source']));
      statistic.about.forEach((id, i) => add(id, 'events', ['about', i]));
      add(statistic.partOf?.id, 'statistics', ['partOf', 'id']);
      statistic.time.forEach((t, i) => {
        if (t.kind === 'duration') add(t.statistic, 'statistics', ['time', i, 'statistic']);
      });
      break;
    }
    case 'claims': {
      const claim = entry.record;
      claim.attribution.forEach((a, i) => add(a.source, 'actors', ['attribution', i, 'source']));
      claim.about.forEach((id, i) => add(id, 'records', ['about', i]));
      claim.relations.forEach((r, i) => add(r.claim, 'claims', ['relations', i, 'claim']));
      break;
    }
  }
  return refs;
}

/** The singular noun for one record of each collection (`'actor'` for `'actors'`). */
export const singular: { readonly [C in Collection]: string } = {
  actors: 'actor',
  places: 'place',
  events: 'event',
  quotes: 'quote',
  statistics: 'statistic',
  claims: 'claim',
};

/** The record collections, in the order the article lists them. */
export const collections: readonly Collection[] = ['actors', 'places', 'events', 'quotes', 'statistics', 'claims'];

/** Every record of an article with its collection, collection by collection, each in text order. */
export function entriesOf<A extends Article>(article: A): RecordEntry<A>[] {
  const entries: RecordEntry<A>[] = [];
  for (const collection of collections) {
    for (const record of article[collection]) {
      entries.push(Object.freeze({ collection, record }) as RecordEntry<A>);
    }
  }
  return entries;
}
