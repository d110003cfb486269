// An invented election report, modelled with `defineArticle`: a general election, the parties and
// their leaders, preliminary results and turnout, an accusation and its denial, observers' verdict
// and a rally. Nothing in it is real: the country, its parties, its people and the newspaper do not
// exist, and the text says so in its first line. Offsets are found with `spanOf` and `spansOf`
// (see examples/flood/article.ts).
import { aliasesOf } from '../../src/author/aliases-of.js';
import { paragraphsIn, sentencesIn } from '../../src/author/segments.js';
import { spanOf, spansOf } from '../../src/author/span-of.js';
import type { Phrase } from '../../src/author/span-of.js';
import { defineArticle } from '../../src/define/define-article.js';
import type { DefinedArticle } from '../../src/define/defined-article.js';
import type { Evidence, Span } from '../../src/model/index.js';

/** The invented text: a general election in a fictional country. */
export const text: string =
  '[Invented for the ukraine-energy-strikes examples: these places, people and organisations do not exist.]\n\n' +
  'Voters in Esland returned Prime Minister Tomas Varga’s Civic Union to power on Sunday, giving the party 41 per cent ' +
  'of the vote, according to preliminary results from the Central Election Commission. The opposition Green Alliance ' +
  'came second with just under 27 per cent. Turnout was 62 per cent, the lowest since 1998, the commission said.\n\n' +
  'Varga, who first won power in 2019, called the result “a mandate to finish what we started”. Analysts said he would ' +
  'probably need a coalition partner to command a majority in the 150-seat parliament. Coalition talks are expected to begin next week.\n\n' +
  'Green Alliance leader Ines Moreau conceded defeat but accused the government of using state television to campaign, ' +
  'a charge the Civic Union rejected. Observers from the Rastova Institute said the vote was free but not fully fair.\n\n' +
  'Hundreds of Green Alliance supporters rallied in the capital, Lorn, on Sunday night. Police said the rally was peaceful.\n\n' +
  'Source: Esland Daily';

/** The span of a phrase of the text (say which occurrence, from 0, if it occurs more than once). */
const at = (phrase: string, occurrence?: number): Span => spanOf(text, phrase, occurrence);
/** The spans of several phrases: a record's evidence. */
const ev = (...phrases: [Phrase, ...Phrase[]]): Evidence => spansOf(text, ...phrases);

/** The ids and kinds of the election article (see FloodShape in examples/flood/article.ts). */
export interface ElectionShape {
  /** Voters, the two parties and their leaders, the commission, analysts, the government, observers, supporters, parliament, the newspaper. */
  readonly actors: {
    readonly voters: 'group';
    readonly 'tomas-varga': 'person';
    readonly 'civic-union': 'party';
    readonly 'election-commission': 'organisation';
    readonly 'green-alliance': 'party';
    readonly analysts: 'group';
    readonly parliament: 'organisation';
    readonly 'ines-moreau': 'person';
    readonly 'esland-state': 'state';
    readonly observers: 'group';
    readonly supporters: 'group';
    readonly police: 'organisation';
    readonly 'esland-daily': 'organisation';
  };
  /** The country and its capital. */
  readonly places: { readonly esland: 'country'; readonly lorn: 'city' };
  /** The election, the one that first brought Varga to power, the reactions, the accusation, its denial, the rally. */
  readonly events: {
    readonly election: 'vote';
    readonly 'first-victory': 'vote';
    readonly 'varga-reaction': 'statement';
    readonly concession: 'statement';
    readonly 'state-television-accusation': 'condemnation';
    readonly 'coalition-talks': 'meeting';
    readonly 'accusation-denial': 'statement';
    readonly 'opposition-rally': 'protest';
  };
  /** Varga's words. */
  readonly quotes: 'mandate';
  /** The figures, each as vague as the text. */
  readonly statistics: {
    readonly 'civic-union-share': 'exact';
    readonly 'green-alliance-share': 'range';
    readonly turnout: 'exact';
    readonly 'parliament-seats': 'exact';
    readonly 'rally-size': 'range';
  };
  /** What the commission, the analysts, Moreau and the observers say. */
  readonly claims: 'lowest-turnout-since-1998' | 'coalition-needed' | 'state-television-used' | 'free-not-fully-fair' | 'rally-peaceful';
  /** No outside context. */
  readonly context: false;
}

const daily = ev('Esland Daily');
const varga = ev('Tomas Varga', 'Varga,');
const civicUnion = ev(['Civic Union', 0], 'the party', ['Civic Union', 1]);
const commission = ev('the Central Election Commission', 'the commission');
const greenAlliance = ev(['Green Alliance', 0], ['Green Alliance', 1], ['Green Alliance', 2]);
const state = ev('the government');
const narrated = (...phrases: [Phrase, ...Phrase[]]) => [{ source: 'esland-daily', mode: 'narrated', evidence: ev(...phrases) }] as const;
const byCommission = [
  { source: 'election-commission', mode: 'stated', evidence: ev('according to preliminary results from the Central Election Commission') },
] as const;

/**
 * The invented election article, validated and deeply frozen, typed by its ids and kinds.
 *
 * @example
 * getActor(election, 'green-alliance').kind; // => 'party'
 * timeline(election).map((e) => e.id).slice(0, 2); // => ['first-victory', 'election']
 */
export const election: DefinedArticle<ElectionShape> = defineArticle({
  id: 'esland-election-invented',
  publisher: { actor: 'esland-daily', name: 'Esland Daily', evidence: daily },
  language: 'en',
  text,
  paragraphs: paragraphsIn(text),
  sentences: sentencesIn(text),
  actors: [
    {
      kind: 'group',
      id: 'voters',
      name: 'Voters in Esland',
      aliases: ['Voters in Esland'],
      members: [],
      location: { id: 'esland', basis: 'stated', evidence: ev('in Esland') },
      evidence: ev('Voters in Esland'),
    },
    {
      kind: 'person',
      id: 'tomas-varga',
      name: 'Tomas Varga',
      // "Varga," is looked for with its comma, to find the name and not the "Varga" of "Tomas Varga’s".
      aliases: ['Tomas Varga', 'Varga'],
      titles: [{ title: 'Prime Minister', of: null, evidence: ev('Prime Minister') }],
      evidence: [varga[0], { start: (varga[1] as Span).start, end: (varga[1] as Span).end - 1 }],
    },
    { kind: 'party', id: 'civic-union', name: 'Civic Union', aliases: aliasesOf(text, civicUnion), partOf: null, evidence: civicUnion },
    {
      kind: 'organisation',
      id: 'election-commission',
      name: 'Central Election Commission',
      aliases: aliasesOf(text, commission),
      partOf: null,
      evidence: commission,
    },
    { kind: 'party', id: 'green-alliance', name: 'Green Alliance', aliases: aliasesOf(text, greenAlliance), partOf: null, evidence: greenAlliance },
    { kind: 'group', id: 'analysts', name: 'Analysts', aliases: ['Analysts'], members: [], location: null, evidence: ev('Analysts') },
    {
      kind: 'organisation',
      id: 'parliament',
      name: 'Parliament of Esland',
      aliases: ['parliament'],
      partOf: { id: 'esland-state', basis: 'implied', evidence: ev('a majority in the 150-seat parliament') },
      evidence: ev('parliament'),
    },
    {
      kind: 'person',
      id: 'ines-moreau',
      name: 'Ines Moreau',
      aliases: ['Ines Moreau'],
      titles: [{ title: 'leader', of: 'green-alliance', evidence: ev('Green Alliance leader') }],
      evidence: ev('Ines Moreau'),
    },
    { kind: 'state', id: 'esland-state', name: 'Esland', aliases: aliasesOf(text, state), evidence: state },
    {
      kind: 'group',
      id: 'observers',
      name: 'Observers from the Rastova Institute',
      aliases: ['Observers from the Rastova Institute'],
      members: [],
      location: null,
      evidence: ev('Observers from the Rastova Institute'),
    },
    {
      kind: 'group',
      id: 'supporters',
      name: 'Green Alliance supporters',
      aliases: ['Green Alliance supporters'],
      members: [],
      location: { id: 'lorn', basis: 'stated', evidence: ev('rallied in the capital, Lorn') },
      evidence: ev('Green Alliance supporters'),
    },
    { kind: 'organisation', id: 'police', name: 'Police', aliases: ['Police'], partOf: null, evidence: ev('Police') },
    { kind: 'organisation', id: 'esland-daily', name: 'Esland Daily', aliases: ['Esland Daily'], partOf: null, evidence: daily },
  ],
  places: [
    { kind: 'country', id: 'esland', name: 'Esland', aliases: ['Esland'], partOf: null, evidence: ev(['Esland', 0]) },
    {
      kind: 'city',
      id: 'lorn',
      name: 'Lorn',
      aliases: ['the capital', 'Lorn'],
      partOf: { id: 'esland', basis: 'implied', evidence: ev('the capital') },
      evidence: ev('the capital', 'Lorn'),
    },
  ],
  events: [
    {
      type: 'vote',
      id: 'election',
      summary: 'Voters in Esland returned the Civic Union to power, according to preliminary results.',
      status: 'occurred',
      cameo: { code: null, note: 'An election: CAMEO 1.1b3 has no code for a vote.' },
      acled: null,
      participants: [
        { actor: 'voters', role: 'agent', basis: 'stated', evidence: ev('Voters in Esland returned') },
        { actor: 'civic-union', role: 'participant', basis: 'stated', evidence: ev('Civic Union to power') },
        { actor: 'green-alliance', role: 'participant', basis: 'stated', evidence: ev('The opposition Green Alliance came second') },
      ],
      places: [{ id: 'esland', basis: 'stated', evidence: ev('in Esland') }],
      time: [{ kind: 'weekday', weekday: 'sunday', evidence: ev(['on Sunday', 0]) }],
      // The outcome is the commission's preliminary results: the election itself is the outlet's.
      attribution: [...narrated('Voters in Esland returned Prime Minister Tomas Varga’s Civic Union to power on Sunday'), ...byCommission],
      // "returned … to power", and "first won power in 2019": this election came after that one.
      relations: [
        {
          type: 'after',
          event: 'first-victory',
          basis: 'implied',
          evidence: ev('returned Prime Minister Tomas Varga’s Civic Union to power', 'first won power'),
        },
      ],
      evidence: ev('Voters in Esland returned Prime Minister Tomas Varga’s Civic Union to power on Sunday', ['the vote', 0], 'the result', ['the vote', 1]),
    },
    {
      type: 'vote',
      id: 'first-victory',
      summary: 'Varga first won power in 2019.',
      status: 'occurred',
      cameo: {
        code: null,
        note: '“first won power in 2019”, read as won at an election (see the ambiguity how-won): CAMEO 1.1b3 has no code for a vote.',
      },
      acled: null,
      participants: [{ actor: 'tomas-varga', role: 'agent', basis: 'stated', evidence: ev('Varga, who first won power') }],
      places: [],
      time: [{ kind: 'year', normalized: '2019', evidence: ev('in 2019') }],
      attribution: narrated('who first won power in 2019'),
      relations: [],
      evidence: ev('first won power in 2019'),
    },
    {
      type: 'statement',
      id: 'varga-reaction',
      summary: 'Varga called the result “a mandate to finish what we started”.',
      status: 'occurred',
      cameo: { code: '010', note: '“called the result …”: a statement (010); it asks for, promises and rejects nothing.' },
      acled: null,
      participants: [{ actor: 'tomas-varga', role: 'speaker', basis: 'stated', evidence: ev('Varga, who first won power in 2019, called') }],
      places: [],
      time: [],
      attribution: narrated('called the result'),
      relations: [{ type: 'responds-to', event: 'election', basis: 'stated', evidence: ev('called the result') }],
      channel: null,
      evidence: ev('called the result “a mandate to finish what we started”'),
    },
    {
      type: 'meeting',
      id: 'coalition-talks',
      summary: 'Coalition talks are expected to begin next week.',
      status: 'planned',
      cameo: {
        code: '046',
        note: '“Coalition talks”: CAMEO treats talks as negotiation (046), the code of the talks as they would be held; they are still to come.',
      },
      acled: null,
      participants: [{ actor: 'civic-union', role: 'participant', basis: 'implied', evidence: ev('a coalition partner') }],
      places: [],
      time: [],
      // Expected by whom, the passive does not say: the outlet's words.
      attribution: narrated('Coalition talks are expected to begin next week'),
      relations: [{ type: 'after', event: 'election', basis: 'implied', evidence: ev('are expected to begin next week') }],
      evidence: ev('Coalition talks'),
    },
    {
      type: 'statement',
      id: 'concession',
      summary: 'Green Alliance leader Ines Moreau conceded defeat.',
      status: 'occurred',
      cameo: { code: '010', note: '“conceded defeat”: a statement (010); 08 (Yield) codes concessions of substance, not of an election lost.' },
      acled: null,
      participants: [{ actor: 'ines-moreau', role: 'speaker', basis: 'stated', evidence: ev('Ines Moreau conceded defeat') }],
      places: [],
      time: [],
      attribution: narrated('Green Alliance leader Ines Moreau conceded defeat'),
      relations: [{ type: 'responds-to', event: 'election', basis: 'implied', evidence: ev('conceded defeat') }],
      channel: null,
      evidence: ev('conceded defeat'),
    },
    {
      type: 'condemnation',
      id: 'state-television-accusation',
      summary: 'Moreau accused the government of using state television to campaign.',
      status: 'occurred',
      cameo: { code: '112', note: '“accused the government of using state television to campaign”: an accusation of no crime the text names (112).' },
      acled: null,
      participants: [
        { actor: 'ines-moreau', role: 'speaker', basis: 'stated', evidence: ev('Ines Moreau conceded defeat but accused') },
        { actor: 'esland-state', role: 'target', basis: 'stated', evidence: ev('the government') },
      ],
      places: [],
      time: [],
      attribution: narrated('Ines Moreau conceded defeat but accused the government'),
      relations: [{ type: 'concerns', event: 'election', basis: 'implied', evidence: ev('to campaign') }],
      channel: null,
      evidence: ev('accused the government of using state television to campaign', 'a charge'),
    },
    {
      type: 'statement',
      id: 'accusation-denial',
      summary: 'The Civic Union rejected the charge.',
      status: 'occurred',
      cameo: { code: '016', note: '“a charge the Civic Union rejected”: a denial of responsibility (016), not a refusal to cooperate or yield (12).' },
      acled: null,
      participants: [{ actor: 'civic-union', role: 'speaker', basis: 'stated', evidence: ev('the Civic Union rejected') }],
      places: [],
      time: [],
      attribution: narrated('a charge the Civic Union rejected'),
      relations: [{ type: 'responds-to', event: 'state-television-accusation', basis: 'stated', evidence: ev('a charge the Civic Union rejected') }],
      channel: null,
      evidence: ev('the Civic Union rejected'),
    },
    {
      type: 'protest',
      id: 'opposition-rally',
      summary: 'Hundreds of Green Alliance supporters rallied in the capital, Lorn.',
      status: 'occurred',
      cameo: { code: '141', note: '“rallied”: 141, Demonstrate or rally; the text does not say what for.' },
      acled: {
        eventType: 'Protests',
        subEventType: 'Peaceful protest',
        note: '“Police said the rally was peaceful”, and the text reports no intervention: a “Peaceful protest”, on the police’s word.',
      },
      participants: [{ actor: 'supporters', role: 'agent', basis: 'stated', evidence: ev('Green Alliance supporters rallied') }],
      places: [{ id: 'lorn', basis: 'stated', evidence: ev('in the capital, Lorn') }],
      time: [{ kind: 'weekday', weekday: 'sunday', evidence: ev('on Sunday night') }],
      attribution: narrated('Hundreds of Green Alliance supporters rallied in the capital, Lorn, on Sunday night'),
      relations: [{ type: 'after', event: 'election', basis: 'implied', evidence: ev('on Sunday night') }],
      evidence: ev('Hundreds of Green Alliance supporters rallied'),
    },
  ],
  quotes: [
    {
      id: 'mandate',
      speaker: 'tomas-varga',
      text: 'a mandate to finish what we started',
      span: at('a mandate to finish what we started'),
      form: 'partial',
      channel: null,
      respondsTo: 'election',
      about: 'election',
      evidence: ev('a mandate to finish what we started', 'called the result'),
    },
  ],
  statistics: [
    {
      id: 'civic-union-share',
      measure: 'share of the vote won by the Civic Union',
      value: { kind: 'exact', value: 41 },
      unit: 'per cent of the vote',
      qualifiers: [{ kind: 'known-so-far', evidence: ev('preliminary results') }],
      time: [],
      attribution: byCommission,
      about: ['election'],
      partOf: null,
      evidence: ev('41 per cent of the vote'),
    },
    {
      id: 'green-alliance-share',
      measure: 'share of the vote won by the Green Alliance',
      value: {
        kind: 'range',
        min: null,
        max: { value: 27, inclusive: false },
        reading: '"just under 27 per cent": below 27; "just" says close to it, by an amount the text does not give.',
      },
      unit: 'per cent of the vote',
      // From the same count as the Civic Union's share (see the ambiguity preliminary-scope).
      qualifiers: [{ kind: 'known-so-far', evidence: ev('preliminary results') }],
      time: [],
      attribution: narrated('The opposition Green Alliance came second with just under 27 per cent'),
      about: ['election'],
      partOf: null,
      evidence: ev('just under 27 per cent'),
    },
    {
      id: 'turnout',
      measure: 'turnout',
      value: { kind: 'exact', value: 62 },
      unit: 'per cent',
      qualifiers: [{ kind: 'known-so-far', evidence: ev('preliminary results') }],
      time: [],
      attribution: [{ source: 'election-commission', mode: 'stated', evidence: ev('the commission said') }],
      about: ['election'],
      partOf: null,
      evidence: ev('Turnout was 62 per cent'),
    },
    {
      id: 'parliament-seats',
      measure: 'seats in parliament',
      value: { kind: 'exact', value: 150 },
      unit: 'seats',
      qualifiers: [],
      time: [],
      // Outside quotation marks, in the outlet's paraphrase of the analysts: the outlet's words.
      attribution: narrated('the 150-seat parliament'),
      about: [],
      partOf: null,
      evidence: ev('150-seat'),
    },
    {
      id: 'rally-size',
      measure: 'Green Alliance supporters at the rally',
      value: {
        kind: 'range',
        min: { value: 200, inclusive: true },
        max: { value: 1000, inclusive: false },
        reading:
          '"Hundreds": at least two hundred (plural). The upper bound is the conventional reading ("hundreds", not "thousands"); the text does not force it.',
      },
      unit: 'supporters',
      qualifiers: [],
      time: [],
      attribution: narrated('Hundreds of Green Alliance supporters rallied'),
      about: ['opposition-rally'],
      partOf: null,
      evidence: ev('Hundreds of Green Alliance supporters'),
    },
  ],
  claims: [
    {
      id: 'lowest-turnout-since-1998',
      summary: 'The commission said turnout was the lowest since 1998 (on the chosen reading of what "the commission said" covers).',
      attribution: [{ source: 'election-commission', mode: 'stated', evidence: ev('the commission said') }],
      about: ['election'],
      relations: [],
      evidence: ev('the lowest since 1998'),
    },
    {
      id: 'coalition-needed',
      summary: 'Analysts said Varga would probably need a coalition partner to command a majority in parliament.',
      attribution: [{ source: 'analysts', mode: 'stated', evidence: ev('Analysts said') }],
      about: ['tomas-varga', 'civic-union', 'parliament', 'election'],
      relations: [],
      evidence: ev('he would probably need a coalition partner to command a majority in the 150-seat parliament'),
    },
    {
      id: 'state-television-used',
      summary: 'Moreau accused the government of using state television to campaign; the Civic Union rejected the charge.',
      attribution: [{ source: 'ines-moreau', mode: 'argued', evidence: ev('Ines Moreau conceded defeat but accused') }],
      about: ['esland-state', 'election'],
      relations: [],
      evidence: ev('using state television to campaign'),
    },
    {
      id: 'free-not-fully-fair',
      summary: 'Observers from the Rastova Institute said the vote was free but not fully fair.',
      attribution: [{ source: 'observers', mode: 'stated', evidence: ev('Observers from the Rastova Institute said') }],
      about: ['election'],
      relations: [],
      evidence: ev('the vote was free but not fully fair'),
    },
    {
      id: 'rally-peaceful',
      summary: 'Police said the rally was peaceful.',
      attribution: [{ source: 'police', mode: 'stated', evidence: ev('Police said') }],
      about: ['opposition-rally'],
      relations: [],
      evidence: ev('the rally was peaceful'),
    },
  ],
  context: null,
  ambiguities: [
    {
      id: 'how-won',
      question: 'How did Varga first win power in 2019: at an election, or otherwise (a coalition deal, a party vote)?',
      records: ['first-victory'],
      chosen: {
        reading: 'At an election, like the one the article reports: the event is typed as a vote.',
        evidence: ev('first won power in 2019'),
      },
      alternatives: [{ reading: 'The text does not say how: "won power" fits a coalition deal or a party vote as well.', evidence: ev('won power') }],
      note: 'first-victory is a vote on the chosen reading; on the other, no type of the model says how power was won.',
    },
    {
      id: 'preliminary-scope',
      question: 'Are the Green Alliance’s share and the turnout preliminary results too, or only the Civic Union’s share?',
      records: ['civic-union-share', 'green-alliance-share', 'turnout'],
      chosen: {
        reading: 'All three: the next two sentences go on with the same count, which the first calls preliminary.',
        evidence: ev('according to preliminary results from the Central Election Commission', 'came second', 'Turnout was 62 per cent'),
      },
      alternatives: [
        {
          reading: 'Only the Civic Union’s share, in the sentence that says "preliminary"; the text does not call the others so.',
          evidence: ev('giving the party 41 per cent of the vote, according to preliminary results'),
        },
      ],
      note: 'All three statistics carry the qualifier known-so-far; on the other reading only civic-union-share would.',
    },
    {
      id: 'commission-said-what',
      question: 'What does "the commission said" cover: the turnout only, or also that it was the lowest since 1998?',
      records: ['turnout', 'lowest-turnout-since-1998'],
      chosen: {
        reading: 'The whole sentence: the commission gave the turnout and said it was the lowest since 1998.',
        evidence: ev('Turnout was 62 per cent, the lowest since 1998, the commission said'),
      },
      alternatives: [
        {
          reading: 'The figure only: "the lowest since 1998" may be the outlet’s own comparison, set in the sentence before the attribution.',
          evidence: ev('the lowest since 1998'),
        },
      ],
      note: 'lowest-turnout-since-1998 is attributed to the commission; on the other reading its source is the outlet.',
    },
    {
      id: 'government-and-party',
      question: 'Is the government Moreau accused the Civic Union that rejected the charge?',
      records: ['state-television-accusation', 'accusation-denial'],
      chosen: {
        reading:
          'Not as the text puts it: Moreau accused "the government", and "the Civic Union" rejected the charge; the text does not say the party speaks for the government.',
        evidence: ev('accused the government', 'the Civic Union rejected'),
      },
      alternatives: [
        {
          reading: 'One and the same side: the party of Prime Minister Varga answers for his government.',
          evidence: ev('Prime Minister Tomas Varga’s Civic Union'),
        },
      ],
      note: 'The accusation targets esland-state; the denial is spoken by civic-union. Neither record merges the two.',
    },
  ],
});
