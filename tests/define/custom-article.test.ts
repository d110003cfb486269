import { describe, expect, it } from 'vitest';
import {
  claimsBy,
  eventsInvolving,
  evidenceOf,
  getActor,
  getStatistic,
  partsOf,
  quotesBy,
  recordsAt,
  sentencesOf,
  statisticsAbout,
  timeline,
} from '../../src/index.js';
import { validateArticle } from '../../src/validate/validate-article.js';

// Imported inside each test, not at the top: the example runs defineArticle when it loads, and the
// mutation run attributes code to the tests that run it (code run at load time counts for every test).
const example = () => import('../../examples/custom-article/article.js');

describe('the invented council article, queried with the same helpers', () => {
  it('says in its own text that it is invented', async () => {
    const { council, text } = await example();
    expect(council.text).toBe(text);
    expect(council.text.startsWith('[Invented for the ukraine-energy-strikes examples')).toBe(true);
    expect(council.sentences.map((s) => council.text.slice(s.start, s.end))[0]).toMatch(/do not exist\.\]$/);
  });

  it('is valid, and frozen', async () => {
    const { council } = await example();
    expect(validateArticle(council).ok).toBe(true);
    expect(Object.isFrozen(council.quotes[0])).toBe(true);
  });

  it('getActor: who is the mayor?', async () => {
    const { council } = await example();
    const mayor = getActor(council, 'ada-quill');
    expect(mayor.name).toBe('Ada Quill');
    expect(mayor.titles.map((t) => t.title)).toEqual(['Mayor']);
    expect(() => getActor(council, 'ada' as never)).toThrow('Unknown id "ada" in actors. Did you mean "ada-quill"?');
  });

  it('quotesBy: what did the mayor say?', async () => {
    const { council } = await example();
    expect(quotesBy(council, 'ada-quill').map((q) => [q.text, q.form])).toEqual([['a hazard we can no longer ignore', 'partial']]);
    expect(quotesBy(council, 'opposition-group')).toEqual([]);
  });

  it('timeline: in what order did things happen?', async () => {
    const { council } = await example();
    expect(timeline(council).map((e) => e.id)).toEqual(['council-meeting', 'footbridge-proposal', 'plan-rejection']);
  });

  it('recordsAt: what is said at the words "library"?', async () => {
    const { council } = await example();
    const at = council.text.indexOf('library');
    expect(recordsAt(council, at).map((e) => `${e.collection}:${e.record.id}`)).toEqual(['claims:library-left-without-money']);
    expect(recordsAt(council, council.text.indexOf('Ada')).map((e) => `${e.collection}:${e.record.id}`)).toEqual([
      'actors:ada-quill',
      'events:footbridge-proposal',
    ]);
  });

  it('statistics: how much would the bridge cost, and according to whom?', async () => {
    const { council } = await example();
    const cost = getStatistic(council, 'footbridge-cost');
    expect(cost.value).toEqual({
      kind: 'range',
      min: { value: 1_200_000, inclusive: true },
      max: { value: 1_500_000, inclusive: true },
      reading: '"between 1.2 and 1.5 million": both ends included',
    });
    expect(cost.attribution.map((a) => a.source)).toEqual(['opposition-group']);
    expect(statisticsAbout(council, 'footbridge-proposal').map((s) => s.id)).toEqual(['footbridge-cost']);
    expect(partsOf(council, 'footbridge-cost')).toEqual([]);
    expect(evidenceOf(council, 'footbridge-cost').map((s) => s.text)).toEqual(['between 1.2 and 1.5 million pounds', 'expected to cost']);
  });

  it('claims and events: what does the opposition argue and do?', async () => {
    const { council } = await example();
    expect(claimsBy(council, 'opposition-group').map((c) => c.summary)).toEqual(['The footbridge works would leave the library without money.']);
    expect(eventsInvolving(council, 'opposition-group', 'agent').map((e) => e.type)).toEqual(['rejection']);
    expect(sentencesOf(council, getActor(council, 'opposition-group').evidence[0]).map((s) => s.text.slice(0, 38))).toEqual([
      'The opposition group rejected the plan',
    ]);
  });
});
