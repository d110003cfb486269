import { describe, expect, it } from 'vitest';
import {
  ambiguitiesOf,
  claimsBy,
  eventsInvolving,
  eventsOfType,
  formatAttribution,
  formatQuantity,
  getEvent,
  getPlace,
  getStatistic,
  quotesBy,
  timeline,
} from '../../src/index.js';
import { toGdeltRows } from '../../src/gdelt.js';
import { toJsonLd } from '../../src/json-ld.js';
import { toWebAnnotations } from '../../src/web-annotation.js';
import { validateArticle } from '../../src/validate/validate-article.js';

// Imported inside each test: the example runs defineArticle when it loads (see custom-article.test.ts).
const example = async () => (await import('../../examples/flood/article.js')).flood;

describe('the invented flood article, asked what a reader asks', () => {
  it('says in its own text that it is invented, and is a valid, frozen article of 150–300 words', async () => {
    const flood = await example();
    expect(flood.text.startsWith('[Invented for the ukraine-energy-strikes examples')).toBe(true);
    const body = flood.text.slice(flood.paragraphs[1]?.start).split(/\s+/).length;
    expect(body).toBeGreaterThanOrEqual(150);
    expect(body).toBeLessThanOrEqual(300);
    expect(validateArticle(flood).ok).toBe(true);
    expect(Object.isFrozen(flood.events[0]?.cameo)).toBe(true);
  });

  it('what happened, and when? A flood on a date the text gives, after three days of rain', async () => {
    const flood = await example();
    expect(eventsOfType(flood, 'disaster').map((e) => e.id)).toEqual(['flood', 'heavy-rain']);
    expect(getEvent(flood, 'flood').time).toEqual([{ kind: 'date', normalized: '2026-03-14', evidence: [expect.any(Object)] }]);
    expect(
      timeline(flood)
        .map((e) => e.id)
        .slice(0, 2),
    ).toEqual(['heavy-rain', 'flood']);
  });

  it('where? A town in a county, on a river; a care home and a bridge', async () => {
    const flood = await example();
    expect(getEvent(flood, 'flood').places.map((p) => getPlace(flood, p.id).kind)).toEqual(['city', 'body-of-water']);
    expect(getPlace(flood, 'varrow').partOf).toMatchObject({ id: 'hollin-county', basis: 'implied' });
    expect(getPlace(flood, 'hollin-county').kind).toBe('administrative-area');
    expect(flood.places.filter((p) => p.kind === 'site').map((p) => p.name)).toEqual(['Kettle Lane care home', 'Varrow Bridge']);
  });

  it('how many died, and who says so? As vague as the text, on the health service’s word', async () => {
    const flood = await example();
    const died = getStatistic(flood, 'people-died');
    expect(formatQuantity(died.value, died.unit)).toBe('at least 4 people');
    expect(died.attribution.map((a) => formatAttribution(flood, a))).toEqual(['stated by County health service']);
    expect(formatQuantity(getStatistic(flood, 'people-injured').value)).toBe('more than 30');
    expect(getStatistic(flood, 'residents-displaced').value).toMatchObject({ min: { value: 200, inclusive: true }, max: { value: 1000, inclusive: false } });
  });

  it('what did the council do? Declared an emergency (no CAMEO code: 1724 is coercion) and appealed to residents (020)', async () => {
    const flood = await example();
    expect(eventsInvolving(flood, 'hollin-county-council', 'agent').map((e) => [e.id, e.cameo.code])).toEqual([
      ['state-of-emergency', null],
      ['move-to-higher-ground', '020'],
    ]);
    expect(quotesBy(flood, 'maria-osei').map((q) => q.text)).toEqual(['We have not seen water like this in a generation']);
  });

  it('which events have no CAMEO code, and why?', async () => {
    const flood = await example();
    const uncoded = flood.events.filter((e) => e.cameo.code === null);
    expect(uncoded.map((e) => e.type)).toEqual(['disaster', 'disaster', 'policy-measure', 'emergency-response', 'accident']);
    for (const event of uncoded) expect(event.cameo.note.length).toBeGreaterThan(20);
  });

  it('who is blamed, and who denies it? Two claims that contradict each other', async () => {
    const flood = await example();
    expect(claimsBy(flood, 'interviewed-residents').map((c) => c.id)).toEqual(['defences-not-repaired']);
    expect(claimsBy(flood, 'hollin-county-council').map((c) => c.relations)).toEqual([
      [expect.objectContaining({ type: 'contradicts', claim: 'defences-not-repaired' })],
    ]);
    expect(getEvent(flood, 'council-denial').cameo.code).toBe('016');
  });

  it('what could be read two ways? Who says the bridge collapsed', async () => {
    const flood = await example();
    expect(ambiguitiesOf(flood, 'bridge-collapse').map((a) => a.id)).toEqual(['police-said-what']);
    expect(getEvent(flood, 'bridge-collapse').attribution.map((a) => a.source)).toEqual(['police']);
  });

  it('exports: JSON-LD names the river and the county by their schema.org classes; every record is an annotation', async () => {
    const flood = await example();
    const types = toJsonLd(flood)['@graph'].map((n) => n['@type']);
    expect(types.filter((t) => t === 'BodyOfWater' || t === 'AdministrativeArea')).toEqual(['BodyOfWater', 'AdministrativeArea']);
    const records = [flood.actors, flood.places, flood.events, flood.quotes, flood.statistics, flood.claims].flat();
    expect(toWebAnnotations(flood).total).toBe(records.length);
  });

  it('GDELT rows: only the events CAMEO codes, with their Goldstein scores', async () => {
    const flood = await example();
    expect(toGdeltRows(flood).map((r) => [r.event, r.values[26], r.values[30]])).toEqual([
      ['health-service-statement', '010', '0.0'],
      ['move-to-higher-ground', '020', '3.0'],
      ['defences-blame', '112', '-2.0'],
      ['council-denial', '016', '-2.0'],
    ]);
  });
});
