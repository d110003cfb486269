import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { defineArticle } from '../../src/define.js';
import { GDELT_EVENT_COLUMNS, toGdeltRows } from '../../src/gdelt.js';
import type { Article } from '../../src/index.js';

const columns = readFileSync(new URL('../../vendor/gdelt/event-columns.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t')[1]);

const column = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => GDELT_EVENT_COLUMNS.indexOf(name);
const value = (row: { values: readonly string[] } | undefined, name: (typeof GDELT_EVENT_COLUMNS)[number]) => row?.values[column(name)];
const draft = () => JSON.parse(JSON.stringify(article));

describe('toGdeltRows', () => {
  it('has GDELT 2.0’s 61 columns, in the codebook’s order', () => {
    expect(GDELT_EVENT_COLUMNS).toEqual(columns);
    expect(columns).toHaveLength(61);
  });

  it('gives a row of 61 values to every coded event that took place or is ongoing, in event order', () => {
    const rows = toGdeltRows(article);
    const expected = article.events.filter((e) => e.cameo.code !== null && e.status !== 'cancelled' && e.status !== 'planned').map((e) => e.id);
    expect(rows.map((r) => r.event)).toEqual(expected);
    expect(rows.map((r) => r.event)).not.toContain('budapest-summit');
    for (const row of rows) expect(row.values).toHaveLength(61);
    expect(new Set(rows.map((r) => value(r, 'SOURCEURL')))).toEqual(new Set(['urn:ukraine-energy-strikes:article:punch-russian-strikes-ukraine-energy']));
  });

  it('fills the CAMEO columns from GDELT’s lookup, and the counts for one article', () => {
    const strikes = toGdeltRows(article).find((r) => r.event === 'overnight-strikes');
    expect(['EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale'].map((c) => value(strikes, c as never))).toEqual([
      '190',
      '190',
      '19',
      '4',
      '-10.0',
    ]);
    expect(['NumMentions', 'NumSources', 'NumArticles', 'AvgTone'].map((c) => value(strikes, c as never))).toEqual(['5', '1', '1', '']);
    const pressure = toGdeltRows(article).find((r) => r.event === 'pressure-to-cede-territory');
    expect([value(pressure, 'EventBaseCode'), value(pressure, 'EventRootCode'), value(pressure, 'QuadClass')]).toEqual(['105', '10', '3']);
  });

  it('names Actor1 (agent or speaker) and Actor2 (target), upper case, and leaves every code column empty', () => {
    const strikes = toGdeltRows(article).find((r) => r.event === 'overnight-strikes');
    expect([value(strikes, 'Actor1Name'), value(strikes, 'Actor2Name')]).toEqual(['RUSSIA', 'UKRAINE']);
    const empty = GDELT_EVENT_COLUMNS.filter((c) => /Code$|Type\dCode$|_Lat$|_Long$|FeatureID$|^GLOBALEVENTID$|^DATEADDED$/.test(c) && !/^Event/.test(c));
    for (const row of toGdeltRows(article)) for (const c of empty) expect(value(row, c), `${row.event} ${c}`).toBe('');
  });

  it('marks the events of the lead paragraph as root events', () => {
    const roots = toGdeltRows(article)
      .filter((r) => value(r, 'IsRootEvent') === '1')
      .map((r) => r.event);
    expect(roots).toEqual(['overnight-strikes']);
  });

  it('gives the dates exactly as precise as the text: a month fills MonthYear and Year only', () => {
    const invasion = toGdeltRows(article).find((r) => r.event === 'russian-invasion');
    expect(['SQLDATE', 'MonthYear', 'Year', 'FractionDate'].map((c) => value(invasion, c as never))).toEqual(['', '202202', '2022', '']);
    const undated = toGdeltRows(article).find((r) => r.event === 'overnight-strikes');
    expect(['SQLDATE', 'MonthYear', 'Year', 'FractionDate'].map((c) => value(undated, c as never))).toEqual(['', '', '', '']);
  });

  it('a full date fills SQLDATE and FractionDate (YEAR + (MONTH × 30 + DAY) / 365); a year fills Year only', () => {
    const d = draft();
    const invasion = d.events.findIndex((e: { id: string }) => e.id === 'russian-invasion');
    const month = d.events[invasion].time.findIndex((t: { kind: string }) => t.kind === 'month');
    d.events[invasion].time[month] = { kind: 'date', normalized: '2022-02-24', evidence: d.events[invasion].time[month].evidence };
    const dated = toGdeltRows(defineArticle(d) as Article).find((r) => r.event === 'russian-invasion');
    expect(['SQLDATE', 'MonthYear', 'Year', 'FractionDate'].map((c) => value(dated, c as never))).toEqual([
      '20220224',
      '202202',
      '2022',
      (2022 + 84 / 365).toFixed(4),
    ]);
    d.events[invasion].time[month] = { kind: 'year', normalized: '2022', evidence: d.events[invasion].time[month].evidence };
    const yearly = toGdeltRows(defineArticle(d) as Article).find((r) => r.event === 'russian-invasion');
    expect(['SQLDATE', 'MonthYear', 'Year', 'FractionDate'].map((c) => value(yearly, c as never))).toEqual(['', '', '2022', '']);
  });

  it('gives the first place’s full name by partOf, and a geographic type for a country only', () => {
    const rows = toGdeltRows(article);
    const pressure = rows.find((r) => r.event === 'pressure-to-cede-territory');
    expect([value(pressure, 'ActionGeo_Type'), value(pressure, 'ActionGeo_FullName')]).toEqual(['', 'Donbas, Ukraine']);
    const strikes = rows.find((r) => r.event === 'overnight-strikes');
    expect([value(strikes, 'ActionGeo_Type'), value(strikes, 'ActionGeo_FullName')]).toEqual(['1', 'Ukraine']);
    const statement = rows.find((r) => r.event === 'zelensky-casualty-statement');
    expect([value(statement, 'ActionGeo_Type'), value(statement, 'ActionGeo_FullName')]).toEqual(['', '']);
  });

  it('places a group actor where the text puts it, and ends a partOf walk that comes back on itself', () => {
    const d = draft();
    const explosions = d.events.find((e: { id: string }) => e.id === 'kyiv-explosions');
    explosions.cameo = { code: '190', note: 'n' };
    explosions.participants = [{ actor: 'journalists-in-kyiv', role: 'agent', basis: 'stated', evidence: explosions.evidence }];
    const row = toGdeltRows(defineArticle(d) as Article).find((r) => r.event === 'kyiv-explosions');
    expect([value(row, 'Actor1Name'), value(row, 'Actor1Geo_Type'), value(row, 'Actor1Geo_FullName')]).toEqual(['JOURNALISTS IN KYIV', '', 'Kyiv, Ukraine']);
    // On data that validateArticle would refuse (a partOf cycle), the name stops where the walk returns.
    const cyclic = draft();
    cyclic.places.find((p: { id: string }) => p.id === 'ukraine-country').partOf = { id: 'kyiv', basis: 'implied', evidence: [{ start: 0, end: 1 }] };
    const strikes = toGdeltRows(cyclic).find((r) => r.event === 'overnight-strikes');
    expect(value(strikes, 'ActionGeo_FullName')).toBe('Ukraine, Kyiv');
  });

  it('gives no rows for an article without events, and no root events without paragraphs', () => {
    expect(toGdeltRows({ ...draft(), events: [] })).toEqual([]);
    const rows = toGdeltRows({ ...draft(), paragraphs: [] });
    expect(rows.every((r) => value(r, 'IsRootEvent') === '0')).toBe(true);
  });

  it('takes the lead paragraph to be the first any event overlaps, wherever the events are listed', () => {
    const d = draft();
    const [p0, p1, p2] = d.paragraphs as { start: number; end: number }[];
    // Every event moved into the third paragraph but the last one listed, moved into the second.
    for (const event of d.events) event.evidence = [{ start: p2!.start, end: p2!.start + 1 }];
    d.events.at(-1).evidence = [{ start: p1!.end - 1, end: p1!.end }];
    const rows = toGdeltRows(d as Article);
    const roots = rows.filter((r) => value(r, 'IsRootEvent') === '1').map((r) => r.event);
    expect(roots).toEqual(rows.length > 0 && d.events.at(-1).cameo.code !== null ? [d.events.at(-1).id] : []);
    expect(p0!.end).toBeLessThanOrEqual(p1!.start);
    // A span that reaches into a paragraph from before it counts for that paragraph.
    for (const event of d.events) event.evidence = [{ start: p0!.start, end: p1!.start + 1 }];
    expect(toGdeltRows(d as Article).every((r) => value(r, 'IsRootEvent') === '1')).toBe(true);
  });

  it('writes no tab or line break into a value: GDELT files are tab-separated lines', () => {
    const d = draft();
    d.actors.find((a: { id: string }) => a.id === 'russia').name = 'Rus\tsia\nFederation';
    d.places.find((p: { id: string }) => p.id === 'ukraine-country').name = 'Ukr\u2028aine\r\n';
    const rows = toGdeltRows(d as Article);
    const strikes = rows.find((r) => r.event === 'overnight-strikes');
    expect(value(strikes, 'Actor1Name')).toBe('RUS SIA FEDERATION');
    expect(value(strikes, 'ActionGeo_FullName')).toBe('Ukr aine ');
    expect(rows.every((r) => r.values.every((v) => !/[\t\n\r\u2028]/.test(v)))).toBe(true);
  });

  it('is built once for a frozen article, and frozen', () => {
    expect(toGdeltRows(article)).toBe(toGdeltRows(article));
    expect(Object.isFrozen(toGdeltRows(article)[0]?.values)).toBe(true);
    expect(() => toGdeltRows({} as Article)).toThrow(TypeError);
  });
});
