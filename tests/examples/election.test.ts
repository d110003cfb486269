import { describe, expect, it } from 'vitest';
import {
  actorsOfKind,
  ambiguitiesOf,
  claimsBy,
  eventsOfType,
  formatAttribution,
  formatQuantity,
  getActor,
  getEvent,
  getStatistic,
  timeline,
} from '../../src/index.js';
import { toGdeltRows } from '../../src/gdelt.js';
import { toJsonLd } from '../../src/json-ld.js';
import { toWebAnnotations } from '../../src/web-annotation.js';
import { validateArticle } from '../../src/validate/validate-article.js';

const example = async () => (await import('../../examples/election/article.js')).election;

describe('the invented election article, asked what a reader asks', () => {
  it('says in its own text that it is invented, and is a valid article of 150–300 words', async () => {
    const election = await example();
    expect(election.text.startsWith('[Invented for the ukraine-energy-strikes examples')).toBe(true);
    const body = election.text.slice(election.paragraphs[1]?.start).split(/\s+/).length;
    expect(body).toBeGreaterThanOrEqual(150);
    expect(body).toBeLessThanOrEqual(300);
    expect(validateArticle(election).ok).toBe(true);
  });

  it('who ran, and who won? Two parties; the result is preliminary, on the commission’s word', async () => {
    const election = await example();
    expect(actorsOfKind(election, 'party').map((a) => a.name)).toEqual(['Civic Union', 'Green Alliance']);
    const share = getStatistic(election, 'civic-union-share');
    expect(formatQuantity(share.value, share.unit)).toBe('41 per cent of the vote');
    expect(share.qualifiers.map((q) => q.kind)).toEqual(['known-so-far']);
    expect(share.attribution.map((a) => formatAttribution(election, a))).toEqual(['stated by Central Election Commission']);
    expect(formatQuantity(getStatistic(election, 'green-alliance-share').value)).toBe('less than 27');
  });

  it('is a vote coded? No: CAMEO has no code for one, so it has no GDELT row', async () => {
    const election = await example();
    expect(eventsOfType(election, 'vote').map((e) => [e.id, e.cameo.code])).toEqual([
      ['election', null],
      ['first-victory', null],
    ]);
    expect(toGdeltRows(election).map((r) => r.event)).toEqual([
      'varga-reaction',
      'concession',
      'state-television-accusation',
      'accusation-denial',
      'opposition-rally',
    ]);
  });

  it('in what order? The 2019 win before Sunday’s election, by the year the text gives', async () => {
    const election = await example();
    expect(getEvent(election, 'first-victory').time).toMatchObject([{ kind: 'year', normalized: '2019' }]);
    expect(
      timeline(election)
        .map((e) => e.id)
        .slice(0, 2),
    ).toEqual(['first-victory', 'election']);
  });

  it('who accused whom, and who denied it?', async () => {
    const election = await example();
    const accusation = getEvent(election, 'state-television-accusation');
    expect(accusation.participants.map((p) => `${getActor(election, p.actor).name}:${p.role}`)).toEqual(['Ines Moreau:speaker', 'Esland:target']);
    expect(getEvent(election, 'accusation-denial').cameo.code).toBe('016');
    expect(ambiguitiesOf(election, 'accusation-denial').map((a) => a.id)).toEqual(['government-and-party']);
  });

  it('was the rally peaceful? ACLED’s “Peaceful protest”, on the police’s word', async () => {
    const election = await example();
    expect(getEvent(election, 'opposition-rally').acled?.subEventType).toBe('Peaceful protest');
    expect(claimsBy(election, 'police').map((c) => c.summary)).toEqual(['Police said the rally was peaceful.']);
  });

  it('exports: parties as schema.org PoliticalParty; one annotation per record', async () => {
    const election = await example();
    const parties = toJsonLd(election)['@graph'].filter((n) => n['@type'] === 'PoliticalParty');
    expect(parties.map((n) => ('name' in n ? n.name : ''))).toEqual(['Civic Union', 'Green Alliance']);
    const records = [election.actors, election.places, election.events, election.quotes, election.statistics, election.claims].flat();
    expect(toWebAnnotations(election).total).toBe(records.length);
  });
});
