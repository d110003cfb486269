import { describe, expect, it } from 'vitest';
import { loadCouncil } from '../council.js';
import { article } from '../../src/index.js';
import type { ArticleProblem } from '../../src/validate/problem.js';
import { validateArticle } from '../../src/validate/validate-article.js';

/** A deep, mutable copy of the built-in article, to break on purpose. */
type Draft = any;
const draft = (): Draft => structuredClone(article);
const edited = (edit: (d: Draft) => void): Draft => {
  const d = draft();
  edit(d);
  return d;
};
const problemsOf = (input: unknown): readonly ArticleProblem[] => {
  const result = validateArticle(input);
  return result.ok ? [] : result.problems;
};
const index = (collection: string, id: string): number => {
  const i = (article as Draft)[collection].findIndex((r: { id: string }) => r.id === id);
  if (i < 0) throw new Error(`no ${id}`);
  return i;
};

describe('validateArticle on the built-in article', () => {
  it('is valid, with no problems', () => {
    const result = validateArticle(article);
    expect(result.ok).toBe(true);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('returns a deeply frozen copy that equals the input, and leaves the input as it was', () => {
    const input = draft();
    const before = structuredClone(input);
    const result = validateArticle(input);
    if (!result.ok) throw new Error('expected ok');
    expect(result.article).toEqual(article);
    expect(result.article).not.toBe(input);
    expect(Object.isFrozen(result.article)).toBe(true);
    expect(Object.isFrozen(result.article.events[0]?.evidence[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(input).toEqual(before);
  });

  it('accepts the article after a JSON round trip', () => {
    expect(validateArticle(JSON.parse(JSON.stringify(article))).ok).toBe(true);
  });
});

describe('one problem per code, with its exact message', () => {
  const zelensky = index('actors', 'zelensky');
  const wasted = index('quotes', 'wasted-meeting');
  const leftWithoutPower = index('statistics', 'left-without-power');
  const peopleKilled = index('statistics', 'people-killed');
  const region = article.places.findIndex((p) => p.kind === 'region');
  const invasion = index('events', 'russian-invasion');
  const month = article.events[invasion]?.time.findIndex((t) => t.kind === 'month') ?? -1;

  it.each<[string, (d: Draft) => void, ArticleProblem]>([
    [
      'a wrong discriminant',
      (d) => (d.actors[zelensky].kind = 'persn'),
      {
        code: 'SHAPE',
        path: `/actors/${zelensky}/kind`,
        message: `Expected one of "person", "state", "organisation", "group", "company", "court", "party" at /actors/${zelensky}/kind, got the string "persn".`,
      },
    ],
    [
      'a month that is not YYYY-MM',
      (d) => (d.events[invasion].time[month].normalized = '2022-2'),
      {
        code: 'SHAPE',
        path: `/events/${invasion}/time/${month}/normalized`,
        message: `Expected a YYYY-MM month at /events/${invasion}/time/${month}/normalized, got the string "2022-2".`,
      },
    ],
    [
      'a field of the wrong type',
      (d) => (d.paragraphs[0].start = '0'),
      { code: 'SHAPE', path: '/paragraphs/0/start', message: 'Expected an integer at /paragraphs/0/start, got the string "0".' },
    ],
    [
      'a property the model does not have',
      (d) => (d.actors[0].nickname = 'UA'),
      { code: 'SHAPE', path: '/actors/0/nickname', message: 'Unexpected property "nickname" at /actors/0: it is not part of the model.' },
    ],
    [
      'an empty evidence array',
      (d) => (d.places[0].evidence = []),
      { code: 'SHAPE', path: '/places/0/evidence', message: 'Expected at least one span at /places/0/evidence, got an empty array.' },
    ],
    [
      'a span past the end of the text',
      (d) => (d.actors[0].evidence[1] = { start: 2020, end: 2030 }),
      {
        code: 'SPAN_OUT_OF_BOUNDS',
        path: '/actors/0/evidence/1',
        message: 'The span at /actors/0/evidence/1 (2020–2030) ends past the end of the text (length 2026).',
      },
    ],
    [
      'a negative start',
      (d) => (d.actors[0].evidence[1] = { start: -1, end: 3 }),
      {
        code: 'SPAN_OUT_OF_BOUNDS',
        path: '/actors/0/evidence/1',
        message: 'The span at /actors/0/evidence/1 starts at -1, before the start of the text.',
      },
    ],
    [
      'an empty span',
      (d) => (d.actors[0].evidence[1] = { start: 870, end: 870 }),
      {
        code: 'SPAN_EMPTY',
        path: '/actors/0/evidence/1',
        message: 'The span at /actors/0/evidence/1 (870–870) is empty: its end must be greater than its start.',
      },
    ],
    [
      'an id used twice, in two collections',
      (d) => d.places.push({ ...d.places.at(-1), id: 'ukraine' }),
      {
        code: 'DUPLICATE_ID',
        path: `/places/${article.places.length}/id`,
        message: `The id "ukraine" at /places/${article.places.length}/id is already used by /actors/0: ids must be unique across all collections.`,
      },
    ],
    [
      'a reference to no record',
      (d) => (d.quotes[0].speaker = 'zelenskyy'),
      {
        code: 'UNKNOWN_REFERENCE',
        path: '/quotes/0/speaker',
        message: '/quotes/0/speaker names "zelenskyy", which is not the id of any actor. Did you mean "zelensky"?',
      },
    ],
    [
      'a reference to a record of the wrong collection',
      (d) => (d.quotes[0].speaker = 'kyiv'),
      {
        code: 'WRONG_REFERENCE_KIND',
        path: '/quotes/0/speaker',
        message: '/quotes/0/speaker names "kyiv", which is a place, not an actor.',
      },
    ],
    [
      'a range with its minimum above its maximum',
      (d) => (d.statistics[leftWithoutPower].value.min.value = 20000),
      {
        code: 'RANGE_INVERTED',
        path: `/statistics/${leftWithoutPower}/value`,
        message: `The range of statistic "left-without-power" at /statistics/${leftWithoutPower}/value has its minimum (20000) above its maximum (${
          (article.statistics[leftWithoutPower]?.value as { max: { value: number } }).max.value
        }).`,
      },
    ],
    [
      'a range whose bounds are equal and whose maximum excludes them',
      (d) => {
        d.statistics[leftWithoutPower].value.min = { value: 10, inclusive: true };
        d.statistics[leftWithoutPower].value.max = { value: 10, inclusive: false };
      },
      {
        code: 'RANGE_INVERTED',
        path: `/statistics/${leftWithoutPower}/value`,
        message: `The range of statistic "left-without-power" at /statistics/${leftWithoutPower}/value holds no number: both bounds are 10 and one excludes it.`,
      },
    ],
    [
      'a range whose bounds are equal and whose minimum excludes them',
      (d) => {
        d.statistics[leftWithoutPower].value.min = { value: 10, inclusive: false };
        d.statistics[leftWithoutPower].value.max = { value: 10, inclusive: true };
      },
      {
        code: 'RANGE_INVERTED',
        path: `/statistics/${leftWithoutPower}/value`,
        message: `The range of statistic "left-without-power" at /statistics/${leftWithoutPower}/value holds no number: both bounds are 10 and one excludes it.`,
      },
    ],
    [
      "a statistic's duration that names no statistic",
      (d) => d.statistics[peopleKilled].time.push({ kind: 'duration', statistic: 'people-kiled', evidence: [{ start: 444, end: 447 }] }),
      {
        code: 'UNKNOWN_REFERENCE',
        path: `/statistics/${peopleKilled}/time/${article.statistics[peopleKilled]?.time.length}/statistic`,
        message: `/statistics/${peopleKilled}/time/${article.statistics[peopleKilled]?.time.length}/statistic names "people-kiled", which is not the id of any statistic. Did you mean "people-killed", "people-injured"?`,
      },
    ],
    [
      'a property on an array that is not an element',
      (d) => (d.actors.extra = 1),
      { code: 'SHAPE', path: '/actors/extra', message: 'Unexpected property "extra" at /actors: it is not part of the model.' },
    ],
    [
      'a number that is not finite',
      (d) => (d.statistics[peopleKilled].value.value = Number.POSITIVE_INFINITY),
      {
        code: 'SHAPE',
        path: `/statistics/${peopleKilled}/value/value`,
        message: `Expected a finite number at /statistics/${peopleKilled}/value/value, got the number Infinity.`,
      },
    ],
    [
      'a string where true or false is needed',
      (d) => (d.places[region].named = 'yes'),
      {
        code: 'SHAPE',
        path: `/places/${region}/named`,
        message: `Expected true or false at /places/${region}/named, got the string "yes".`,
      },
    ],
    [
      'undefined where a string is needed',
      (d) => (d.actors[0].name = undefined),
      { code: 'SHAPE', path: '/actors/0/name', message: 'Expected a string at /actors/0/name, got undefined.' },
    ],
    [
      'a function where a string is needed',
      (d) => (d.actors[0].name = () => 'Ukraine'),
      { code: 'SHAPE', path: '/actors/0/name', message: 'Expected a string at /actors/0/name, got a function.' },
    ],
    [
      'a part-of cycle',
      (d) => (d.statistics[peopleKilled].partOf = { id: 'children-killed', basis: 'implied', evidence: [{ start: 0, end: 3 }] }),
      {
        code: 'PART_OF_CYCLE',
        path: `/statistics/${peopleKilled}/partOf/id`,
        message: 'Statistic "people-killed" is part of itself: "people-killed" → "children-killed" → "people-killed". partOf links must not form a cycle.',
      },
    ],
    [
      'a quote whose text is not the text at its span',
      (d) => (d.quotes[wasted].text = 'waisted'),
      {
        code: 'QUOTE_MISMATCH',
        path: `/quotes/${wasted}/text`,
        message: `Quote "wasted-meeting" at /quotes/${wasted}: its text "waisted" differs from the article text at its span (1267–1273), "wasted".`,
      },
    ],
    [
      'a quote whose span is not its first evidence',
      (d) => (d.quotes[wasted].evidence[0] = { start: 1266, end: 1273 }),
      {
        code: 'QUOTE_SPAN_NOT_IN_EVIDENCE',
        path: `/quotes/${wasted}/evidence/0`,
        message: `Quote "wasted-meeting" at /quotes/${wasted}: its first evidence span (1266–1273) must be its span (1267–1273).`,
      },
    ],
    [
      'two records out of text order',
      (d) => d.events.splice(0, 2, d.events[1], d.events[0]),
      {
        code: 'NOT_TEXT_ORDER',
        path: '/events/1',
        message: `Events are out of text order: "${article.events[0]?.id}" at /events/1 starts at ${article.events[0]?.evidence[0].start}, before "${article.events[1]?.id}" at /events/0 (${article.events[1]?.evidence[0].start}). Each collection is ordered by the start of its records' first evidence span.`,
      },
    ],
    [
      'two sentences out of order',
      (d) => d.sentences.splice(0, 2, d.sentences[1], d.sentences[0]),
      {
        code: 'NOT_TEXT_ORDER',
        path: '/sentences/1',
        message: 'Sentence /sentences/1 (0–180) starts before the previous sentence ends (at 374): sentences must be in text order and must not overlap.',
      },
    ],
  ])('%s', (_, edit, problem) => {
    expect(problemsOf(edited(edit))).toEqual([problem]);
  });

  it('a range with equal bounds that both include them is valid', () => {
    const input = edited((d) => {
      d.statistics[leftWithoutPower].value.min = { value: 10, inclusive: true };
      d.statistics[leftWithoutPower].value.max = { value: 10, inclusive: true };
    });
    expect(problemsOf(input)).toEqual([]);
  });

  it('sentences and paragraphs that touch, each starting where the one before ends, are valid', () => {
    const input = edited((d) => {
      d.sentences[1].start = d.sentences[0].end;
      d.paragraphs[1].start = d.paragraphs[0].end;
    });
    expect(problemsOf(input)).toEqual([]);
  });

  it("compares a quote's words with the text only where its span is inside the text and not empty", () => {
    // The first quote moves to the start of the text and the last to its end, keeping text order.
    const codesFor = (start: number, end: number, words: string): string[] =>
      problemsOf(
        edited((d) => {
          const quote = start < 100 ? d.quotes[0] : d.quotes.at(-1);
          quote.span = { start, end };
          quote.evidence[0] = { start, end };
          quote.text = words;
        }),
      ).map((p) => p.code);
    const { length } = article.text;
    expect(codesFor(-1, 3, 'wrong')).toEqual(['SPAN_OUT_OF_BOUNDS', 'SPAN_OUT_OF_BOUNDS']);
    expect(codesFor(length - 5, length + 1, 'wrong')).toEqual(['SPAN_OUT_OF_BOUNDS', 'SPAN_OUT_OF_BOUNDS']);
    expect(codesFor(10, 10, 'wrong')).toEqual(['SPAN_EMPTY', 'SPAN_EMPTY']);
    // At the very start and the very end of the text, the words are compared.
    expect(codesFor(0, 3, 'wrong')).toEqual(['QUOTE_MISMATCH']);
    expect(codesFor(0, 3, article.text.slice(0, 3))).toEqual([]);
    expect(codesFor(length - 5, length, 'wrong')).toEqual(['QUOTE_MISMATCH']);
    expect(codesFor(length - 5, length, article.text.slice(-5))).toEqual([]);
  });

  it('hints for an unknown id of 64 code units, the longest id there can be', () => {
    const hintsFor = (candidate: string): readonly string[] =>
      problemsOf(
        edited((d) => {
          d.actors.push({ ...structuredClone(d.actors.at(-1)), id: candidate });
          d.quotes[0].speaker = 'a'.repeat(64);
        }),
      ).map((p) => p.message.replace(/^.*?\.(?= Did you mean|$)/, ''));
    expect(hintsFor(`${'a'.repeat(63)}b`)).toEqual([` Did you mean "${'a'.repeat(63)}b"?`]);
  });

  it('a part-of cycle entered from outside at its later member is reported at its earlier member', () => {
    // left-without-power → children-killed → people-killed → children-killed: the walk starts at
    // left-without-power and meets children-killed first, but people-killed is listed first.
    const leftIndex = index('statistics', 'left-without-power');
    expect(leftIndex).toBeLessThan(peopleKilled);
    const link = { id: 'children-killed', basis: 'implied', evidence: [{ start: 0, end: 3 }] };
    const input = edited((d) => {
      d.statistics[peopleKilled].partOf = link;
      d.statistics[leftIndex].partOf = link;
    });
    expect(problemsOf(input)).toEqual([
      {
        code: 'PART_OF_CYCLE',
        path: `/statistics/${peopleKilled}/partOf/id`,
        message: 'Statistic "people-killed" is part of itself: "people-killed" → "children-killed" → "people-killed". partOf links must not form a cycle.',
      },
    ]);
  });

  it('looks for "did you mean" hints among the first 2,000 candidate ids only', () => {
    const withActors = (count: number, first: boolean): Draft =>
      edited((d) => {
        const last = d.actors.at(-1);
        const extra = Array.from({ length: count }, (_, i) => ({ ...structuredClone(last), id: `extra-actor-${i}` }));
        // zelensky is the second story actor: with 1,998 extra actors first it is candidate 2,000.
        d.actors = first ? [...d.actors, ...extra] : [...extra, ...d.actors];
        d.quotes[0].speaker = 'zelenskyy';
      });
    const hinted = (draft: Draft): string | undefined =>
      problemsOf(draft)
        .find((p) => p.path === '/quotes/0/speaker')
        ?.message.replace(/^.*?\.(?= Did you mean|$)/, '');
    expect(hinted(withActors(1998, false))).toBe(' Did you mean "zelensky"?');
    expect(hinted(withActors(1999, false))).toBe('');
    expect(hinted(withActors(5000, true))).toBe(' Did you mean "zelensky"?');
  });

  it('gives hints for the first 50 unknown ids only', () => {
    const input = edited((d) => {
      d.claims[0].about = Array.from({ length: 51 }, () => 'zelenskyy');
    });
    const messages = problemsOf(input).map((p) => p.message);
    expect(messages).toHaveLength(51);
    expect(messages.slice(0, 50)).toEqual(
      Array.from({ length: 50 }, (_, i) => `/claims/0/about/${i} names "zelenskyy", which is not the id of any record. Did you mean "zelensky"?`),
    );
    expect(messages[50]).toBe('/claims/0/about/50 names "zelenskyy", which is not the id of any record.');
  });

  it('before/after relations that contradict each other', async () => {
    const council = await loadCouncil();
    // On the small invented article, so that the cycle is easy to see: meeting → proposal → rejection → meeting.
    const input: Draft = structuredClone(council);
    input.events[0].relations.push({ type: 'after', event: 'plan-rejection', basis: 'implied', evidence: [{ start: 105, end: 141 }] });
    expect(problemsOf(input)).toEqual([
      {
        code: 'TIMELINE_CYCLE',
        path: '/events',
        message:
          'The before/after relations of the events contradict each other, so they have no timeline: "council-meeting", "footbridge-proposal", "plan-rejection" cannot be ordered.',
      },
    ]);
  });

  it('names the article itself when the input is not an object', () => {
    expect(problemsOf('article')).toEqual([{ code: 'SHAPE', path: '', message: 'Expected an article object at the top level, got the string "article".' }]);
  });

  it('checks the publisher and the outside context against the records', () => {
    const input = edited((d) => {
      d.publisher.actor = 'kyiv';
      d.context.facts[0].record = 'overnight-strikes';
      d.context.facts[0].source = 'wikipedia';
      d.context.sources.push({ ...d.context.sources[0] });
    });
    const sources = article.context?.sources.length ?? 0;
    expect(problemsOf(input)).toEqual([
      { code: 'WRONG_REFERENCE_KIND', path: '/publisher/actor', message: '/publisher/actor names "kyiv", which is a place, not an actor.' },
      {
        code: 'DUPLICATE_ID',
        path: `/context/sources/${sources}/id`,
        message: `The id "wikidata" at /context/sources/${sources}/id is already used by /context/sources/0: context source ids must be unique.`,
      },
      {
        code: 'WRONG_REFERENCE_KIND',
        path: '/context/facts/0/record',
        message: '/context/facts/0/record names "overnight-strikes", which is an event, not an actor or a place.',
      },
      {
        code: 'UNKNOWN_REFERENCE',
        path: '/context/facts/0/source',
        message: '/context/facts/0/source names "wikipedia", which is not the id of any context source.',
      },
    ]);
  });
});

describe('every problem, not only the first', () => {
  it('reports structural and semantic problems together, structural first', () => {
    const input = edited((d) => {
      d.actors[zelenskyIndex()].kind = 'persn';
      d.quotes[0].speaker = 'zelenskyy';
      d.events[0].evidence = [];
    });
    expect(problemsOf(input).map((p) => `${p.code} ${p.path}`)).toEqual([
      `SHAPE /actors/${zelenskyIndex()}/kind`,
      'SHAPE /events/0/evidence',
      'UNKNOWN_REFERENCE /quotes/0/speaker',
    ]);
  });

  it('a record with a broken shape still counts for ids, so references to it are not reported', () => {
    const input = edited((d) => delete d.actors[zelenskyIndex()].name);
    expect(problemsOf(input).map((p) => p.message)).toEqual([`Missing property "name" at /actors/${zelenskyIndex()}.`]);
  });

  it('a record with its id removed is reported, and so is every reference to it', () => {
    const problems = problemsOf(edited((d) => delete d.actors[zelenskyIndex()].id));
    expect(problems[0]).toEqual({
      code: 'SHAPE',
      path: `/actors/${zelenskyIndex()}/id`,
      message: `Missing property "id" at /actors/${zelenskyIndex()}.`,
    });
    expect(problems.filter((p) => p.code === 'UNKNOWN_REFERENCE').length).toBeGreaterThan(3);
  });

  function zelenskyIndex(): number {
    return index('actors', 'zelensky');
  }
});

describe('input that is not plain data', () => {
  it('reports a getter without calling it', () => {
    let calls = 0;
    const input = draft();
    Object.defineProperty(input, 'language', {
      enumerable: true,
      get: () => {
        calls++;
        return 'en';
      },
    });
    expect(problemsOf(input)).toEqual([
      { code: 'SHAPE', path: '/language', message: '/language is a getter: an article must be plain data, and getters are not called.' },
    ]);
    expect(calls).toBe(0);
  });

  it('reports a proxy whose traps throw', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const input = draft();
    input.places[0] = new Proxy({}, { getOwnPropertyDescriptor: trap, ownKeys: trap, get: trap, has: trap });
    expect(problemsOf(input).filter((p) => p.path.startsWith('/places/0'))).toEqual([
      { code: 'SHAPE', path: '/places/0', message: 'The properties of /places/0 could not be listed: listing them threw.' },
    ]);
    const kind = draft();
    kind.places[0] = new Proxy(kind.places[0], {
      getOwnPropertyDescriptor: (target, key) => (key === 'kind' ? trap() : Reflect.getOwnPropertyDescriptor(target, key)),
    });
    expect(problemsOf(kind).filter((p) => p.path.startsWith('/places/0'))).toEqual([
      { code: 'SHAPE', path: '/places/0/kind', message: '/places/0/kind could not be read: reading it threw.' },
    ]);
  });

  it('reports a getter in an array without calling it', () => {
    const input = draft();
    Object.defineProperty(input.actors[0].aliases, 0, {
      enumerable: true,
      get: () => {
        throw new Error('called');
      },
    });
    expect(problemsOf(input)).toEqual([
      {
        code: 'SHAPE',
        path: '/actors/0/aliases/0',
        message: '/actors/0/aliases/0 is a getter: an article must be plain data, and getters are not called.',
      },
    ]);
  });

  it('reports an object whose properties cannot be listed', () => {
    const input = draft();
    input.publisher = new Proxy(input.publisher, {
      ownKeys: () => {
        throw new Error('trap');
      },
    });
    expect(problemsOf(input)).toEqual([
      { code: 'SHAPE', path: '/publisher', message: 'The properties of /publisher could not be listed: listing them threw.' },
    ]);
  });

  const lengthAsString = (target: object, key: string | symbol): PropertyDescriptor | undefined =>
    key === 'length' ? { value: '1', writable: true, enumerable: false, configurable: false } : Reflect.getOwnPropertyDescriptor(target, key);
  it.each<[string, ProxyHandler<string[]>]>([
    [
      'elements cannot be listed',
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    ],
    [
      'length cannot be read',
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    ],
    ['length is not a number', { getOwnPropertyDescriptor: lengthAsString }],
  ])('reports an array whose %s', (_, handler) => {
    const input = draft();
    input.actors[0].aliases = new Proxy(['Ukraine'], handler);
    expect(problemsOf(input)).toEqual([
      { code: 'SHAPE', path: '/actors/0/aliases', message: 'The array at /actors/0/aliases could not be read: reading it threw.' },
    ]);
  });

  it('reports a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(problemsOf(proxy)).toEqual([{ code: 'SHAPE', path: '', message: 'Expected an article object at the top level, got a revoked proxy.' }]);
  });

  it('reports holes in an array without walking its length', () => {
    const input = draft();
    input.claims.length = 1000;
    expect(problemsOf(input)).toEqual([
      {
        code: 'SHAPE',
        path: '/claims',
        message: `The array at /claims has holes: 1000 slots but ${article.claims.length} elements.`,
      },
    ]);
  });

  it('stops at an array longer than the validator reads, before listing it', () => {
    const input = draft();
    input.claims.length = 2 ** 32 - 1;
    expect(problemsOf(input)).toEqual([
      {
        code: 'INPUT_TOO_LARGE',
        path: '',
        message:
          'The input holds more than 10000000 values (or an array longer than that) or more than 67108864 code units of strings, more than the validator reads: nothing was checked.',
      },
    ]);
  });

  it('shortens long strings and keys in messages and paths', () => {
    const long = 'x'.repeat(1000);
    const input = edited((d) => (d.actors[0][long] = 1));
    const [problem] = problemsOf(input);
    expect(problem?.path).toBe(`/actors/0/${'x'.repeat(100)}…`);
    expect(problem?.message).toBe(`Unexpected property "${'x'.repeat(60)}"… at /actors/0: it is not part of the model.`);
  });

  it('quotes a string of 60 code units and a key of 100 in full, and cuts one more', () => {
    const atLimit = edited((d) => (d.actors[0]['k'.repeat(100)] = 1));
    expect(problemsOf(atLimit)[0]?.path).toBe(`/actors/0/${'k'.repeat(100)}`);
    expect(problemsOf(edited((d) => (d.actors[0]['k'.repeat(101)] = 1)))[0]?.path).toBe(`/actors/0/${'k'.repeat(100)}…`);
    const named = (id: string): string | undefined => problemsOf(edited((d) => (d.quotes[0].speaker = id)))[0]?.message;
    expect(named('s'.repeat(60))).toBe(`/quotes/0/speaker names "${'s'.repeat(60)}", which is not the id of any actor.`);
    expect(named('s'.repeat(61))).toBe(`/quotes/0/speaker names "${'s'.repeat(60)}"…, which is not the id of any actor.`);
  });

  it('ignores symbol-keyed properties, which JSON cannot hold', () => {
    expect(problemsOf(edited((d) => (d.actors[0][Symbol('extra')] = 1)))).toEqual([]);
  });

  it('escapes "/" and "~" in paths as JSON Pointer does', () => {
    const input = edited((d) => (d.actors[0]['a/b~c'] = 1));
    expect(problemsOf(input)[0]?.path).toBe('/actors/0/a~1b~0c');
  });
});

describe('names what it got in place of what the model expects', () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  it.each<[string, (d: Draft) => void, string]>([
    ['a string for an array', (d) => (d.paragraphs = 'x'), 'Expected an array at /paragraphs, got the string "x".'],
    ['true for an object', (d) => (d.publisher = true), 'Expected an object at /publisher, got true.'],
    ['null for a string', (d) => (d.text = null), 'Expected a string at /text, got null.'],
    ['an array for a string', (d) => (d.text = []), 'Expected a string at /text, got an array.'],
    ['an object for a string', (d) => (d.text = {}), 'Expected a string at /text, got an object.'],
    ['a revoked proxy for a string', (d) => (d.text = revoked), 'Expected a string at /text, got a revoked proxy.'],
    ['a bigint for a string', (d) => (d.text = 1n), 'Expected a string at /text, got a bigint.'],
    ['undefined for a string', (d) => (d.text = undefined), 'Expected a string at /text, got undefined.'],
    ['a function for a string', (d) => (d.text = () => 1), 'Expected a string at /text, got a function.'],
    ['a number for a record', (d) => (d.actors[0] = 5), 'Expected an object at /actors/0, got the number 5.'],
    [
      'a number for a discriminant',
      (d) => (d.actors[0].kind = 7),
      'Expected one of "person", "state", "organisation", "group", "company", "court", "party" at /actors/0/kind, got the number 7.',
    ],
    [
      'null for one of a set of strings',
      (d) => (d.quotes[0].form = null),
      'Expected one of "direct", "partial", "scare", "framing" at /quotes/0/form, got null.',
    ],
  ])('%s', (_, edit, message) => {
    expect(problemsOf(edited(edit))[0]?.message).toBe(message);
  });

  it('keeps the id of a record whose kind is wrong, so references to it still resolve', () => {
    expect(problemsOf(edited((d) => (d.actors[0].kind = 7))).map((p) => p.code)).toEqual(['SHAPE']);
  });
});

describe('exact edges of what the validator accepts', () => {
  const factOf = (kind: string): number => article.context?.facts.findIndex((f) => f.kind === kind) ?? -1;
  const messagesOf = (edit: (d: Draft) => void): string[] => problemsOf(edited(edit)).map((p) => p.message);

  it('a string outside a closed set, a fraction for an integer, and a pattern given an array', () => {
    const qid = factOf('wikidata');
    expect(messagesOf((d) => (d.quotes[0].form = 'quoted'))).toEqual([
      'Expected one of "direct", "partial", "scare", "framing" at /quotes/0/form, got the string "quoted".',
    ]);
    expect(messagesOf((d) => (d.paragraphs[0].end = 1.5))).toEqual(['Expected an integer at /paragraphs/0/end, got the number 1.5.']);
    // A regular expression would read ['Q42'] as "Q42".
    expect(messagesOf((d) => (d.context.facts[qid].qid = ['Q42']))).toEqual([
      `Expected a Wikidata item id (Q and a number) at /context/facts/${qid}/qid, got an array.`,
    ]);
  });

  it('matches months and Wikidata ids whole', () => {
    const invasion = index('events', 'russian-invasion');
    const month = article.events[invasion]?.time.findIndex((t) => t.kind === 'month') ?? -1;
    const monthCodes = (normalized: string): string[] => problemsOf(edited((d) => (d.events[invasion].time[month].normalized = normalized))).map((p) => p.code);
    for (const wrong of ['x2022-02', '2022-022', '2022-13', '2022-00']) expect(monthCodes(wrong), wrong).toEqual(['SHAPE']);
    // The month is also ordered against the other events' dates, so only months before theirs are valid.
    for (const right of ['2021-12', '2021-10', '2021-01']) expect(monthCodes(right), right).toEqual([]);
    const qid = factOf('wikidata');
    const qidCodes = (value: string): string[] => problemsOf(edited((d) => (d.context.facts[qid].qid = value))).map((p) => p.code);
    for (const wrong of ['xQ42', 'Q42x', 'Q042', 'Q']) expect(qidCodes(wrong), wrong).toEqual(['SHAPE']);
    expect(qidCodes('Q1')).toEqual([]);
  });

  it('takes a language only as a well-formed BCP 47 tag, as the export formats expect', () => {
    const codes = (language: unknown): string[] => problemsOf(edited((d) => (d.language = language))).map((p) => p.code);
    for (const good of ['en', 'EN', 'pt-BR', 'zh-Hant-TW', 'sr-Latn-RS', 'es-419', 'de-CH-1996', 'x-private', 'en-x-ues'])
      expect(codes(good), good).toEqual([]);
    for (const bad of ['', '\n', 'en us', 'en_US', 'e', 'toolonglanguage', 'en-', '-en', 'en--us', 'én', 'en\n']) expect(codes(bad), bad).toEqual(['SHAPE']);
  });

  it('takes a date only if the day exists, and a year of four digits', () => {
    const invasion = index('events', 'russian-invasion');
    const month = article.events[invasion]?.time.findIndex((t) => t.kind === 'month') ?? -1;
    const as = (time: object): string[] => messagesOf((d) => (d.events[invasion].time[month] = { ...time, evidence: d.events[invasion].time[month].evidence }));
    // The Gregorian leap rule for every year, 0000 and 0400 too (Date.UTC reads years 0–99 as 19xx).
    for (const day of ['2022-02-24', '2020-02-29', '2022-01-31', '2000-02-29', '0000-02-29', '0400-02-29', '2022-12-31', '2022-11-30']) {
      expect(as({ kind: 'date', normalized: day }), day).toEqual([]);
    }
    for (const day of [
      '2022-02-29',
      '2022-02-30',
      '2022-04-31',
      '2022-06-31',
      '2022-09-31',
      '2022-11-31',
      '2022-2-24',
      '2022-02-24T00:00',
      '2100-02-29',
      '0100-02-29',
      '1900-02-29',
    ]) {
      expect(as({ kind: 'date', normalized: day }), day).toEqual([
        `Expected a YYYY-MM-DD date that exists at /events/${invasion}/time/${month}/normalized, got the string "${day}".`,
      ]);
    }
    expect(as({ kind: 'date', normalized: 20220224 })).toEqual([
      `Expected a YYYY-MM-DD date that exists at /events/${invasion}/time/${month}/normalized, got the number 20220224.`,
    ]);
    expect(as({ kind: 'year', normalized: '2022' })).toEqual([]);
    expect(as({ kind: 'year', normalized: '22' })).toEqual([`Expected a YYYY year at /events/${invasion}/time/${month}/normalized, got the string "22".`]);
  });

  it('counts only canonical array indices below the length as elements', () => {
    const withKey = (key: string): string[] =>
      messagesOf((d) => {
        d.claims[key] = 1;
      });
    expect(withKey('01')).toEqual(['Unexpected property "01" at /claims: it is not part of the model.']);
    expect(withKey('-1')).toEqual(['Unexpected property "-1" at /claims: it is not part of the model.']);
    // A proxy may list an index at or past the length, which a real array cannot hold.
    const input = edited((d) => {
      const claims = d.claims;
      d.claims = new Proxy(claims, { ownKeys: (target) => [...Reflect.ownKeys(target), String(claims.length)] });
    });
    expect(problemsOf(input).map((p) => p.message)).toEqual([`Unexpected property "${article.claims.length}" at /claims: it is not part of the model.`]);
  });

  it('reports an array whose indices cannot be listed, and does not throw', () => {
    const input = edited((d) => {
      d.claims = new Proxy(d.claims, {
        ownKeys: () => {
          throw new Error('no keys');
        },
      });
    });
    expect(problemsOf(input)).toEqual([{ code: 'SHAPE', path: '/claims', message: 'The array at /claims could not be read: reading it threw.' }]);
  });

  it('checks only well-formed records for meaning: a record with an unexpected or unlisted property is not', () => {
    const speaker = '/quotes/0/speaker';
    expect(
      problemsOf(
        edited((d) => {
          d.quotes[0].speaker = 'nobody';
          d.quotes[0].extra = 1;
        }),
      ).map((p) => p.code),
    ).toEqual(['SHAPE']);
    const unlisted = problemsOf(
      edited((d) => {
        d.quotes[0].speaker = 'nobody';
        d.quotes[0] = new Proxy(d.quotes[0], {
          ownKeys: () => {
            throw new Error('no keys');
          },
        });
      }),
    );
    expect(unlisted).toEqual([{ code: 'SHAPE', path: '/quotes/0', message: 'The properties of /quotes/0 could not be listed: listing them threw.' }]);
    // Well formed, the same record is checked.
    expect(problemsOf(edited((d) => (d.quotes[0].speaker = 'nobody')))[0]?.path).toBe(speaker);
  });

  it('a record whose id is not a string has no id: two such records are not duplicates', () => {
    const codes = problemsOf(
      edited((d) => {
        d.claims[0].id = 42;
        d.claims[1].id = 42;
      }),
    ).map((p) => p.code);
    // Two SHAPE problems, and the references to them (from the ambiguities) name no record.
    expect(codes.filter((c) => c !== 'UNKNOWN_REFERENCE')).toEqual(['SHAPE', 'SHAPE']);
  });

  it('checks the publisher, paragraphs, sentences and outside context even where another field is malformed', () => {
    const date = factOf('date');
    const problems = problemsOf(
      edited((d) => {
        d.language = 7;
        d.publisher.actor = 'nobody';
        d.paragraphs[1].start = d.paragraphs[0].start;
        d.sentences[1].start = d.sentences[0].start;
        d.context.facts[date].record = 'no-event';
      }),
    );
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'SHAPE /language',
      'UNKNOWN_REFERENCE /publisher/actor',
      `UNKNOWN_REFERENCE /context/facts/${date}/record`,
      'NOT_TEXT_ORDER /paragraphs/1',
      'NOT_TEXT_ORDER /sentences/1',
    ]);
  });

  it('names the collection of a record given where another kind is needed, quotes and claims included', () => {
    const participant = '/events/0/participants/0/actor';
    expect(messagesOf((d) => (d.events[0].participants[0].actor = 'wasted-meeting'))).toEqual([
      `${participant} names "wasted-meeting", which is a quote, not an actor.`,
    ]);
    expect(messagesOf((d) => (d.events[0].participants[0].actor = 'war-is-illegal-land-grab'))).toEqual([
      `${participant} names "war-is-illegal-land-grab", which is a claim, not an actor.`,
    ]);
  });

  it('names every collection an unknown id could have been in', () => {
    const fact = factOf('wikidata');
    expect(messagesOf((d) => (d.context.facts[fact].record = 'zzz'))).toEqual([
      `/context/facts/${fact}/record names "zzz", which is not the id of any actor or place.`,
    ]);
  });

  it('speaks of the top level for a property missing from, or unexpected in, the article itself', () => {
    expect(messagesOf((d) => delete d.id)).toEqual(['Missing property "id" at the top level.']);
    expect(messagesOf((d) => (d.extra = 1))).toEqual(['Unexpected property "extra" at the top level: it is not part of the model.']);
  });

  it("reports a quote's first evidence that starts elsewhere but ends where its span does", () => {
    const wasted = index('quotes', 'wasted-meeting');
    expect(problemsOf(edited((d) => (d.quotes[wasted].evidence[0] = { start: 1266, end: 1273 }))).map((p) => p.code)).toEqual(['QUOTE_SPAN_NOT_IN_EVIDENCE']);
  });

  it('part-of links only count within a collection: links across collections are wrong, not a cycle', () => {
    const nato = index('actors', 'nato');
    const codes = problemsOf(
      edited((d) => {
        d.actors[nato].partOf = { id: 'budapest', basis: 'implied', evidence: [{ start: 0, end: 3 }] };
        d.places[index('places', 'budapest')].partOf = { id: 'nato', basis: 'implied', evidence: [{ start: 0, end: 3 }] };
      }),
    ).map((p) => p.code);
    expect(codes).toEqual(['WRONG_REFERENCE_KIND', 'WRONG_REFERENCE_KIND']);
  });
});

describe('ids: what an id may be', () => {
  const message = (at: string, got: string): string =>
    `Expected an id (up to 64 lower-case letters and digits, in groups joined by single hyphens) at ${at}, got ${got}.`;

  it.each([
    ['upper case', 'Zelensky'],
    ['a space', 'vladimir putin'],
    ['a leading hyphen', '-putin'],
    ['a trailing hyphen', 'putin-'],
    ['two hyphens together', 'vladimir--putin'],
    ['an underscore', '__proto__'],
    ['NUL', 'a\u0000agent'],
    ['a lone surrogate', 'a\uD800'],
    ['a non-ASCII letter', 'zelenskyï'],
    ['65 code units', 'a'.repeat(65)],
    ['nothing', ''],
  ])('rejects an id with %s, as a record id and as a reference', (_, id) => {
    const asId = problemsOf(edited((d) => (d.actors[9].id = id)));
    expect(asId[0]).toEqual({
      code: 'SHAPE',
      path: '/actors/9/id',
      message: message('/actors/9/id', `the string ${JSON.stringify(id.length > 60 ? id.slice(0, 60) : id)}${id.length > 60 ? '…' : ''}`),
    });
    const asReference = problemsOf(edited((d) => (d.quotes[0].speaker = id)));
    expect(asReference.map((p) => [p.code, p.path])).toEqual([['SHAPE', '/quotes/0/speaker']]);
  });

  it('accepts kebab-case ids of up to 64 code units, digits included', () => {
    for (const id of ['a', '7', 'p0', 'x-1-y', 'a'.repeat(64), 'ukraine-country']) {
      expect(
        problemsOf(edited((d) => (d.actors[9].id = id))).filter((p) => p.path === '/actors/9/id'),
        id,
      ).toEqual([]);
    }
  });

  it('holds the article id, context source ids and the publisher to the same form', () => {
    expect(problemsOf(edited((d) => (d.id = 'Punch 2025'))).map((p) => p.path)).toEqual(['/id']);
    expect(problemsOf(edited((d) => (d.context.sources[0].id = 'Wiki Data'))).map((p) => p.path)).toContain('/context/sources/0/id');
    expect(problemsOf(edited((d) => (d.publisher.actor = 'Punch'))).map((p) => p.path)).toEqual(['/publisher/actor']);
  });
});

describe('spans that cut a character in two', () => {
  // "Herald: 🇺🇦 news." — the flag is two code points, each a surrogate pair.
  const astral = (): Draft => ({
    ...structuredClone({ ...article, actors: [], places: [], events: [], quotes: [], statistics: [], claims: [], context: null, ambiguities: [] }),
    id: 'astral',
    text: 'Herald: \u{1F1FA}\u{1F1E6} news.',
    paragraphs: [{ start: 0, end: 18 }],
    sentences: [{ start: 0, end: 18 }],
    publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
    actors: [
      {
        kind: 'organisation',
        id: 'herald',
        name: 'Herald',
        aliases: ['Herald', '\u{1F1FA}\u{1F1E6}', '\u{1F1E6}'],
        partOf: null,
        evidence: [{ start: 0, end: 6 }],
      },
    ],
  });

  it('accepts spans on the boundaries of characters outside the Basic Multilingual Plane', () => {
    const input = astral();
    input.actors[0].evidence.push({ start: 8, end: 12 }, { start: 10, end: 12 });
    expect(problemsOf(input)).toEqual([]);
  });

  it('reports a span that starts or ends between the two halves of a surrogate pair', () => {
    const input = astral();
    input.actors[0].evidence.push({ start: 9, end: 12 }, { start: 8, end: 11 });
    // (Half a character is no alias either: SPAN_NOT_AN_ALIAS follows.)
    expect(problemsOf(input).filter((p) => p.code === 'SPAN_SPLITS_CHARACTER')).toEqual([
      {
        code: 'SPAN_SPLITS_CHARACTER',
        path: '/actors/0/evidence/1',
        message: 'The span at /actors/0/evidence/1 (9–12) starts inside a character: 9 is between the two halves of a surrogate pair.',
      },
      {
        code: 'SPAN_SPLITS_CHARACTER',
        path: '/actors/0/evidence/2',
        message: 'The span at /actors/0/evidence/2 (8–11) ends inside a character: 11 is between the two halves of a surrogate pair.',
      },
    ]);
  });
});

describe('spans inside words of characters outside the Basic Multilingual Plane', () => {
  const withText = (text: string, evidence: { start: number; end: number }[]): Draft => ({
    ...draft(),
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
    actors: [
      { kind: 'organisation', id: 'herald', name: 'Herald', aliases: [...new Set(evidence.map((s) => text.slice(s.start, s.end)))], partOf: null, evidence },
    ],
    places: [],
    events: [],
    quotes: [],
    statistics: [],
    claims: [],
    context: null,
    ambiguities: [],
  });

  it('counts a pair of surrogates as one letter on either side of a boundary', () => {
    // "Herald 𝐀𝐁 x": the two bold letters are one word of four code units.
    const text = 'Herald \u{1D400}\u{1D401} x';
    expect(
      problemsOf(
        withText(text, [
          { start: 0, end: 6 },
          { start: 7, end: 11 },
        ]),
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        withText(text, [
          { start: 0, end: 6 },
          { start: 7, end: 9 },
        ]),
      ).map((p) => p.code),
    ).toEqual(['SPAN_CUTS_WORD']);
  });

  it('quotes the whole word, astral letters included, in the message', () => {
    const text = 'Herald \u{1D400}\u{1D401}\u{1D402} x';
    expect(
      problemsOf(
        withText(text, [
          { start: 0, end: 6 },
          { start: 7, end: 9 },
        ]),
      ).map((p) => p.message),
    ).toEqual([
      'The span at /actors/0/evidence/1 (7–9) ends inside the word "\u{1D400}\u{1D401}\u{1D402}": spans cover whole words (the offsets may have shifted).',
    ]);
  });

  it('takes a letter next to a digit for a boundary: "F-16s", "10km", "33rd"', () => {
    for (const [text, start, end] of [
      ['Herald F-16s x', 7, 11],
      ['Herald 10km x', 7, 9],
      ['Herald 33rd x', 7, 9],
      ['Herald 33rd x', 9, 11],
    ] as const) {
      expect(
        problemsOf(
          withText(text, [
            { start: 0, end: 6 },
            { start, end },
          ]),
        ).map((p) => p.code),
        `${text} ${start}–${end}`,
      ).toEqual([]);
    }
    // Two digits, or two letters, are one word: cutting them still counts.
    expect(
      problemsOf(
        withText('Herald 2026 x', [
          { start: 0, end: 6 },
          { start: 7, end: 9 },
        ]),
      ).map((p) => p.code),
    ).toEqual(['SPAN_CUTS_WORD']);
  });

  it('looks past format characters: a soft hyphen or zero-width joiner stands inside a word', () => {
    for (const joiner of ['\u00AD', '\u200C', '\u200D']) {
      const text = `Herald Ky${joiner}iv x`;
      expect(
        problemsOf(
          withText(text, [
            { start: 0, end: 6 },
            { start: 7, end: 9 },
          ]),
        ).map((p) => p.code),
        joiner,
      ).toEqual(['SPAN_CUTS_WORD']);
      expect(
        problemsOf(
          withText(text, [
            { start: 0, end: 6 },
            { start: 7, end: 12 },
          ]),
        ).map((p) => p.code),
        joiner,
      ).toEqual([]);
    }
    // A format character at either end of the text has no word beyond it.
    expect(
      problemsOf(
        withText('Herald x\u00AD', [
          { start: 0, end: 6 },
          { start: 7, end: 8 },
        ]),
      ).map((p) => p.code),
    ).toEqual([]);
    const leading = problemsOf(withText('\u00ADHerald x', [{ start: 1, end: 7 }]));
    expect(leading.filter((p) => p.path === '/actors/0/evidence/0')).toEqual([]);
  });

  it('leaves scripts that write particles and clitics attached unchecked: Arabic, Hebrew, Korean', () => {
    // "in Kyiv" with the name alone as the span, as an annotator would mark it.
    for (const [text, start, end] of [
      ['Herald بكييف x', 8, 12],
      ['Herald בקייב x', 8, 12],
      ['Herald 키이우에서 x', 7, 10],
    ] as const) {
      expect(
        problemsOf(
          withText(text, [
            { start: 0, end: 6 },
            { start, end },
          ]),
        ).map((p) => p.code),
        text,
      ).toEqual([]);
    }
  });

  it('takes a lone surrogate for what it is: no letter', () => {
    const text = 'Herald \uDC00x y';
    expect(
      problemsOf(
        withText(text, [
          { start: 0, end: 6 },
          { start: 8, end: 9 },
        ]),
      ).map((p) => p.code),
    ).toEqual([]);
    // A low surrogate after a letter, not after a high one, stands alone: "Herald" ends at a boundary.
    const after = 'Herald\uDC00x';
    expect(
      problemsOf(
        withText(after, [
          { start: 0, end: 7 },
          { start: 7, end: 8 },
        ]),
      ).map((p) => p.code),
    ).toEqual([]);
  });
});

describe('bounded messages', () => {
  it('lists at most ten ids of a part-of cycle, then how many there are', () => {
    const input = edited((d) => {
      const template = d.statistics[0];
      d.statistics = Array.from({ length: 30 }, (_, i) => ({
        ...structuredClone(template),
        id: `s${i}`,
        partOf: { id: `s${(i + 1) % 30}`, basis: 'stated', evidence: [{ start: 0, end: 1 }] },
      }));
      for (const e of d.events) e.time = e.time.filter((t: { kind: string }) => t.kind !== 'duration');
      for (const c of d.claims) c.about = c.about.filter((id: string) => !id.startsWith('s'));
    });
    const cycle = problemsOf(input).find((p) => p.code === 'PART_OF_CYCLE');
    expect(cycle?.message).toBe(
      `Statistic "s0" is part of itself: ${Array.from({ length: 10 }, (_, i) => `"s${i}"`).join(' → ')} → … (31 in all). partOf links must not form a cycle.`,
    );
  });
});

describe('ambiguities', () => {
  it('are checked: unique ids, references that resolve, at least one alternative, spans in the text', () => {
    const problems = problemsOf(
      edited((d) => {
        d.ambiguities[1].id = d.ambiguities[0].id;
        d.ambiguities[2].records = ['nobody'];
        d.ambiguities[3].alternatives = [];
        d.ambiguities[4].chosen.evidence = [{ start: 5000, end: 5001 }];
      }),
    );
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'SHAPE /ambiguities/3/alternatives',
      'SPAN_OUT_OF_BOUNDS /ambiguities/4/chosen/evidence/0',
      'DUPLICATE_ID /ambiguities/1/id',
      'UNKNOWN_REFERENCE /ambiguities/2/records/0',
    ]);
    expect(problems[2]?.message).toBe('The id "who-struck" at /ambiguities/1/id is already used by /ambiguities/0: ambiguity ids must be unique.');
  });
});

describe('shifted offsets are caught, record by record', () => {
  const recordsHit = (input: Draft): Set<string> =>
    new Set(problemsOf(input).flatMap((p) => /^\/(actors|places|events|quotes|statistics|claims)\/\d+/.exec(p.path)?.[0] ?? []));
  const everyRecord = (a: Draft): string[] =>
    ['actors', 'places', 'events', 'quotes', 'statistics', 'claims'].flatMap((c) => a[c].map((_: unknown, i: number) => `/${c}/${i}`));

  it('one character put before the story reports every record', () => {
    const input = edited((d) => (d.text = `X${d.text}`));
    expect([...recordsHit(input)].sort()).toEqual(everyRecord(input).sort());
    const codes = new Set(problemsOf(input).map((p) => p.code));
    expect([...codes].sort()).toEqual(['QUOTE_MISMATCH', 'SPAN_CUTS_WORD', 'SPAN_NOT_AN_ALIAS']);
  });

  it('one character put before the invented council article reports every record', async () => {
    const council = structuredClone(await loadCouncil()) as Draft;
    council.text = `X${council.text}`;
    expect([...recordsHit(council)].sort()).toEqual(everyRecord(council).sort());
  });

  it("an actor's span that is none of its aliases, and a span that cuts a word", () => {
    expect(problemsOf(edited((d) => (d.actors[1].evidence[1] = { start: 1487, end: 1495 })))).toEqual([]);
    expect(problemsOf(edited((d) => (d.actors[1].evidence[1] = { start: 1131, end: 1136 })))).toEqual([
      {
        code: 'SPAN_NOT_AN_ALIAS',
        path: '/actors/1/evidence/1',
        message:
          'The span at /actors/1/evidence/1 (1131–1136) covers "Trump", which is none of the aliases of actor "zelensky" ("Volodymyr Zelensky", "Zelensky"): an actor\'s or place\'s evidence names it as the text does, and each form is in its aliases. The offsets may have shifted.',
      },
    ]);
    expect(problemsOf(edited((d) => (d.events[0].evidence[1] = { start: 231, end: 239 })))).toEqual([
      {
        code: 'SPAN_CUTS_WORD',
        path: '/events/0/evidence/1',
        message: 'The span at /events/0/evidence/1 (231–239) ends inside the word "attack": spans cover whole words (the offsets may have shifted).',
      },
    ]);
  });

  it('does not look for words in scripts written without spaces', () => {
    const input = {
      ...draft(),
      text: '新闻：安与博见面。',
      paragraphs: [{ start: 0, end: 9 }],
      sentences: [{ start: 0, end: 9 }],
      publisher: { actor: 'xinwen', name: 'Xinwen', evidence: [{ start: 0, end: 2 }] },
      actors: [
        {
          kind: 'organisation',
          id: 'xinwen',
          name: 'Xinwen',
          aliases: ['新闻', '新'],
          partOf: null,
          evidence: [
            { start: 0, end: 2 },
            { start: 0, end: 1 },
          ],
        },
      ],
      places: [],
      events: [],
      quotes: [],
      statistics: [],
      claims: [],
      context: null,
      ambiguities: [],
    };
    expect(problemsOf(input)).toEqual([]);
  });
});
