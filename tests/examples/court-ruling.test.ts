import { describe, expect, it } from 'vitest';
import {
  actorsOfKind,
  ambiguitiesOf,
  claimsBy,
  eventsInvolving,
  formatAttribution,
  formatQuantity,
  getActor,
  getEvent,
  getStatistic,
  quotesBy,
  timeline,
} from '../../src/index.js';
import { toGdeltRows } from '../../src/gdelt.js';
import { toJsonLd } from '../../src/json-ld.js';
import { toWebAnnotations } from '../../src/web-annotation.js';
import { validateArticle } from '../../src/validate/validate-article.js';

const example = async () => (await import('../../examples/court-ruling/article.js')).courtRuling;

describe('the invented court-ruling article, asked what a reader asks', () => {
  it('says in its own text that it is invented, and is a valid article of 150–300 words', async () => {
    const ruling = await example();
    expect(ruling.text.startsWith('[Invented for the ukraine-energy-strikes examples')).toBe(true);
    const body = ruling.text.slice(ruling.paragraphs[1]?.start).split(/\s+/).length;
    expect(body).toBeGreaterThanOrEqual(150);
    expect(body).toBeLessThanOrEqual(300);
    expect(validateArticle(ruling).ok).toBe(true);
  });

  it('who ruled against whom? A court found a company liable (CAMEO 116)', async () => {
    const ruling = await example();
    const event = getEvent(ruling, 'ruling');
    expect([event.type, event.cameo.code]).toEqual(['legal-action', '116']);
    expect(event.participants.map((p) => [getActor(ruling, p.actor).kind, p.role])).toEqual([
      ['court', 'agent'],
      ['person', 'agent'],
      ['company', 'target'],
      ['group', 'affected'],
    ]);
    expect(actorsOfKind(ruling, 'company').map((a) => a.aliases)).toEqual([['Northgrid', 'the region’s largest power company', 'the company']]);
  });

  it('what did the judge find, and how sure is it? A finding, not a claim of the outlet', async () => {
    const ruling = await example();
    expect(claimsBy(ruling, 'helen-achebe').map((c) => c.attribution.map((a) => formatAttribution(ruling, a)))).toEqual([['found by Helen Achebe']]);
    expect(quotesBy(ruling, 'helen-achebe').map((q) => q.text)).toEqual(['The company chose to save money rather than lives']);
  });

  it('what is still to come? An appeal and a hearing, planned, with no row in GDELT', async () => {
    const ruling = await example();
    expect(ruling.events.filter((e) => e.status === 'planned').map((e) => e.id)).toEqual(['planned-appeal', 'compensation-hearing']);
    expect(toGdeltRows(ruling).map((r) => r.event)).toEqual(['ruling', 'ruling-criticism', 'public-ownership-rally']);
    const planned = toJsonLd(ruling)['@graph'].filter((n) => n['@type'] === 'Event' && n.eventStatus === 'https://schema.org/EventScheduled');
    expect(planned.map((n) => n['@id'].split('#')[1])).toEqual(['event-planned-appeal', 'event-compensation-hearing']);
  });

  it('how much could the compensation be? No figure: the lawyers say only that it could exceed £2 million', async () => {
    const ruling = await example();
    expect(ruling.statistics.map((s) => s.unit)).not.toContain('pounds');
    const [estimate] = claimsBy(ruling, 'families-lawyers');
    expect(estimate?.id).toBe('compensation-could-exceed');
    expect(estimate?.attribution.map((a) => formatAttribution(ruling, a))).toEqual(['stated by Lawyers for the families']);
    expect(formatQuantity(getStatistic(ruling, 'rally-size').value)).toBe('at least 24 and less than 100');
  });

  it('what did the company do in reply? Criticised the ruling and contradicted the finding', async () => {
    const ruling = await example();
    expect(eventsInvolving(ruling, 'paul-renner').map((e) => [e.type, e.cameo.code])).toEqual([['condemnation', '111']]);
    expect(claimsBy(ruling, 'paul-renner')[0]?.relations).toEqual([
      expect.objectContaining({ type: 'contradicts', claim: 'warnings-ignored', basis: 'implied' }),
    ]);
  });

  it('is the protest coded as ACLED codes it, without a sub-event the text does not support?', async () => {
    const ruling = await example();
    expect(getEvent(ruling, 'public-ownership-rally').acled).toMatchObject({ eventType: 'Protests', subEventType: null });
    expect(getEvent(ruling, 'public-ownership-rally').cameo.code).toBe('1412');
  });

  it('what could be read two ways? Whether the blackout killed the two people', async () => {
    const ruling = await example();
    expect(ambiguitiesOf(ruling, 'deaths-in-the-cold').map((a) => a.id)).toEqual(['deaths-and-blackout']);
    expect(timeline(ruling).map((e) => e.id)).toEqual([
      'blackout',
      'ruling',
      'planned-appeal',
      'ruling-criticism',
      'public-ownership-rally',
      'compensation-hearing',
    ]);
    expect(toWebAnnotations(ruling).total).toBe(8 + 3 + 6 + 2 + 5 + 3);
  });
});
