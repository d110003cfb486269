// The CAMEO and ACLED vocabularies as run-time tables, for the validator: which codes exist, which
// codes each event type takes, and which ACLED sub-event types belong to which event type. Each
// table is typed by the model's own types, so the compiler checks that it lists every member and no
// other; tests/cameo.test.ts checks the codes against GDELT's lookup file (vendor/gdelt/).
import type { AcledEventType, AcledSubEventTypes } from '../model/acled.js';
import type { CameoCode, EventCameoPrefixes, UncodedEventType } from '../model/cameo.js';
import type { EventType } from '../model/event.js';

// Stryker disable all: the tables are data. The compiler checks them against the model's types,
// tests/cameo.test.ts against GDELT's files and tests/taxonomy.test.ts against the README's table;
// only the keys are read. (The functions below them are mutated as any code is.)
/** Every CAMEO event code GDELT uses (three and four digits): built on first use, not at import (the
 * main entry point's import cost: BENCHMARKS.md), then kept. */
export function cameoCodes(): Readonly<Record<CameoCode, true>> {
  return (codes ??= Object.freeze({
    '010': true, '011': true, '012': true, '013': true, '014': true, '015': true, '016': true, '017': true,
    '018': true, '019': true, '020': true, '021': true, '0211': true, '0212': true, '0213': true, '0214': true,
    '022': true, '023': true, '0231': true, '0232': true, '0233': true, '0234': true, '024': true, '0241': true,
    '0242': true, '0243': true, '0244': true, '025': true, '0251': true, '0252': true, '0253': true, '0254': true,
    '0255': true, '0256': true, '026': true, '027': true, '028': true, '030': true, '031': true, '0311': true,
    '0312': true, '0313': true, '0314': true, '032': true, '033': true, '0331': true, '0332': true, '0333': true,
    '0334': true, '034': true, '0341': true, '0342': true, '0343': true, '0344': true, '035': true, '0351': true,
    '0352': true, '0353': true, '0354': true, '0355': true, '0356': true, '036': true, '037': true, '038': true,
    '039': true, '040': true, '041': true, '042': true, '043': true, '044': true, '045': true, '046': true,
    '050': true, '051': true, '052': true, '053': true, '054': true, '055': true, '056': true, '057': true,
    '060': true, '061': true, '062': true, '063': true, '064': true, '070': true, '071': true, '072': true,
    '073': true, '074': true, '075': true, '080': true, '081': true, '0811': true, '0812': true, '0813': true,
    '0814': true, '082': true, '083': true, '0831': true, '0832': true, '0833': true, '0834': true, '084': true,
    '0841': true, '0842': true, '085': true, '086': true, '0861': true, '0862': true, '0863': true, '087': true,
    '0871': true, '0872': true, '0873': true, '0874': true, '090': true, '091': true, '092': true, '093': true,
    '094': true, '100': true, '101': true, '1011': true, '1012': true, '1013': true, '1014': true, '102': true,
    '103': true, '1031': true, '1032': true, '1033': true, '1034': true, '104': true, '1041': true, '1042': true,
    '1043': true, '1044': true, '105': true, '1051': true, '1052': true, '1053': true, '1054': true, '1055': true,
    '1056': true, '106': true, '107': true, '108': true, '110': true, '111': true, '112': true, '1121': true,
    '1122': true, '1123': true, '1124': true, '1125': true, '113': true, '114': true, '115': true, '116': true,
    '120': true, '121': true, '1211': true, '1212': true, '122': true, '1221': true, '1222': true, '1223': true,
    '1224': true, '123': true, '1231': true, '1232': true, '1233': true, '1234': true, '124': true, '1241': true,
    '1242': true, '1243': true, '1244': true, '1245': true, '1246': true, '125': true, '126': true, '127': true,
    '128': true, '129': true, '130': true, '131': true, '1311': true, '1312': true, '1313': true, '132': true,
    '1321': true, '1322': true, '1323': true, '1324': true, '133': true, '134': true, '135': true, '136': true,
    '137': true, '138': true, '1381': true, '1382': true, '1383': true, '1384': true, '1385': true, '139': true,
    '140': true, '141': true, '1411': true, '1412': true, '1413': true, '1414': true, '142': true, '1421': true,
    '1422': true, '1423': true, '1424': true, '143': true, '1431': true, '1432': true, '1433': true, '1434': true,
    '144': true, '1441': true, '1442': true, '1443': true, '1444': true, '145': true, '1451': true, '1452': true,
    '1453': true, '1454': true, '150': true, '151': true, '152': true, '153': true, '154': true, '160': true,
    '161': true, '162': true, '1621': true, '1622': true, '1623': true, '163': true, '164': true, '165': true,
    '166': true, '1661': true, '1662': true, '1663': true, '170': true, '171': true, '1711': true, '1712': true,
    '172': true, '1721': true, '1722': true, '1723': true, '1724': true, '173': true, '174': true, '175': true,
    '180': true, '181': true, '182': true, '1821': true, '1822': true, '1823': true, '183': true, '1831': true,
    '1832': true, '1833': true, '184': true, '185': true, '186': true, '190': true, '191': true, '192': true,
    '193': true, '194': true, '195': true, '196': true, '200': true, '201': true, '202': true, '203': true,
    '204': true, '2041': true, '2042': true,
  }));
}
let codes: Readonly<Record<CameoCode, true>> | undefined;

/** The code prefixes each event type takes (see EventCameoPrefixes). */
export const CAMEO_PREFIXES: { readonly [T in EventType]: Readonly<Record<EventCameoPrefixes[T], true>> } = {
  statement: { '01': true },
  appeal: { '02': true },
  proposal: { '03': true },
  meeting: { '04': true },
  agreement: { '050': true, '057': true, '0871': true },
  'policy-measure': { '06': true, '07': true, '08': true, '162': true, '163': true, '172': true },
  'emergency-response': { '070': true, '073': true, '074': true },
  'legal-action': { '09': true, '115': true, '116': true, '173': true },
  pressure: { '10': true, '13': true, '170': true },
  condemnation: { '110': true, '111': true, '112': true, '113': true, '114': true },
  rejection: { '12': true },
  protest: { '14': true },
  arrest: { '173': true },
  cancellation: { '125': true, '127': true, '160': true, '161': true, '164': true, '165': true },
  abandonment: { '120': true, '125': true, '127': true, '160': true, '161': true, '164': true, '165': true },
  strike: {
    '180': true,
    '183': true,
    '185': true,
    '186': true,
    '190': true,
    '193': true,
    '194': true,
    '195': true,
    '196': true,
    '200': true,
    '202': true,
    '204': true,
  },
  explosions: { '180': true, '183': true, '190': true, '193': true, '194': true, '195': true, '204': true },
  interception: { '190': true, '193': true, '194': true, '195': true },
  invasion: { '190': true, '192': true },
  'power-outage': {},
  disaster: {},
  accident: {},
  vote: {},
};

/** The event types whose code may be `null`. */
export const UNCODED: Readonly<Record<UncodedEventType, true>> = {
  'power-outage': true,
  disaster: true,
  accident: true,
  vote: true,
  explosions: true,
  'legal-action': true,
  'policy-measure': true,
  'emergency-response': true,
};

/** ACLED's sub-event types, by event type. */
export const ACLED_SUB_EVENT_TYPES: { readonly [E in AcledEventType]: Readonly<Record<AcledSubEventTypes[E], true>> } = {
  Battles: { 'Armed clash': true, 'Government regains territory': true, 'Non-state actor overtakes territory': true },
  'Explosions/Remote violence': {
    'Chemical weapon': true,
    'Air/drone strike': true,
    'Suicide bomb': true,
    'Shelling/artillery/missile attack': true,
    'Remote explosive/landmine/IED': true,
    Grenade: true,
  },
  'Violence against civilians': { 'Sexual violence': true, Attack: true, 'Abduction/forced disappearance': true },
  Protests: { 'Peaceful protest': true, 'Protest with intervention': true, 'Excessive force against protesters': true },
  Riots: { 'Violent demonstration': true, 'Mob violence': true },
  'Strategic developments': {
    Agreement: true,
    Arrests: true,
    'Change to group/activity': true,
    'Disrupted weapons use': true,
    'Headquarters or base established': true,
    'Looting/property destruction': true,
    'Non-violent transfer of territory': true,
    Other: true,
  },
};
// Stryker restore all

/** The CAMEO 1.1b3 codes that GDELT's files lack, and the code to use instead. */
export const NOT_IN_GDELT: Readonly<Record<string, CameoCode>> = { '155': '154', '176': '170', '1834': '183', '1951': '195', '1952': '195' };

/** Whether an event of `type` may carry `code` (a code that exists, or `null`). */
export function cameoFits(type: EventType, code: CameoCode | null): boolean {
  if (code === null) return Object.hasOwn(UNCODED, type);
  const prefixes = CAMEO_PREFIXES[type];
  // Own keys only: a key added to Object.prototype must not widen what a type takes.
  for (const prefix of Object.keys(prefixes)) if (code.startsWith(prefix)) return true;
  return false;
}

/** The codes an event of `type` takes, for messages: `codes starting 180, 183, …` (and "or null"). */
export function describePrefixes(type: EventType): string {
  const prefixes = Object.keys(CAMEO_PREFIXES[type]).sort();
  const uncoded = Object.hasOwn(UNCODED, type);
  if (prefixes.length === 0) return 'none: its code is null';
  return `codes starting ${prefixes.join(', ')}${uncoded ? ', or null' : ''}`;
}
