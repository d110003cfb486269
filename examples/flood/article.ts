// An invented flood report, modelled with `defineArticle`: a natural disaster, the emergency
// measures and rescue that followed, a collapse, an accusation and its denial. Nothing in it is
// real: the town, the river, the county, the people and the newspaper do not exist, and the text
// says so in its first line. Offsets are found with the authoring aids rather than counted:
// `spanOf` and `spansOf` find phrases, `aliasesOf` lists an actor's forms from its evidence,
// `paragraphsIn` and `sentencesIn` segment the text. In your own project, import from the package:
//   import { defineArticle, spanOf, spansOf } from 'ukraine-energy-strikes/define';
import { aliasesOf } from '../../src/author/aliases-of.js';
import { paragraphsIn, sentencesIn } from '../../src/author/segments.js';
import { spanOf, spansOf } from '../../src/author/span-of.js';
import type { Phrase } from '../../src/author/span-of.js';
import { defineArticle } from '../../src/define/define-article.js';
import type { DefinedArticle } from '../../src/define/defined-article.js';
import type { Evidence, Span } from '../../src/model/index.js';

/** The invented text: a flood in a fictional town (170 words). */
export const text: string =
  '[Invented for the ukraine-energy-strikes examples: these places, people and organisations do not exist.]\n\n' +
  'Floodwaters from the River Tamsel swept through the town of Varrow on 14 March 2026 after three days of heavy rain, ' +
  'forcing hundreds of residents from their homes. At least four people died and more than 30 were injured, ' +
  'the county health service said on Sunday.\n\n' +
  'Hollin County council declared a state of emergency on Saturday night and urged people living near the river ' +
  'to move to higher ground. “We have not seen water like this in a generation,” said the council leader, Maria Osei.\n\n' +
  'Firefighters evacuated 212 people from the Kettle Lane care home, according to the regional fire service. ' +
  'The old Varrow Bridge collapsed under the weight of the water, and no one was on it at the time, police said.\n\n' +
  'Residents interviewed by the Varrow Courier blamed the council for failing to repair the town’s flood defences, ' +
  'which the council denied. The national weather agency expects more rain on Monday.\n\n' +
  'Source: Varrow Courier';

/** The span of a phrase of the text (say which occurrence, from 0, if it occurs more than once). */
const at = (phrase: string, occurrence?: number): Span => spanOf(text, phrase, occurrence);
/** The spans of several phrases: a record's evidence. */
const ev = (...phrases: [Phrase, ...Phrase[]]): Evidence => spansOf(text, ...phrases);

/**
 * The ids and kinds of the flood article, as `defineArticle` infers them: naming the shape gives the
 * exported constant the explicit type that `isolatedDeclarations` asks for, in a dozen lines.
 */
export interface FloodShape {
  /** The newspaper, the council and its leader, the services, and three groups of residents. */
  readonly actors: {
    readonly 'varrow-courier': 'organisation';
    readonly 'county-health-service': 'organisation';
    readonly 'hollin-county-council': 'organisation';
    readonly 'maria-osei': 'person';
    readonly 'regional-fire-service': 'organisation';
    readonly police: 'organisation';
    readonly 'displaced-residents': 'group';
    readonly 'riverside-residents': 'group';
    readonly 'interviewed-residents': 'group';
    readonly 'national-weather-agency': 'organisation';
  };
  /** The river, the town, the county, the care home and the bridge. */
  readonly places: {
    readonly 'river-tamsel': 'body-of-water';
    readonly varrow: 'city';
    readonly 'hollin-county': 'administrative-area';
    readonly 'kettle-lane-care-home': 'site';
    readonly 'varrow-bridge': 'site';
  };
  /** The rain and the flood, what the council and the firefighters did, the collapse, the blame and the denial. */
  readonly events: {
    readonly 'heavy-rain': 'disaster';
    readonly flood: 'disaster';
    readonly 'health-service-statement': 'statement';
    readonly 'state-of-emergency': 'policy-measure';
    readonly 'move-to-higher-ground': 'appeal';
    readonly 'care-home-evacuation': 'emergency-response';
    readonly 'bridge-collapse': 'accident';
    readonly 'defences-blame': 'condemnation';
    readonly 'council-denial': 'statement';
  };
  /** The council leader's words. */
  readonly quotes: 'not-seen-water';
  /** The figures, each as vague as the text. */
  readonly statistics: {
    readonly 'rain-duration': 'exact';
    readonly 'residents-displaced': 'range';
    readonly 'people-died': 'range';
    readonly 'people-injured': 'range';
    readonly 'people-evacuated': 'exact';
  };
  /** What the residents, the council, the police and the weather agency say. */
  readonly claims: 'defences-not-repaired' | 'council-denies-failure' | 'no-one-on-bridge' | 'more-rain-expected';
  /** No outside context. */
  readonly context: false;
}

const courier = ev(['Varrow Courier', 0], ['Varrow Courier', 1]);
const council = ev('Hollin County council', ['the council', 1], ['the council', 2]);
const fireService = ev('the regional fire service');
const healthService = ev('the county health service');
const police = ev('police said');
const narrated = (...phrases: [Phrase, ...Phrase[]]) => [{ source: 'varrow-courier', mode: 'narrated', evidence: ev(...phrases) }] as const;

/**
 * The invented flood article, validated and deeply frozen, typed by its ids and kinds:
 * `getPlace(flood, 'varrow-bridge').kind` is `'site'`, and a misspelt id does not compile.
 *
 * @example
 * getPlace(flood, 'river-tamsel').kind; // => 'body-of-water'
 * getEvent(flood, 'state-of-emergency').cameo.code; // => null
 */
export const flood: DefinedArticle<FloodShape> = defineArticle({
  id: 'varrow-flood-invented',
  publisher: { actor: 'varrow-courier', name: 'Varrow Courier', evidence: ev(['Varrow Courier', 1]) },
  language: 'en',
  text,
  paragraphs: paragraphsIn(text),
  sentences: sentencesIn(text),
  actors: [
    {
      kind: 'group',
      id: 'displaced-residents',
      name: 'Residents forced from their homes',
      aliases: ['residents'],
      members: [],
      location: { id: 'varrow', basis: 'implied', evidence: ev('swept through the town of Varrow') },
      evidence: ev(['residents', 0]),
    },
    {
      kind: 'organisation',
      id: 'county-health-service',
      name: 'County health service',
      aliases: aliasesOf(text, healthService),
      partOf: null,
      evidence: healthService,
    },
    {
      kind: 'organisation',
      id: 'hollin-county-council',
      name: 'Hollin County council',
      aliases: aliasesOf(text, council),
      partOf: null,
      evidence: council,
    },
    {
      kind: 'group',
      id: 'riverside-residents',
      name: 'People living near the river',
      aliases: ['people living near the river'],
      members: [],
      location: null,
      evidence: ev('people living near the river'),
    },
    {
      kind: 'person',
      id: 'maria-osei',
      name: 'Maria Osei',
      aliases: ['Maria Osei'],
      titles: [{ title: 'council leader', of: 'hollin-county-council', evidence: ev('the council leader') }],
      evidence: ev('Maria Osei'),
    },
    {
      kind: 'organisation',
      id: 'regional-fire-service',
      name: 'Regional fire service',
      aliases: aliasesOf(text, fireService),
      partOf: null,
      evidence: fireService,
    },
    { kind: 'organisation', id: 'police', name: 'Police', aliases: ['police'], partOf: null, evidence: ev('police') },
    {
      kind: 'group',
      id: 'interviewed-residents',
      name: 'Residents interviewed by the Varrow Courier',
      aliases: ['Residents interviewed by the Varrow Courier'],
      members: [],
      location: null,
      evidence: ev('Residents interviewed by the Varrow Courier'),
    },
    { kind: 'organisation', id: 'varrow-courier', name: 'Varrow Courier', aliases: aliasesOf(text, courier), partOf: null, evidence: courier },
    {
      kind: 'organisation',
      id: 'national-weather-agency',
      name: 'National weather agency',
      aliases: ['The national weather agency'],
      partOf: null,
      evidence: ev('The national weather agency'),
    },
  ],
  places: [
    {
      kind: 'body-of-water',
      id: 'river-tamsel',
      name: 'River Tamsel',
      aliases: ['the River Tamsel', 'the river'],
      partOf: null,
      evidence: ev('the River Tamsel', 'the river'),
    },
    {
      kind: 'city',
      id: 'varrow',
      name: 'Varrow',
      aliases: ['the town of Varrow', 'the town'],
      // "Hollin County council declared a state of emergency" in a report on Varrow: implied, not said.
      partOf: { id: 'hollin-county', basis: 'implied', evidence: ev('Hollin County council declared a state of emergency') },
      evidence: ev('the town of Varrow', ['the town', 1]),
    },
    { kind: 'administrative-area', id: 'hollin-county', name: 'Hollin County', aliases: ['Hollin County'], partOf: null, evidence: ev('Hollin County') },
    {
      kind: 'site',
      id: 'kettle-lane-care-home',
      name: 'Kettle Lane care home',
      aliases: ['the Kettle Lane care home'],
      partOf: null,
      evidence: ev('the Kettle Lane care home'),
    },
    { kind: 'site', id: 'varrow-bridge', name: 'Varrow Bridge', aliases: ['Varrow Bridge'], partOf: null, evidence: ev('Varrow Bridge') },
  ],
  events: [
    {
      type: 'disaster',
      id: 'flood',
      summary: 'Floodwaters from the River Tamsel swept through Varrow, forcing hundreds of residents from their homes.',
      status: 'occurred',
      cameo: { code: null, note: 'A flood: CAMEO codes acts of political actors, and has no code for a natural disaster.' },
      acled: null,
      participants: [{ actor: 'displaced-residents', role: 'affected', basis: 'stated', evidence: ev('forcing hundreds of residents from their homes') }],
      places: [
        { id: 'varrow', basis: 'stated', evidence: ev('swept through the town of Varrow') },
        { id: 'river-tamsel', basis: 'stated', evidence: ev('Floodwaters from the River Tamsel') },
      ],
      time: [{ kind: 'date', normalized: '2026-03-14', evidence: ev('on 14 March 2026') }],
      attribution: narrated('Floodwaters from the River Tamsel swept through the town of Varrow'),
      relations: [{ type: 'after', event: 'heavy-rain', basis: 'stated', evidence: ev('after three days of heavy rain') }],
      evidence: ev('Floodwaters from the River Tamsel swept through the town of Varrow', 'the water'),
    },
    {
      type: 'disaster',
      id: 'heavy-rain',
      summary: 'Three days of heavy rain.',
      status: 'occurred',
      cameo: {
        code: null,
        note: 'Rain: no act of a political actor, so no CAMEO code. Typed as a disaster for want of a type for weather: the rain came before the flood (“after three days of heavy rain”) and is not one itself.',
      },
      acled: null,
      participants: [],
      places: [],
      time: [{ kind: 'duration', statistic: 'rain-duration', evidence: ev('three days') }],
      attribution: narrated('after three days of heavy rain'),
      relations: [],
      evidence: ev('three days of heavy rain'),
    },
    {
      type: 'statement',
      id: 'health-service-statement',
      summary: 'The county health service gave the numbers of dead and injured.',
      status: 'occurred',
      cameo: { code: '010', note: '“said”: figures given, with no appeal, demand or criticism in them (010).' },
      acled: null,
      participants: [{ actor: 'county-health-service', role: 'speaker', basis: 'stated', evidence: ev('the county health service said') }],
      places: [],
      time: [{ kind: 'weekday', weekday: 'sunday', evidence: ev('on Sunday') }],
      attribution: narrated('the county health service said on Sunday'),
      relations: [{ type: 'reports', event: 'flood', basis: 'implied', evidence: ev('At least four people died and more than 30 were injured') }],
      channel: null,
      evidence: ev('the county health service said on Sunday'),
    },
    {
      type: 'policy-measure',
      id: 'state-of-emergency',
      summary: 'Hollin County council declared a state of emergency.',
      status: 'occurred',
      cameo: {
        code: null,
        note: "“declared a state of emergency”, in response to the flood (as the text implies): a civil emergency. CAMEO's 1724 (Impose state of emergency or martial law) is coercion that suspends civilians' rights (172), which the text does not say; no other code fits.",
      },
      acled: null,
      participants: [{ actor: 'hollin-county-council', role: 'agent', basis: 'stated', evidence: ev('Hollin County council') }],
      places: [{ id: 'hollin-county', basis: 'implied', evidence: ev('Hollin County council declared a state of emergency') }],
      time: [{ kind: 'weekday', weekday: 'saturday', evidence: ev('on Saturday night') }],
      attribution: narrated('Hollin County council declared a state of emergency on Saturday night'),
      relations: [{ type: 'responds-to', event: 'flood', basis: 'implied', evidence: ev('declared a state of emergency') }],
      evidence: ev('declared a state of emergency'),
    },
    {
      type: 'appeal',
      id: 'move-to-higher-ground',
      summary: 'The council urged people living near the river to move to higher ground.',
      status: 'occurred',
      cameo: { code: '020', note: '“urged … to move to higher ground”: an appeal that no finer code of 02 describes (020).' },
      acled: null,
      participants: [
        { actor: 'hollin-county-council', role: 'agent', basis: 'stated', evidence: ev('Hollin County council') },
        { actor: 'riverside-residents', role: 'target', basis: 'stated', evidence: ev('people living near the river') },
      ],
      places: [],
      // No time: "on Saturday night" is the declaration's, and the text does not say that the appeal,
      // joined to it by "and", was made at once.
      time: [],
      attribution: narrated('and urged people living near the river to move to higher ground'),
      relations: [{ type: 'responds-to', event: 'flood', basis: 'implied', evidence: ev('to move to higher ground') }],
      channel: null,
      evidence: ev('urged people living near the river to move to higher ground'),
    },
    {
      type: 'emergency-response',
      id: 'care-home-evacuation',
      summary: 'Firefighters evacuated 212 people from the Kettle Lane care home, according to the regional fire service.',
      status: 'occurred',
      cameo: {
        code: null,
        note: 'An evacuation by firefighters (of the regional fire service, which the text implies): not aid from one political actor to another, which is what 073 (Provide humanitarian aid) codes.',
      },
      acled: null,
      participants: [{ actor: 'regional-fire-service', role: 'agent', basis: 'implied', evidence: ev('Firefighters') }],
      places: [{ id: 'kettle-lane-care-home', basis: 'stated', evidence: ev('from the Kettle Lane care home') }],
      time: [],
      attribution: [{ source: 'regional-fire-service', mode: 'stated', evidence: ev('according to the regional fire service') }],
      relations: [{ type: 'responds-to', event: 'flood', basis: 'implied', evidence: ev('Firefighters evacuated 212 people') }],
      evidence: ev('Firefighters evacuated 212 people from the Kettle Lane care home'),
    },
    {
      type: 'accident',
      id: 'bridge-collapse',
      summary: 'The old Varrow Bridge collapsed under the weight of the water, the police said.',
      status: 'occurred',
      cameo: { code: null, note: 'A collapse is no act between political actors: CAMEO has no code for it.' },
      acled: null,
      participants: [],
      places: [{ id: 'varrow-bridge', basis: 'stated', evidence: ev('The old Varrow Bridge collapsed') }],
      time: [],
      // On the chosen reading of "police said" (see the ambiguity police-said-what).
      attribution: [{ source: 'police', mode: 'stated', evidence: police }],
      relations: [{ type: 'results-from', event: 'flood', basis: 'implied', evidence: ev('under the weight of the water') }],
      evidence: ev('The old Varrow Bridge collapsed under the weight of the water'),
    },
    {
      type: 'condemnation',
      id: 'defences-blame',
      summary: 'Residents interviewed by the Varrow Courier blamed the council for failing to repair the flood defences.',
      status: 'occurred',
      cameo: { code: '112', note: '“blamed the council for failing to repair …”: an accusation that is not of a crime (112, Accuse, not specified).' },
      acled: null,
      participants: [
        { actor: 'interviewed-residents', role: 'speaker', basis: 'stated', evidence: ev('Residents interviewed by the Varrow Courier') },
        { actor: 'hollin-county-council', role: 'target', basis: 'stated', evidence: ev(['the council', 1]) },
      ],
      places: [],
      time: [],
      attribution: narrated('Residents interviewed by the Varrow Courier blamed the council'),
      relations: [{ type: 'concerns', event: 'flood', basis: 'implied', evidence: ev('flood defences') }],
      channel: null,
      evidence: ev('blamed the council for failing to repair the town’s flood defences'),
    },
    {
      type: 'statement',
      id: 'council-denial',
      summary: 'The council denied failing to repair the flood defences.',
      status: 'occurred',
      cameo: { code: '016', note: '“which the council denied”: a denial of responsibility (016).' },
      acled: null,
      participants: [{ actor: 'hollin-county-council', role: 'speaker', basis: 'stated', evidence: ev(['the council', 2]) }],
      places: [],
      time: [],
      attribution: narrated('which the council denied'),
      relations: [{ type: 'responds-to', event: 'defences-blame', basis: 'stated', evidence: ev('which the council denied') }],
      channel: null,
      evidence: ev('which the council denied'),
    },
  ],
  quotes: [
    {
      id: 'not-seen-water',
      speaker: 'maria-osei',
      text: 'We have not seen water like this in a generation',
      span: at('We have not seen water like this in a generation'),
      form: 'direct',
      channel: null,
      respondsTo: 'flood',
      about: 'flood',
      evidence: ev('We have not seen water like this in a generation', 'said the council leader, Maria Osei'),
    },
  ],
  statistics: [
    {
      id: 'rain-duration',
      measure: 'days of heavy rain before the flood',
      value: { kind: 'exact', value: 3 },
      unit: 'days',
      qualifiers: [],
      time: [],
      attribution: narrated('after three days of heavy rain'),
      about: ['heavy-rain'],
      partOf: null,
      evidence: ev('three days'),
    },
    {
      id: 'residents-displaced',
      measure: 'residents forced from their homes',
      value: {
        kind: 'range',
        min: { value: 200, inclusive: true },
        max: { value: 1000, inclusive: false },
        reading:
          '"hundreds": at least two hundred (plural). The upper bound is the conventional reading ("hundreds", not "thousands"); the text does not force it.',
      },
      unit: 'residents',
      qualifiers: [],
      time: [],
      attribution: narrated('forcing hundreds of residents from their homes'),
      about: ['flood'],
      partOf: null,
      evidence: ev('hundreds of residents'),
    },
    {
      id: 'people-died',
      measure: 'people who died',
      value: { kind: 'range', min: { value: 4, inclusive: true }, max: null, reading: '"At least four": four or more; the text gives no upper bound.' },
      unit: 'people',
      qualifiers: [],
      time: [],
      attribution: [{ source: 'county-health-service', mode: 'stated', evidence: ev('the county health service said') }],
      about: ['flood'],
      partOf: null,
      evidence: ev('At least four people died'),
    },
    {
      id: 'people-injured',
      measure: 'people injured',
      value: { kind: 'range', min: { value: 30, inclusive: false }, max: null, reading: '"more than 30": above 30, with no upper bound.' },
      unit: 'people',
      qualifiers: [],
      time: [],
      attribution: [{ source: 'county-health-service', mode: 'stated', evidence: ev('the county health service said') }],
      about: ['flood'],
      partOf: null,
      evidence: ev('more than 30 were injured'),
    },
    {
      id: 'people-evacuated',
      measure: 'people evacuated from the care home',
      value: { kind: 'exact', value: 212 },
      unit: 'people',
      qualifiers: [],
      time: [],
      attribution: [{ source: 'regional-fire-service', mode: 'stated', evidence: ev('according to the regional fire service') }],
      about: ['care-home-evacuation'],
      partOf: null,
      evidence: ev('212 people'),
    },
  ],
  claims: [
    {
      id: 'no-one-on-bridge',
      summary: 'The police said no one was on the bridge when it collapsed.',
      attribution: [{ source: 'police', mode: 'stated', evidence: police }],
      about: ['bridge-collapse', 'varrow-bridge'],
      relations: [],
      evidence: ev('no one was on it at the time'),
    },
    {
      id: 'defences-not-repaired',
      summary: 'Residents interviewed by the Varrow Courier blamed the council for failing to repair the town’s flood defences.',
      attribution: [{ source: 'interviewed-residents', mode: 'argued', evidence: ev('Residents interviewed by the Varrow Courier blamed') }],
      about: ['hollin-county-council', 'flood'],
      relations: [],
      evidence: ev('blamed the council for failing to repair the town’s flood defences'),
    },
    {
      id: 'council-denies-failure',
      summary: 'The council denied that it failed to repair the flood defences (on one reading of "which": see the ambiguity denied-what).',
      attribution: [{ source: 'hollin-county-council', mode: 'stated', evidence: ev('which the council denied') }],
      about: ['hollin-county-council'],
      relations: [{ type: 'contradicts', claim: 'defences-not-repaired', basis: 'stated', evidence: ev('which the council denied') }],
      evidence: ev('which the council denied'),
    },
    {
      id: 'more-rain-expected',
      summary: 'The national weather agency expects more rain on Monday.',
      attribution: [{ source: 'national-weather-agency', mode: 'stated', evidence: ev('The national weather agency expects') }],
      about: [],
      relations: [],
      evidence: ev('expects more rain on Monday'),
    },
  ],
  context: null,
  ambiguities: [
    {
      id: 'police-said-what',
      question: 'What does "police said" cover: the whole sentence, or only that no one was on the bridge?',
      records: ['bridge-collapse', 'no-one-on-bridge'],
      chosen: {
        reading: 'The whole sentence: the police said that the bridge collapsed under the water and that no one was on it.',
        evidence: ev('The old Varrow Bridge collapsed under the weight of the water, and no one was on it at the time, police said'),
      },
      alternatives: [
        {
          reading: 'Only the last clause: the collapse is the outlet’s own report, and the police said only that no one was on the bridge.',
          evidence: ev('and no one was on it at the time, police said'),
        },
      ],
      note: 'bridge-collapse is attributed to the police; on the other reading its source is the outlet (narrated).',
    },
    {
      id: 'denied-what',
      question: 'What did the council deny: failing to repair the defences, or being to blame?',
      records: ['council-denial', 'council-denies-failure'],
      chosen: {
        reading: 'The failure to repair the flood defences, which "which" follows.',
        evidence: ev('failing to repair the town’s flood defences, which'),
      },
      alternatives: [{ reading: 'The blame as a whole: that the flood was the council’s fault.', evidence: ev('blamed the council') }],
      note: 'Both readings contradict the residents’ claim; the summaries follow the first.',
    },
  ],
});
