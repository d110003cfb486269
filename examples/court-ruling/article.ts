// An invented court report, modelled with `defineArticle`: a ruling against a power company, the
// blackout it was about, the company's reply, an appeal it plans, and a protest. Nothing in it is
// real: the court, the company, the people and the newspaper do not exist, and the text says so in
// its first line. Offsets are found with `spanOf` and `spansOf` (see examples/flood/article.ts).
import { aliasesOf } from '../../src/author/aliases-of.js';
import { paragraphsIn, sentencesIn } from '../../src/author/segments.js';
import { spanOf, spansOf } from '../../src/author/span-of.js';
import type { Phrase } from '../../src/author/span-of.js';
import { defineArticle } from '../../src/define/define-article.js';
import type { DefinedArticle } from '../../src/define/defined-article.js';
import type { Evidence, Span } from '../../src/model/index.js';

/** The invented text: a court ruling on a blackout (178 words). */
export const text: string =
  '[Invented for the ukraine-energy-strikes examples: these places, people and organisations do not exist.]\n\n' +
  'The High Court in Danbury ruled on Thursday that Northgrid, the region’s largest power company, was liable for ' +
  'a blackout that left 40,000 homes without electricity for two days in January 2025.\n\n' +
  'Judge Helen Achebe found that the company had ignored repeated warnings about a faulty transformer at its Cobb Hill ' +
  'substation, and ordered it to pay compensation to the families of two people who died in the cold. ' +
  '“The company chose to save money rather than lives,” she wrote.\n\n' +
  'Northgrid said it would appeal. Its chief executive, Paul Renner, told reporters that the ruling was ' +
  '“deeply unfair to our engineers” and that the company had followed every safety rule. ' +
  'Northgrid’s shares fell 8 per cent after the ruling.\n\n' +
  'Lawyers for the families said the compensation could exceed £2 million. Outside the court, dozens of residents ' +
  'rallied to demand that the company be taken into public ownership. The court will set the amount at a later hearing.\n\n' +
  'Source: Danbury Evening Post';

/** The span of a phrase of the text (say which occurrence, from 0, if it occurs more than once). */
const at = (phrase: string, occurrence?: number): Span => spanOf(text, phrase, occurrence);
/** The spans of several phrases: a record's evidence. */
const ev = (...phrases: [Phrase, ...Phrase[]]): Evidence => spansOf(text, ...phrases);

/** The ids and kinds of the court article (see FloodShape in examples/flood/article.ts). */
export interface CourtShape {
  /** The court, the judge, the company and its chief executive, the families and their lawyers, residents, the newspaper. */
  readonly actors: {
    readonly 'high-court': 'court';
    readonly northgrid: 'company';
    readonly 'helen-achebe': 'person';
    readonly families: 'group';
    readonly 'paul-renner': 'person';
    readonly 'families-lawyers': 'group';
    readonly residents: 'group';
    readonly 'danbury-evening-post': 'organisation';
  };
  /** The city, the substation and the court building. */
  readonly places: { readonly danbury: 'city'; readonly 'cobb-hill-substation': 'site'; readonly 'court-building': 'site' };
  /** The ruling, the blackout, the appeal Northgrid plans, its chief executive's criticism, the rally. */
  readonly events: {
    readonly ruling: 'legal-action';
    readonly blackout: 'power-outage';
    readonly 'planned-appeal': 'legal-action';
    readonly 'ruling-criticism': 'condemnation';
    readonly 'public-ownership-rally': 'protest';
    readonly 'compensation-hearing': 'legal-action';
  };
  /** The judge's words and the chief executive's. */
  readonly quotes: 'money-rather-than-lives' | 'deeply-unfair';
  /** The figures, each as vague as the text. */
  readonly statistics: {
    readonly 'homes-without-power': 'exact';
    readonly 'blackout-duration': 'exact';
    readonly 'deaths-in-the-cold': 'exact';
    readonly 'share-fall': 'exact';
    readonly 'rally-size': 'range';
  };
  /** The court's finding, the company's answer to it, and what the families' lawyers say the compensation could be. */
  readonly claims: 'warnings-ignored' | 'safety-rules-followed' | 'compensation-could-exceed';
  /** No outside context. */
  readonly context: false;
}

const post = ev('Danbury Evening Post');
const court = ev('The High Court', 'The court');
const northgrid = ev(
  ['Northgrid', 0],
  'the region’s largest power company',
  ['the company', 0],
  ['Northgrid', 1],
  ['the company', 1],
  ['Northgrid', 2],
  ['the company', 2],
);
const families = ev('the families of two people who died in the cold', ['the families', 1]);
const narrated = (...phrases: [Phrase, ...Phrase[]]) => [{ source: 'danbury-evening-post', mode: 'narrated', evidence: ev(...phrases) }] as const;

/**
 * The invented court article, validated and deeply frozen, typed by its ids and kinds.
 *
 * @example
 * getActor(courtRuling, 'high-court').kind; // => 'court'
 * getEvent(courtRuling, 'planned-appeal').status; // => 'planned'
 */
export const courtRuling: DefinedArticle<CourtShape> = defineArticle({
  id: 'northgrid-ruling-invented',
  publisher: { actor: 'danbury-evening-post', name: 'Danbury Evening Post', evidence: post },
  language: 'en',
  text,
  paragraphs: paragraphsIn(text),
  sentences: sentencesIn(text),
  actors: [
    { kind: 'court', id: 'high-court', name: 'High Court in Danbury', aliases: aliasesOf(text, court), partOf: null, evidence: court },
    { kind: 'company', id: 'northgrid', name: 'Northgrid', aliases: aliasesOf(text, northgrid), partOf: null, evidence: northgrid },
    {
      kind: 'person',
      id: 'helen-achebe',
      name: 'Helen Achebe',
      aliases: ['Helen Achebe'],
      // "Judge" of which court the text does not say in so many words.
      titles: [{ title: 'Judge', of: null, evidence: ev('Judge') }],
      evidence: ev('Helen Achebe'),
    },
    {
      kind: 'group',
      id: 'families',
      name: 'Families of the two people who died',
      aliases: aliasesOf(text, families),
      members: [],
      location: null,
      evidence: families,
    },
    {
      kind: 'person',
      id: 'paul-renner',
      name: 'Paul Renner',
      aliases: ['Paul Renner'],
      titles: [{ title: 'chief executive', of: 'northgrid', evidence: ev('Its chief executive') }],
      evidence: ev('Paul Renner'),
    },
    {
      kind: 'group',
      id: 'families-lawyers',
      name: 'Lawyers for the families',
      aliases: ['Lawyers for the families'],
      members: [],
      location: null,
      evidence: ev('Lawyers for the families'),
    },
    {
      kind: 'group',
      id: 'residents',
      name: 'Residents at the rally',
      aliases: ['residents'],
      members: [],
      location: { id: 'court-building', basis: 'stated', evidence: ev('Outside the court') },
      evidence: ev('residents'),
    },
    { kind: 'organisation', id: 'danbury-evening-post', name: 'Danbury Evening Post', aliases: ['Danbury Evening Post'], partOf: null, evidence: post },
  ],
  places: [
    { kind: 'city', id: 'danbury', name: 'Danbury', aliases: ['Danbury'], partOf: null, evidence: ev(['Danbury', 0]) },
    {
      kind: 'site',
      id: 'cobb-hill-substation',
      name: 'Cobb Hill substation',
      aliases: ['Cobb Hill substation'],
      partOf: null,
      evidence: ev('Cobb Hill substation'),
    },
    {
      kind: 'site',
      id: 'court-building',
      name: 'The court building',
      aliases: ['the court'],
      partOf: { id: 'danbury', basis: 'implied', evidence: ev('The High Court in Danbury') },
      evidence: ev('the court'),
    },
  ],
  events: [
    {
      type: 'legal-action',
      id: 'ruling',
      summary:
        'The High Court in Danbury ruled that Northgrid was liable for the blackout and ordered it to pay compensation to the families of two people who died.',
      status: 'occurred',
      cameo: { code: '116', note: '“ruled … that Northgrid … was liable”: 116, Find guilty or liable (legally).' },
      acled: null,
      participants: [
        { actor: 'high-court', role: 'agent', basis: 'stated', evidence: ev('The High Court in Danbury ruled') },
        { actor: 'helen-achebe', role: 'agent', basis: 'implied', evidence: ev('Judge Helen Achebe found') },
        { actor: 'northgrid', role: 'target', basis: 'stated', evidence: ev('that Northgrid, the region’s largest power company, was liable') },
        // The families are who the order benefits; the text does not say they were parties to the case.
        { actor: 'families', role: 'affected', basis: 'stated', evidence: ev('ordered it to pay compensation to the families') },
      ],
      places: [{ id: 'danbury', basis: 'stated', evidence: ev('The High Court in Danbury') }],
      time: [{ kind: 'weekday', weekday: 'thursday', evidence: ev('on Thursday') }],
      attribution: narrated('The High Court in Danbury ruled on Thursday'),
      relations: [
        { type: 'concerns', event: 'blackout', basis: 'stated', evidence: ev('was liable for a blackout') },
        // Liable for a blackout that "left" homes without power: it came before the ruling.
        { type: 'after', event: 'blackout', basis: 'implied', evidence: ev('was liable for a blackout that left') },
      ],
      evidence: ev('The High Court in Danbury ruled on Thursday', 'ordered it to pay compensation', ['the ruling', 0], ['the ruling', 1]),
    },
    {
      type: 'power-outage',
      id: 'blackout',
      summary: 'A blackout left 40,000 homes without electricity for two days in January 2025.',
      status: 'occurred',
      cameo: { code: null, note: 'A power cut is not an act of one political actor towards another: CAMEO has no code for it.' },
      acled: null,
      participants: [],
      places: [],
      time: [
        { kind: 'month', normalized: '2025-01', evidence: ev('in January 2025') },
        { kind: 'duration', statistic: 'blackout-duration', evidence: ev('for two days') },
      ],
      attribution: narrated('a blackout that left 40,000 homes without electricity for two days in January 2025'),
      relations: [],
      evidence: ev('a blackout that left 40,000 homes without electricity'),
    },
    {
      type: 'legal-action',
      id: 'planned-appeal',
      summary: 'Northgrid said it would appeal against the ruling.',
      status: 'planned',
      cameo: { code: null, note: 'An appeal against a ruling: none of 09, 115, 116 or 173 (115 is a lawsuit against another actor).' },
      acled: null,
      participants: [{ actor: 'northgrid', role: 'agent', basis: 'stated', evidence: ev(['Northgrid', 1]) }],
      places: [],
      time: [],
      attribution: [{ source: 'northgrid', mode: 'stated', evidence: ev('Northgrid said') }],
      relations: [{ type: 'responds-to', event: 'ruling', basis: 'implied', evidence: ev('it would appeal') }],
      evidence: ev('it would appeal'),
    },
    {
      type: 'condemnation',
      id: 'ruling-criticism',
      summary: 'Northgrid’s chief executive, Paul Renner, called the ruling “deeply unfair to our engineers”.',
      status: 'occurred',
      cameo: { code: '111', note: '“deeply unfair”: a criticism of the ruling (111, Criticize or denounce).' },
      acled: null,
      participants: [
        { actor: 'paul-renner', role: 'speaker', basis: 'stated', evidence: ev('Paul Renner, told reporters') },
        { actor: 'high-court', role: 'target', basis: 'implied', evidence: ev('the ruling was') },
      ],
      places: [],
      time: [],
      attribution: narrated('Paul Renner, told reporters that the ruling was'),
      relations: [{ type: 'responds-to', event: 'ruling', basis: 'stated', evidence: ev('told reporters that the ruling was') }],
      channel: null,
      evidence: ev('told reporters that the ruling was “deeply unfair to our engineers”'),
    },
    {
      type: 'protest',
      id: 'public-ownership-rally',
      summary: 'Dozens of residents rallied outside the court to demand that Northgrid be taken into public ownership.',
      status: 'occurred',
      cameo: { code: '1412', note: '“rallied to demand that the company be taken into public ownership”: 1412, Demonstrate for policy change.' },
      acled: {
        eventType: 'Protests',
        subEventType: null,
        note: '“rallied”: a demonstration, which ACLED codes as a protest unless its participants are violent; the text reports no violence, and says neither that it was peaceful nor that anyone intervened, which the sub-event types turn on.',
      },
      // Northgrid is what the demand is about, not who it is made of: the text does not say who is
      // asked to take the company into public ownership, so the protest has no target.
      participants: [{ actor: 'residents', role: 'agent', basis: 'stated', evidence: ev('dozens of residents rallied') }],
      places: [{ id: 'court-building', basis: 'stated', evidence: ev('Outside the court') }],
      time: [],
      attribution: narrated('Outside the court, dozens of residents rallied'),
      relations: [],
      evidence: ev('dozens of residents rallied to demand that the company be taken into public ownership'),
    },
    {
      type: 'legal-action',
      id: 'compensation-hearing',
      summary: 'The court will set the amount of compensation at a later hearing.',
      status: 'planned',
      cameo: { code: null, note: 'A hearing still to come, to set an amount: no finding of liability (116) or other code of 09, 115 or 173.' },
      acled: null,
      participants: [
        { actor: 'high-court', role: 'agent', basis: 'stated', evidence: ev('The court will set') },
        { actor: 'northgrid', role: 'target', basis: 'implied', evidence: ev('the amount') },
      ],
      places: [],
      time: [],
      attribution: narrated('The court will set the amount at a later hearing'),
      relations: [{ type: 'after', event: 'ruling', basis: 'implied', evidence: ev('at a later hearing') }],
      evidence: ev('at a later hearing'),
    },
  ],
  quotes: [
    {
      id: 'money-rather-than-lives',
      speaker: 'helen-achebe',
      text: 'The company chose to save money rather than lives',
      span: at('The company chose to save money rather than lives'),
      form: 'direct',
      channel: null,
      respondsTo: null,
      about: 'northgrid',
      evidence: ev('The company chose to save money rather than lives', 'she wrote'),
    },
    {
      id: 'deeply-unfair',
      speaker: 'paul-renner',
      text: 'deeply unfair to our engineers',
      span: at('deeply unfair to our engineers'),
      form: 'partial',
      channel: null,
      respondsTo: 'ruling',
      about: 'ruling',
      evidence: ev('deeply unfair to our engineers', 'told reporters that the ruling was'),
    },
  ],
  statistics: [
    {
      id: 'homes-without-power',
      measure: 'homes left without electricity by the blackout',
      value: { kind: 'exact', value: 40_000 },
      unit: 'homes',
      qualifiers: [],
      time: [],
      attribution: narrated('a blackout that left 40,000 homes without electricity'),
      about: ['blackout'],
      partOf: null,
      evidence: ev('40,000 homes'),
    },
    {
      id: 'blackout-duration',
      measure: 'length of the blackout',
      value: { kind: 'exact', value: 2 },
      unit: 'days',
      qualifiers: [],
      time: [],
      attribution: narrated('without electricity for two days'),
      about: ['blackout'],
      partOf: null,
      evidence: ev('two days'),
    },
    {
      id: 'deaths-in-the-cold',
      measure: 'people who died in the cold, whose families are to be compensated',
      value: { kind: 'exact', value: 2 },
      unit: 'people',
      qualifiers: [],
      time: [],
      attribution: narrated('the families of two people who died in the cold'),
      about: ['blackout', 'ruling'],
      partOf: null,
      evidence: ev('two people who died in the cold'),
    },
    {
      id: 'share-fall',
      measure: 'fall in Northgrid’s share price after the ruling',
      value: { kind: 'exact', value: 8 },
      unit: 'per cent',
      qualifiers: [],
      time: [],
      attribution: narrated('Northgrid’s shares fell 8 per cent after the ruling'),
      about: ['ruling'],
      partOf: null,
      evidence: ev('fell 8 per cent'),
    },
    {
      id: 'rally-size',
      measure: 'residents at the rally',
      value: {
        kind: 'range',
        min: { value: 24, inclusive: true },
        max: { value: 100, inclusive: false },
        reading: '"dozens": at least two dozen (plural). The upper bound is the conventional reading ("dozens", not "hundreds"); the text does not force it.',
      },
      unit: 'residents',
      qualifiers: [],
      time: [],
      attribution: narrated('dozens of residents rallied'),
      about: ['public-ownership-rally'],
      partOf: null,
      evidence: ev('dozens of residents'),
    },
  ],
  claims: [
    {
      id: 'warnings-ignored',
      summary: 'The judge found that Northgrid had ignored repeated warnings about a faulty transformer at its Cobb Hill substation.',
      attribution: [{ source: 'helen-achebe', mode: 'found', evidence: ev('Judge Helen Achebe found') }],
      about: ['northgrid', 'blackout'],
      relations: [],
      evidence: ev('the company had ignored repeated warnings about a faulty transformer at its Cobb Hill substation'),
    },
    {
      id: 'safety-rules-followed',
      summary: 'Paul Renner told reporters that Northgrid had followed every safety rule.',
      attribution: [{ source: 'paul-renner', mode: 'stated', evidence: ev('Paul Renner, told reporters') }],
      about: ['northgrid', 'ruling'],
      relations: [{ type: 'contradicts', claim: 'warnings-ignored', basis: 'implied', evidence: ev('the company had followed every safety rule') }],
      evidence: ev('the company had followed every safety rule'),
    },
    {
      // A claim, not a statistic: "could exceed £2 million" is a possibility, which sets no bound on
      // the sum (it may be less).
      id: 'compensation-could-exceed',
      summary: 'The families’ lawyers said the compensation could exceed £2 million.',
      attribution: [{ source: 'families-lawyers', mode: 'stated', evidence: ev('Lawyers for the families said') }],
      about: ['ruling'],
      relations: [],
      evidence: ev('the compensation could exceed £2 million'),
    },
  ],
  context: null,
  ambiguities: [
    {
      id: 'deaths-and-blackout',
      question: 'Did the two people die because of the blackout?',
      records: ['deaths-in-the-cold', 'ruling'],
      chosen: {
        reading: 'The text implies it: the court ordered compensation for their families in a ruling on the blackout. It does not say so.',
        evidence: ev('ordered it to pay compensation to the families of two people who died in the cold'),
      },
      alternatives: [
        {
          reading: 'It says only that they "died in the cold": the cause of death, and its link to the blackout, are not stated.',
          evidence: ev('died in the cold'),
        },
      ],
      note: 'deaths-in-the-cold is about the blackout and the ruling; no event of the article is a death.',
    },
    {
      id: 'who-ordered',
      question: 'Who ordered the compensation: the judge, or the court?',
      records: ['ruling'],
      chosen: {
        reading: 'The judge, for the court: "Judge Helen Achebe found … and ordered it to pay", in a ruling of the High Court.',
        evidence: ev('Judge Helen Achebe found', 'and ordered it to pay compensation'),
      },
      alternatives: [
        { reading: 'The High Court, the subject of the first sentence; the judge gives its findings.', evidence: ev('The High Court in Danbury ruled') },
      ],
      note: 'Both are agents of the ruling: the court stated, the judge implied.',
    },
  ],
});
