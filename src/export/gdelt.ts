import { memo } from '../internal/memo.js';
import type { Actor, Article, CameoCode, EventId, EventOf, Place } from '../model/index.js';
import { CAMEO_TABLE } from './cameo-table.js';
import { articleIri } from './iri.js';

/**
 * The 61 columns of GDELT 2.0's event table, in order (The GDELT Event Database Data Format
 * Codebook V2.0, 2015; names as in GDELT's header files). `toGdeltRows` gives one value per column.
 *
 * @example
 * GDELT_EVENT_COLUMNS.length; // => 61
 * GDELT_EVENT_COLUMNS.indexOf('EventCode'); // => 26
 * @group Export
 */
// Stryker disable all: the names are data, checked against the codebook's list (vendor/gdelt/) by tests/export/gdelt.test.ts.
export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;
// Stryker restore all

/** The name of a column of GDELT 2.0's event table. */
export type GdeltEventColumn = (typeof GDELT_EVENT_COLUMNS)[number];

/**
 * GDELT's four primary classes of event: 1 Verbal Cooperation, 2 Material Cooperation, 3 Verbal
 * Conflict, 4 Material Conflict.
 */
export type QuadClass = 1 | 2 | 3 | 4;

/**
 * What GDELT's lookup files say of a CAMEO event code.
 *
 * @example
 * const info: CameoCodeInfo = describeCameoCode('195');
 */
export interface CameoCodeInfo {
  /** The code. */
  readonly code: CameoCode;
  /** GDELT's label, trimmed (`'Employ aerial weapons'`). GDELT's labels for 101–108 differ from CAMEO 1.1b3's names. */
  readonly label: string;
  /** The Goldstein score GDELT gives the code, from -10 to +10, as GDELT prints it (`'-10.0'`). */
  readonly goldstein: string;
  /** The three-digit base code (GDELT's EventBaseCode): the code itself, or its first three digits. */
  readonly baseCode: string;
  /** The two-digit root code (GDELT's EventRootCode). */
  readonly rootCode: string;
  /**
   * GDELT's primary class: roots 01–05 are 1, 06–09 are 2, 10–14 are 3 and 15–20 are 4, as GDELT's
   * own rows have them (some libraries use other groupings, which do not match GDELT's data).
   */
  readonly quadClass: QuadClass;
}

/**
 * What GDELT's lookup files say of a CAMEO event code: its label, Goldstein score, base and root
 * codes, and QuadClass.
 *
 * @param code - a CAMEO event code (three or four digits)
 * @returns the code's entry
 * @throws {RangeError} for anything that is not one of the 291 codes (a number, too)
 * @example
 * describeCameoCode('195');
 * // => { code: '195', label: 'Employ aerial weapons', goldstein: '-10.0', baseCode: '195', rootCode: '19', quadClass: 4 }
 * describeCameoCode('046').quadClass; // => 1
 * @group Export
 */
export function describeCameoCode(code: CameoCode): CameoCodeInfo {
  const entry = typeof code === 'string' && Object.hasOwn(CAMEO_TABLE, code) ? CAMEO_TABLE[code] : undefined;
  if (entry === undefined) {
    const shown = typeof code === 'string' ? JSON.stringify(code) : `a ${typeof code}`;
    throw new RangeError(`${shown} is not a CAMEO event code (a string of three or four digits, in GDELT's CAMEO.eventcodes.txt).`);
  }
  const root = Number(code.slice(0, 2));
  const quadClass: QuadClass = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  return Object.freeze({ code, label: entry[0], goldstein: entry[1], baseCode: code.slice(0, 3), rootCode: code.slice(0, 2), quadClass });
}

/**
 * One event as a row of GDELT 2.0's event table.
 *
 * @example
 * const row: GdeltEventRow<StoryIds['event']> | undefined = toGdeltRows(article)[0];
 * row?.event; // => 'overnight-strikes'
 */
export interface GdeltEventRow<E extends string = string> {
  /** The id of the event the row stands for (GDELT rows carry no such id: GLOBALEVENTID is GDELT's own). */
  readonly event: E;
  /** One value per column of {@link GDELT_EVENT_COLUMNS}, in order, `''` where the model has none. */
  readonly values: readonly string[];
}

/** `YYYY…` of a calendar time as `[year, month, day]` strings, where the text gives them. */
function calendar(event: EventOf<Article>): readonly [string, string | undefined, string | undefined] | undefined {
  const time = event.time.find((t) => t.kind === 'date' || t.kind === 'month' || t.kind === 'year');
  if (time === undefined) return undefined;
  const [year = '', month, day] = time.normalized.split('-');
  return [year, month, day];
}

/** The actors in the two GDELT roles: the one who acts, and the one acted on. */
function actorsOf(event: EventOf<Article>, byId: ReadonlyMap<string, Actor>): [Actor | undefined, Actor | undefined] {
  const first = (roles: readonly string[], except?: string): Actor | undefined => {
    for (const role of roles) {
      const p = event.participants.find((q) => q.role === role && q.actor !== except);
      if (p !== undefined) return byId.get(p.actor);
    }
    return undefined;
  };
  const actor1 = first(['agent', 'speaker', 'participant', 'supporter']);
  return [actor1, first(['target', 'affected', 'participant'], actor1?.id)];
}

/** A place as GDELT writes a full name: `City, State, Country`, following `partOf` outwards. */
function fullName(place: Place, byId: ReadonlyMap<string, Place>): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let p: Place | undefined = place; p !== undefined && !seen.has(p.id); p = p.partOf === null ? undefined : byId.get(p.partOf.id)) {
    seen.add(p.id);
    names.push(field(p.name));
  }
  return names.join(', ');
}

/** The eight geography columns for a place (type, full name; codes and coordinates left empty). */
function geo(place: Place | undefined, places: ReadonlyMap<string, Place>): string[] {
  if (place === undefined) return ['', '', '', '', '', '', '', ''];
  // GDELT's types 2–5 tell US from other places, which the text does not: only a country gets one.
  return [place.kind === 'country' ? '1' : '', fullName(place, places), '', '', '', '', '', ''];
}

/**
 * The first paragraph that any event's evidence overlaps, in O((spans + paragraphs) log spans): the
 * spans sorted by start with the running maximum of their ends, so that for each paragraph one
 * binary search finds the spans starting before its end and says whether any reaches into it.
 */
function leadParagraph(article: Article): Article['paragraphs'][number] | undefined {
  const spans = article.events.flatMap((e) => e.evidence).sort((a, b) => a.start - b.start);
  const reach = new Float64Array(spans.length);
  let max = -1;
  spans.forEach((span, i) => (reach[i] = max = Math.max(max, span.end)));
  return article.paragraphs.find((p) => {
    // How many spans start before the paragraph ends.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as { start: number }).start < p.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > p.start;
  });
}

/** GDELT's files are tab-separated lines: a name with a tab or a line break in it would break a row. */
const field = (value: string): string => value.replace(/[\t\n\r\v\f\u0085\u2028\u2029]+/g, ' ');

/** The rows of an article, built once for a frozen article. */
function rowsOf(article: Article): readonly GdeltEventRow[] {
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  const places = new Map(article.places.map((p) => [p.id, p]));
  // GDELT's "lead paragraph": the first paragraph that holds any event's evidence (so that a header
  // such as the examples' note that they are invented is not taken for the lead).
  const lead = leadParagraph(article);
  const source = articleIri(article);
  const rows: GdeltEventRow[] = [];
  for (const event of article.events) {
    // A planned or cancelled event has no place in a table of events that happened, and an event
    // without a code has no row: GDELT's columns cannot say "did not happen" or "no code".
    if (event.cameo.code === null || event.status === 'cancelled' || event.status === 'planned') continue;
    const info = describeCameoCode(event.cameo.code);
    const date = calendar(event);
    const [year, month, day] = date ?? ['', undefined, undefined];
    const [actor1, actor2] = actorsOf(event, actors);
    const located = (actor: Actor | undefined): Place | undefined =>
      actor?.kind === 'group' && actor.location !== null ? places.get(actor.location.id) : undefined;
    const actor = (a: Actor | undefined): string[] => ['', a === undefined ? '' : field(a.name).toUpperCase(), '', '', '', '', '', '', '', ''];
    const root = lead !== undefined && event.evidence.some((s) => s.start < lead.end && s.end > lead.start);
    const values = [
      '',
      day !== undefined ? `${year}${month}${day}` : '',
      month !== undefined ? `${year}${month}` : '',
      year,
      day !== undefined ? (Number(year) + (Number(month) * 30 + Number(day)) / 365).toFixed(4) : '',
      ...actor(actor1),
      ...actor(actor2),
      root ? '1' : '0',
      info.code,
      info.baseCode,
      info.rootCode,
      String(info.quadClass),
      info.goldstein,
      String(event.evidence.length),
      '1',
      '1',
      '',
      ...geo(located(actor1), places),
      ...geo(located(actor2), places),
      ...geo(event.places[0] === undefined ? undefined : places.get(event.places[0].id), places),
      '',
      source,
    ];
    rows.push(Object.freeze({ event: event.id, values: Object.freeze(values) }));
  }
  return Object.freeze(rows);
}

/**
 * The article's events as rows of GDELT 2.0's event table, for tools that read GDELT data: one row
 * per event that has a CAMEO code and took place or is ongoing, with a value for each of the 61
 * columns of {@link GDELT_EVENT_COLUMNS}. Tab-separated, one row a line, they are a GDELT export file:
 * `rows.map((r) => r.values.join('\t')).join('\n')`.
 *
 * What it fills: the dates the text gives (SQLDATE and FractionDate only for a full date); the
 * actors' names (Actor1 is the first agent or speaker, Actor2 the first target or affected actor;
 * upper case, as GDELT writes them); IsRootEvent (1 for an event in the lead paragraph);
 * EventCode, EventBaseCode, EventRootCode, QuadClass and GoldsteinScale from GDELT's CAMEO lookup;
 * NumMentions (the event's evidence spans), NumSources and NumArticles (1: one article); a
 * place's full name (`Kyiv, Ukraine`, by `partOf`) and, for a country, its geographic type (1); the
 * article IRI as SOURCEURL.
 *
 * What it leaves empty: GLOBALEVENTID and DATEADDED (GDELT's own), the CAMEO actor codes (country,
 * group, ethnic, religion and type codes: the model has none), AvgTone, FIPS and ADM codes,
 * coordinates and feature ids. What it leaves out: events without a code (a flood, a vote), planned
 * and cancelled events, and attribution, which GDELT cannot carry: a row for an interception that
 * Russia "claimed" reads like any other, so read the event's `attribution` before taking a row as fact.
 *
 * @param article - the article
 * @returns one row per exported event, in the article's event order
 * @example
 * const rows = toGdeltRows(article);
 * rows.find((r) => r.event === 'ukrainian-drone-assault')?.values.slice(26, 31); // => ['195', '195', '19', '4', '-10.0']
 * rows.some((r) => r.event === 'budapest-summit'); // => false (cancelled)
 * @group Export
 */
export function toGdeltRows<A extends Article>(article: A): readonly GdeltEventRow<EventId<A>>[] {
  return memo(article, rowsOf) as readonly GdeltEventRow<EventId<A>>[];
}
