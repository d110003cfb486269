// A second article, modelled with `defineArticle`. Its text is INVENTED for this example:
// Millbrook, its council, Mayor Ada Quill and the Millbrook Gazette do not exist, and the text
// says so in its first line. Offsets are UTF-16 code units into `text`; the comment after each
// span is its text. In your own project, import from the package instead:
//   import { defineArticle } from 'ukraine-energy-strikes';
import { defineArticle } from '../../src/define/define-article.js';
import type {
  Article,
  City,
  Claim,
  Group,
  MeetingEvent,
  Organisation,
  Person,
  ProposalEvent,
  Quote,
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
 * the built-in story). Naming them keeps hovers short and gives the exported constant the explicit
 * type that `isolatedDeclarations` asks for; `defineArticle` checks the literal against it.
 */
export interface CouncilRecords {
  /** The council, the mayor, the opposition group and the (invented) newspaper. */
  readonly actor: Organisation<'millbrook-council'> | Person<'ada-quill'> | Group<'opposition-group'> | Organisation<'millbrook-gazette'>;
  /** The town and one of its districts. */
  readonly place: City<'millbrook'> | Region<'eastfield'>;
  /** The meeting, the proposal made during it, and its rejection. */
  readonly event: MeetingEvent<'council-meeting'> | ProposalEvent<'footbridge-proposal'> | RejectionEvent<'plan-rejection'>;
  /** The mayor's words. */
  readonly quote: Quote<'old-crossing-hazard'>;
  /** The expected cost, a range. */
  readonly statistic: Statistic<'footbridge-cost'>;
  /** The opposition's objection. */
  readonly claim: Claim<'library-left-without-money'>;
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
    { start: 0, end: 103 },
    { start: 105, end: 444 },
    { start: 446, end: 471 },
  ],
  sentences: [
    { start: 0, end: 103 },
    { start: 105, end: 196 },
    { start: 197, end: 294 },
    { start: 295, end: 444 },
    { start: 446, end: 471 },
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
        evidence: [{ start: 105, end: 195 }], // Millbrook town council met on Monday to discuss a new footbridge in the Eastfield district
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
      participants: [{ actor: 'millbrook-council', role: 'participant', basis: 'stated', evidence: [{ start: 105, end: 127 }] }], // Millbrook town council
      places: [{ id: 'millbrook', basis: 'implied', evidence: [{ start: 105, end: 114 }] }], // Millbrook
      time: [{ kind: 'weekday', weekday: 'monday', evidence: [{ start: 132, end: 141 }] }], // on Monday
      attribution: [{ source: 'millbrook-gazette', mode: 'narrated', evidence: [{ start: 105, end: 196 }] }], // the sentence
      relations: [],
      evidence: [{ start: 105, end: 141 }], // Millbrook town council met on Monday
    },
    {
      type: 'proposal',
      id: 'footbridge-proposal',
      summary: 'The mayor proposes a new footbridge.',
      status: 'occurred',
      participants: [{ actor: 'ada-quill', role: 'agent', basis: 'stated', evidence: [{ start: 197, end: 212 }] }], // Mayor Ada Quill
      places: [{ id: 'eastfield', basis: 'stated', evidence: [{ start: 153, end: 195 }] }], // a new footbridge in the Eastfield district
      time: [],
      attribution: [{ source: 'millbrook-gazette', mode: 'narrated', evidence: [{ start: 197, end: 294 }] }], // the sentence
      relations: [{ type: 'during', event: 'council-meeting', basis: 'implied', evidence: [{ start: 197, end: 232 }] }], // Mayor Ada Quill proposed the bridge
      evidence: [{ start: 197, end: 232 }], // Mayor Ada Quill proposed the bridge
    },
    {
      type: 'rejection',
      id: 'plan-rejection',
      summary: 'The opposition group rejects the footbridge plan.',
      status: 'occurred',
      participants: [{ actor: 'opposition-group', role: 'agent', basis: 'stated', evidence: [{ start: 295, end: 315 }] }], // The opposition group
      places: [],
      time: [],
      attribution: [{ source: 'millbrook-gazette', mode: 'narrated', evidence: [{ start: 295, end: 444 }] }], // the sentence
      relations: [{ type: 'responds-to', event: 'footbridge-proposal', basis: 'implied', evidence: [{ start: 325, end: 333 }] }], // the plan
      evidence: [{ start: 295, end: 333 }], // The opposition group rejected the plan
    },
  ],
  quotes: [
    {
      id: 'old-crossing-hazard',
      speaker: 'ada-quill',
      text: 'a hazard we can no longer ignore',
      span: { start: 260, end: 292 },
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
});
