// A second article, modelled with `defineArticle`. Its text is INVENTED for this example:
// Millbrook, its council, Mayor Ada Quill and the Millbrook Gazette do not exist, and the text
// says so in its first line. Offsets are UTF-16 code units into `text`; the comment after each
// span is its text. In your own project, import from the package instead:
//   import { defineArticle } from 'ukraine-energy-strikes/define';
import { defineArticle } from '../../src/define/define-article.js';
import type {
  Article,
  ArticleIds,
  City,
  Claim,
  Group,
  MeetingEvent,
  Organisation,
  Person,
  ProposalEvent,
  Quote,
  RangeValue,
  Region,
  RejectionEvent,
  Statistic,
} from '../../src/model/index.js';

/** The invented text: a fictional town council meeting (471 UTF-16 code units). */
export const text: string =
  '[Invented for the ukraine-energy-strikes examples: this town, its council and its people do not exist.]\n\n' +
  'Millbrook town council met on Monday to discuss a new footbridge in the Eastfield district. ' +
  'Mayor Ada Quill proposed the bridge, calling the old crossing “a hazard we can no longer ignore”. ' +
  'The opposition group rejected the plan, saying the works, expected to cost between 1.2 and 1.5 million pounds, ' +
  'would leave the library without money.\n\n' +
  'Source: Millbrook Gazette';

/**
 * The record types of the invented article, each id with its own kind (as `StoryRecords` does for
 * the built-in story), and every link typed by the article's ids. Naming them keeps hovers short
 * and gives the exported constant the explicit type that `isolatedDeclarations` asks for;
 * `defineArticle` checks the literal against it.
 */
export interface CouncilRecords {
  /** See {@link CouncilIds}. */
  readonly ids: CouncilIds;
  /** The council, the mayor, the opposition group and the (invented) newspaper. */
  readonly actor:
    | Organisation<'millbrook-council', CouncilIds>
    | Person<'ada-quill', CouncilIds>
    | Group<'opposition-group', CouncilIds>
    | Organisation<'millbrook-gazette', CouncilIds>;
  /** The town and one of its districts. */
  readonly place: City<'millbrook', CouncilIds> | Region<'eastfield', CouncilIds>;
  /** The meeting, the proposal made during it, and its rejection. */
  readonly event: MeetingEvent<'council-meeting', CouncilIds> | ProposalEvent<'footbridge-proposal', CouncilIds> | RejectionEvent<'plan-rejection', CouncilIds>;
  /** The mayor's words. */
  readonly quote: Quote<'old-crossing-hazard', CouncilIds>;
  /** The expected cost, a range. */
  readonly statistic: Statistic<'footbridge-cost', CouncilIds, RangeValue>;
  /** The opposition's objection. */
  readonly claim: Claim<'library-left-without-money', CouncilIds>;
  /** The invented article has no outside context. */
  readonly context: null;
}

/** The ids of the invented article, collection by collection: the types of its links. */
export interface CouncilIds extends ArticleIds {
  /** The actor ids. */
  readonly actor: CouncilRecords['actor']['id'];
  /** The place ids. */
  readonly place: CouncilRecords['place']['id'];
  /** The event ids. */
  readonly event: CouncilRecords['event']['id'];
  /** The quote ids. */
  readonly quote: CouncilRecords['quote']['id'];
  /** The statistic ids. */
  readonly statistic: CouncilRecords['statistic']['id'];
  /** The claim ids. */
  readonly claim: CouncilRecords['claim']['id'];
}

/** The type of the invented article. */
export interface CouncilArticle extends Article<CouncilRecords> {}

/**
 * The invented council-meeting article, validated and deeply frozen, with its literal ids kept:
 * `getActor(council, 'ada-quill')` is a person, and `getActor(council, 'ada-quil')` does not compile.
 *
 * @example
 * quotesBy(council, 'ada-quill')[0]?.text; // => 'a hazard we can no longer ignore'
 */
export const council: CouncilArticle = defineArticle({
  id: 'millbrook-footbridge-invented',
  publisher: {
    actor: 'millbrook-gazette',
    name: 'Millbrook Gazette',
    evidence: [{ start: 454, end: 471 }], // Millbrook Gazette
  },
  language: 'en',
  text,
  paragraphs: [
    { start: 0, end: 103 }, // [Invented for the ukraine-energy-strikes examples: … people do not exist.]
    { start: 105, end: 444 }, // Millbrook town council met on … the library without money.
    { start: 446, end: 471 }, // Source: Millbrook Gazette
  ],
  sentences: [
    { start: 0, end: 103 }, // [Invented for the ukraine-energy-strikes examples: … people do not exist.]
    { start: 105, end: 196 }, // Millbrook town council met on … in the Eastfield district.
    { start: 197, end: 294 }, // Mayor Ada Quill proposed the … can no longer ignore”.
    { start: 295, end: 444 }, // The opposition group rejected the … the library without money.
    { start: 446, end: 471 }, // Source: Millbrook Gazette
  ],
  actors: [
    {
      kind: 'organisation',
      id: 'millbrook-council',
      name: 'Millbrook town council',
      aliases: ['Millbrook town council'],
      partOf: null,
      evidence: [{ start: 105, end: 127 }], // Millbrook town council
    },
    {
      kind: 'person',
      id: 'ada-quill',
      name: 'Ada Quill',
      aliases: ['Ada Quill'],
      titles: [{ title: 'Mayor', of: null, evidence: [{ start: 197, end: 202 }] }], // Mayor
      evidence: [{ start: 203, end: 212 }], // Ada Quill
    },
    {
      kind: 'group',
      id: 'opposition-group',
      name: 'The opposition group',
      aliases: ['The opposition group'],
      members: [],
      location: null,
      evidence: [{ start: 295, end: 315 }], // The opposition group
    },
    {
      kind: 'organisation',
      id: 'millbrook-gazette',
      name: 'Millbrook Gazette',
      aliases: ['Millbrook Gazette'],
      partOf: null,
      evidence: [{ start: 454, end: 471 }], // Millbrook Gazette
    },
  ],
  places: [
    {
      kind: 'city',
      id: 'millbrook',
      name: 'Millbrook',
      aliases: ['Millbrook'],
      partOf: null,
      evidence: [{ start: 105, end: 114 }], // Millbrook
    },
    {
      kind: 'region',
      id: 'eastfield',
      name: 'Eastfield',
      aliases: ['the Eastfield district'],
      named: true,
      partOf: {
        id: 'millbrook',
        basis: 'implied',
        evidence: [{ start: 105, end: 195 }], // Millbrook town council met on … in the Eastfield district
      },
      evidence: [{ start: 173, end: 195 }], // the Eastfield district
    },
  ],
  events: [
    {
      type: 'meeting',
      id: 'council-meeting',
      summary: 'The town council meets to discuss a footbridge.',
      status: 'occurred',
      cameo: {
        code: '040',
        note: '“met … to discuss”: a meeting of one body, not talks between parties, so consult not specified (040) rather than negotiation (046).',
      },
      acled: null,
      participants: [{ actor: 'millbrook-council', role: 'participant', basis: 'stated', evidence: [{ start: 105, end: 127 }] }], // Millbrook town council
      places: [{ id: 'millbrook', basis: 'implied', evidence: [{ start: 105, end: 114 }] }], // Millbrook
      time: [{ kind: 'weekday', weekday: 'monday', evidence: [{ start: 132, end: 141 }] }], // on Monday
      attribution: [{ source: 'millbrook-gazette', mode: 'narrated', evidence: [{ start: 105, end: 196 }] }], // Millbrook town council met on … in the Eastfield district.
      relations: [],
      evidence: [{ start: 105, end: 141 }], // Millbrook town council met on Monday
    },
    {
      type: 'proposal',
      id: 'footbridge-proposal',
      summary: 'The mayor proposes a new footbridge.',
      status: 'occurred',
      cameo: {
        code: '030',
        note: 'A project put to the council: intent to cooperate not specified further (030); CAMEO has no code for proposing a local project.',
      },
      acled: null,
      participants: [{ actor: 'ada-quill', role: 'agent', basis: 'stated', evidence: [{ start: 197, end: 212 }] }], // Mayor Ada Quill
      // No place: the bridge would be in Eastfield, but the text does not say where the mayor proposed it.
      places: [],
      time: [],
      attribution: [{ source: 'millbrook-gazette', mode: 'narrated', evidence: [{ start: 197, end: 294 }] }], // Mayor Ada Quill proposed the … can no longer ignore”.
      relations: [{ type: 'during', event: 'council-meeting', basis: 'implied', evidence: [{ start: 197, end: 232 }] }], // Mayor Ada Quill proposed the bridge
      evidence: [{ start: 197, end: 232 }], // Mayor Ada Quill proposed the bridge
    },
    {
      type: 'rejection',
      id: 'plan-rejection',
      summary: 'The opposition group rejects the footbridge plan.',
      status: 'occurred',
      cameo: { code: '120', note: '“rejected the plan”: a rejection not specified further (120); 127 is for plans that settle a dispute.' },
      acled: null,
      participants: [{ actor: 'opposition-group', role: 'agent', basis: 'stated', evidence: [{ start: 295, end: 315 }] }], // The opposition group
      places: [],
      time: [],
      attribution: [{ source: 'millbrook-gazette', mode: 'narrated', evidence: [{ start: 295, end: 444 }] }], // The opposition group rejected the … the library without money.
      relations: [{ type: 'responds-to', event: 'footbridge-proposal', basis: 'implied', evidence: [{ start: 325, end: 333 }] }], // the plan
      evidence: [{ start: 295, end: 333 }], // The opposition group rejected the plan
    },
  ],
  quotes: [
    {
      id: 'old-crossing-hazard',
      speaker: 'ada-quill',
      text: 'a hazard we can no longer ignore',
      span: { start: 260, end: 292 }, // a hazard we can no longer ignore
      form: 'partial',
      channel: null,
      respondsTo: null,
      about: 'footbridge-proposal',
      evidence: [
        { start: 260, end: 292 }, // a hazard we can no longer ignore
        { start: 234, end: 241 }, // calling
      ],
    },
  ],
  statistics: [
    {
      id: 'footbridge-cost',
      measure: 'Expected cost of the footbridge works',
      value: {
        kind: 'range',
        min: { value: 1_200_000, inclusive: true },
        max: { value: 1_500_000, inclusive: true },
        reading: '"between 1.2 and 1.5 million": both ends included',
      },
      unit: 'pounds',
      qualifiers: [],
      time: [],
      attribution: [
        {
          source: 'opposition-group',
          mode: 'stated',
          evidence: [
            { start: 295, end: 315 }, // The opposition group
            { start: 335, end: 341 }, // saying
          ],
        },
      ],
      about: ['footbridge-proposal'],
      partOf: null,
      evidence: [
        { start: 370, end: 404 }, // between 1.2 and 1.5 million pounds
        { start: 353, end: 369 }, // expected to cost
      ],
    },
  ],
  claims: [
    {
      id: 'library-left-without-money',
      summary: 'The footbridge works would leave the library without money.',
      attribution: [
        {
          source: 'opposition-group',
          mode: 'stated',
          evidence: [
            { start: 295, end: 315 }, // The opposition group
            { start: 335, end: 341 }, // saying
          ],
        },
      ],
      about: ['footbridge-proposal'],
      relations: [],
      evidence: [{ start: 406, end: 443 }], // would leave the library without money
    },
  ],
  context: null,
  ambiguities: [
    {
      id: 'whose-estimate',
      question: 'Whose estimate is the cost: the opposition group’s, or the outlet’s aside?',
      records: ['footbridge-cost'],
      chosen: {
        reading: 'The opposition group’s: it stands inside their paraphrased argument ("saying the works … would leave the library without money").',
        evidence: [{ start: 295, end: 443 }], // The opposition group rejected the plan, saying … without money
      },
      alternatives: [
        {
          reading: 'The outlet’s: "expected to cost …" is set off by commas, outside quotation marks, and names no one who expects it.',
          evidence: [{ start: 353, end: 404 }], // expected to cost between 1.2 and 1.5 million pounds
        },
      ],
      note: 'footbridge-cost is attributed to the opposition group (stated); on the other reading it would be narrated by the Millbrook Gazette.',
    },
  ],
});
