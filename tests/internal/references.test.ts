import { describe, expect, it } from 'vitest';
import { referencesOf } from '../../src/internal/references.js';
import type { Reference } from '../../src/internal/references.js';
import type { Article, Collection, RecordEntry } from '../../src/model/article.js';

const link = (id: string) => ({ id, basis: 'stated', evidence: [] });
const time = (kind: string, statistic?: string) => ({ kind, ...(statistic === undefined ? {} : { statistic }), evidence: [] });

/** A record of the collection holding only the fields references are read from. */
const entry = (collection: Collection, record: object): RecordEntry<Article> => ({ collection, record }) as never;

/** What referencesOf gives, as `target path -> id` lines, so a failure shows which field went wrong. */
const lines = (refs: readonly Reference[]): string[] => refs.map((r) => `${r.target} ${JSON.stringify(r.path)} -> ${r.id}`);

// Every field that can hold a reference, filled, and a record of each other kind with the same
// fields, to show that only the fields of its own kind are read. Built inside each test: code run
// while vitest collects counts, in the mutation run, as covered by every test.
describe('referencesOf', () => {
  it.each<[string, () => RecordEntry<Article>, readonly string[]]>([
    [
      'a person: the organisation of each title',
      () => entry('actors', { kind: 'person', titles: [{ of: null }, { of: 'council' }], partOf: link('x') }),
      ['actors ["titles",1,"of"] -> council'],
    ],
    [
      'an organisation: the one it is part of',
      () => entry('actors', { kind: 'organisation', partOf: link('ministry') }),
      ['actors ["partOf","id"] -> ministry'],
    ],
    ['an organisation that is part of nothing', () => entry('actors', { kind: 'organisation', partOf: null }), []],
    [
      'a state: nothing, whatever fields it has',
      () => entry('actors', { kind: 'state', partOf: link('x'), members: [link('y')], location: link('z'), titles: [{ of: 'w' }] }),
      [],
    ],
    [
      'a group: its members and its location',
      () => entry('actors', { kind: 'group', members: [link('a'), link('b')], location: link('city'), partOf: link('x') }),
      ['actors ["members",0,"id"] -> a', 'actors ["members",1,"id"] -> b', 'places ["location","id"] -> city'],
    ],
    ['a place: the place it is part of', () => entry('places', { kind: 'city', partOf: link('country') }), ['places ["partOf","id"] -> country']],
    [
      'an event: participants, places, sources, related events, and the statistic of each duration',
      () =>
        entry('events', {
          participants: [{ actor: 'mayor', role: 'agent' }],
          places: [link('city')],
          attribution: [{ source: 'paper' }],
          relations: [{ type: 'after', event: 'vote' }],
          time: [time('month'), time('duration', 'four-years'), { kind: 'night', statistic: 'not-read', evidence: [] }],
        }),
      [
        'actors ["participants",0,"actor"] -> mayor',
        'places ["places",0,"id"] -> city',
        'actors ["attribution",0,"source"] -> paper',
        'events ["relations",0,"event"] -> vote',
        'statistics ["time",1,"statistic"] -> four-years',
      ],
    ],
    [
      'a quote: speaker, the event it responds to, what it is about',
      () => entry('quotes', { speaker: 'mayor', respondsTo: 'vote', about: 'bridge' }),
      ['actors ["speaker"] -> mayor', 'events ["respondsTo"] -> vote', 'records ["about"] -> bridge'],
    ],
    [
      'a quote that responds to nothing and is about nothing',
      () => entry('quotes', { speaker: 'mayor', respondsTo: null, about: null }),
      ['actors ["speaker"] -> mayor'],
    ],
    [
      'a statistic: sources, events, the whole it is part of, and the statistic of each duration',
      () =>
        entry('statistics', {
          attribution: [{ source: 'paper' }],
          about: ['vote', 'strike'],
          partOf: link('total'),
          time: [{ kind: 'night', statistic: 'not-read', evidence: [] }, time('duration', 'term')],
        }),
      [
        'actors ["attribution",0,"source"] -> paper',
        'events ["about",0] -> vote',
        'events ["about",1] -> strike',
        'statistics ["partOf","id"] -> total',
        'statistics ["time",1,"statistic"] -> term',
      ],
    ],
    [
      'a claim: sources, what it is about, related claims',
      () => entry('claims', { attribution: [{ source: 'mayor' }], about: ['bridge'], relations: [{ type: 'supports', claim: 'other' }] }),
      ['actors ["attribution",0,"source"] -> mayor', 'records ["about",0] -> bridge', 'claims ["relations",0,"claim"] -> other'],
    ],
  ])('%s', (_, record, expected) => {
    expect(lines(referencesOf(record()))).toEqual(expected);
  });
});
