import { describe, expect, it } from 'vitest';
import { entries, entriesById } from '../../src/internal/entries.js';
import type { Article } from '../../src/model/index.js';
import { edgeArticle } from '../export/fixture.js';

describe('entriesById', () => {
  it('indexes every record by id, with its collection', () => {
    const byId = entriesById(edgeArticle);
    expect([...byId].map(([id, entry]) => `${id}:${entry.collection}`)).toEqual(['ana:actors', 'lviv:places', 'singing:events', 'yes:quotes']);
    expect(byId.get('lviv')?.record).toBe(edgeArticle.places[0]);
  });

  it('keeps the first record with an id when a later one repeats it', () => {
    // A valid article has unique ids; an Article built by hand need not.
    const [ana] = edgeArticle.actors;
    const [lviv] = edgeArticle.places;
    if (ana === undefined || lviv === undefined) throw new Error('expected an actor and a place');
    const duplicated: Article = { ...edgeArticle, actors: [ana, { ...ana, name: 'Another Ana' }], places: [{ ...lviv, id: 'ana' }] };
    expect(entries(duplicated)).toHaveLength(5);
    expect(entriesById(duplicated).get('ana')).toEqual({ collection: 'actors', record: ana });
    expect(entriesById(duplicated).size).toBe(3);
  });
});
