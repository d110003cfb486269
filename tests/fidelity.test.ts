// The corrections of the second reading of every record (tracker issue 13), one assertion each,
// each failing on the data before it: read against the text and the data rules (nothing invented,
// attribution is data, words outside quotation marks are the outlet's, a summary never states a
// claim as fact, ambiguity stays visible).
import { describe, expect, it } from 'vitest';
import { ambiguitiesOf, article, getActor, getClaim, getEvent, getQuote, getStatistic, eventsInvolving } from '../src/index.js';
import type { Actor } from '../src/index.js';

const relation = (event: string, type: string, target: string) =>
  getEvent(article, event as never).relations.find((r) => r.type === type && r.event === target);

describe('the drones Russia says it intercepted', () => {
  it('the interception is not aimed at Ukraine', () => {
    expect(getEvent(article, 'drone-interception').participants.map((p) => `${p.actor} ${p.role}`)).toEqual(['russia agent']);
    expect(eventsInvolving(article, 'ukraine', 'target').map((e) => e.id)).not.toContain('drone-interception');
  });

  it('the Ukrainian drone attack it implies is modelled: agent Ukraine (implied), told by Russia (claimed)', () => {
    const assault = getEvent(article, 'ukrainian-drone-assault');
    expect(assault.participants.map((p) => `${p.actor} ${p.role} ${p.basis}`)).toEqual(['ukraine agent implied', 'russia target implied']);
    expect(assault.attribution.map((a) => `${a.source} ${a.mode}`)).toEqual(['russia claimed']);
    expect(relation('drone-interception', 'during', 'ukrainian-drone-assault')?.basis).toBe('implied');
    // Only on the chosen reading of whose-assault is there a Ukrainian assault to report.
    expect(relation('russia-statement', 'reports', 'ukrainian-drone-assault')?.basis).toBe('implied');
    expect(ambiguitiesOf(article, 'russia-statement').map((a) => a.id)).toEqual(['whose-assault']);
  });

  it("Russia's statement and its no-significant-damage are Russia's word, about the assault", () => {
    expect(getEvent(article, 'russia-statement').summary).toMatch(/Russia claimed .* and reported no significant damage/);
    expect(getClaim(article, 'no-significant-damage').about).toEqual(['ukrainian-drone-assault']);
    expect(getClaim(article, 'no-significant-damage').summary).toMatch(/^Russia reported no significant damage/);
  });
});

describe('summaries say what the text says, each its own', () => {
  it('no two events share a summary (the briefing prints each)', () => {
    const summaries = article.events.map((e) => e.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('a record only Russia claims is summarised with the verb "claimed", not "says"', () => {
    const claimedOnly = [...article.events, ...article.claims].filter((r) => r.attribution.length > 0 && r.attribution.every((a) => a.mode === 'claimed'));
    expect(claimedOnly.map((r) => r.id)).toEqual(['drone-interception', 'ukrainian-drone-assault', 'russia-intercepted-drones']);
    for (const record of claimedOnly) {
      expect(record.summary, record.id).toMatch(/claim/);
      expect(record.summary, record.id).not.toMatch(/\bsays\b/);
    }
    expect(getStatistic(article, 'drones-intercepted').measure).toBe('Ukrainian drones Russia claimed to have intercepted');
  });
});

describe('attribution is data', () => {
  it('the pressure on Ukraine is tied to Trump, as a reason he cited', () => {
    const pressure = getEvent(article, 'pressure-to-cede-territory');
    expect(pressure.attribution.map((a) => `${a.source} ${a.mode}`)).toEqual(['trump cited']);
    expect(getClaim(article, 'pressure-on-ukraine-cited').attribution.map((a) => `${a.source} ${a.mode}`)).toEqual(['trump cited']);
  });

  it('"nearly four-year" stands outside the quotation marks: the outlet’s words', () => {
    const duration = getStatistic(article, 'war-duration');
    expect(duration.attribution.map((a) => `${a.source} ${a.mode}`)).toEqual(['punch narrated']);
    const quote = getQuote(article, 'not-enough-pressure');
    expect(duration.evidence.every((s) => s.start >= quote.span.end + 1)).toBe(true);
  });

  it("an event known only from a source's report says whose report it is in its summary", () => {
    for (const event of article.events) {
      if (event.attribution.some((a) => a.mode === 'narrated')) continue;
      const names = event.attribution.flatMap((a) => {
        const source = getActor(article, a.source) as Actor;
        return [source.name, ...source.aliases, source.name.split(' ').at(-1) ?? ''];
      });
      expect(
        names.some((n) => event.summary.includes(n.replace(/^The /, ''))),
        `${event.id}: ${event.summary}`,
      ).toBe(true);
    }
  });

  it('every claim summary names who holds the claim, so that it never reads as fact on its own', () => {
    for (const claim of article.claims) {
      const source = getActor(article, claim.attribution[0]?.source as never) as Actor;
      const names = [source.name, ...source.aliases, source.name.split(' ').at(-1) ?? ''];
      expect(
        names.some((n) => claim.summary.includes(n)),
        `${claim.id}: ${claim.summary}`,
      ).toBe(true);
    }
  });

  it('summaries add nothing the text does not say: the power loss is as the country "faces" winter, the strikes "targeted"', () => {
    expect(getEvent(article, 'heating-and-power-loss').summary).not.toMatch(/set in/);
    expect(getEvent(article, 'overnight-strikes').summary).not.toMatch(/\bhit\b/);
  });
});

describe('relations the text states, and what it only implies', () => {
  it('"The strikes …, leaving thousands without heating": the loss results from the strikes, as the text states', () => {
    expect(relation('heating-and-power-loss', 'results-from', 'overnight-strikes')?.basis).toBe('stated');
    expect(getEvent(article, 'heating-and-power-loss').status).toBe('ongoing');
  });

  it('"The attack follows a diplomatic setback": the abandonment of the plans comes before the strikes (implied)', () => {
    expect(relation('plans-abandonment', 'before', 'overnight-strikes')?.basis).toBe('implied');
  });

  it('what the text only implies is implied: the summit concerns the war, the argument contradicts Putin’s framing', () => {
    expect(relation('budapest-summit', 'concerns', 'russian-invasion')?.basis).toBe('implied');
    expect(getClaim(article, 'war-is-illegal-land-grab').relations.map((r) => r.basis)).toEqual(['implied', 'implied']);
  });

  it("the energy ministry's confirmation is a statement, as Zelensky's and Russia's are", () => {
    const confirmation = getEvent(article, 'ministry-confirmation');
    expect(confirmation.participants.map((p) => `${p.actor} ${p.role}`)).toEqual(['energy-ministry speaker']);
    expect(relation('ministry-confirmation', 'reports', 'emergency-power-outages')?.basis).toBe('stated');
  });
});

describe('what a quote reports versus what it responds to', () => {
  it('the casualty figures report on the strikes; they do not react to them', () => {
    expect(getQuote(article, 'casualty-figures').respondsTo).toBeNull();
    expect(getQuote(article, 'casualty-figures').about).toBe('overnight-strikes');
  });

  it('"Russian words about diplomacy" are about Russia, and are part of the evidence of the reaction', () => {
    expect(getQuote(article, 'russian-words-mean-nothing').about).toBe('russia');
    const quote = getQuote(article, 'russian-words-mean-nothing').span;
    expect(getEvent(article, 'zelensky-reaction').evidence).toContainEqual(quote);
  });

  it('the invasion’s claimed aims are about Ukraine too ("demilitarizing Ukraine")', () => {
    expect(getClaim(article, 'invasion-aims').about).toContain('ukraine');
  });
});

describe('time and ranges as precise as the text', () => {
  it('the drones and the explosions were during the night; Zelensky spoke "as of now"', () => {
    expect(getStatistic(article, 'drones-intercepted').time.map((t) => t.kind)).toEqual(['night']);
    expect(getStatistic(article, 'explosions-heard').time.map((t) => t.kind)).toEqual(['night']);
    expect(getEvent(article, 'zelensky-casualty-statement').time.map((t) => t.kind)).toEqual(['present']);
  });

  it('"most regions" may be all of them: "not all" is an implicature, not what the text states', () => {
    expect(getStatistic(article, 'regions-with-outages').value.max).toEqual({ value: 1, inclusive: true });
  });
});

describe('ambiguity stays visible', () => {
  it('records the readings the text allows for the pressure, the assault and "nearly four-year"', () => {
    const ids = article.ambiguities.map((a) => a.id);
    for (const id of ['pressure-who', 'whose-assault', 'nearly-four-year', 'damage-from-what']) expect(ids).toContain(id);
    for (const a of article.ambiguities) expect(a.alternatives.length, a.id).toBeGreaterThan(0);
  });
});
