// A small article of the model, unlike the story in the ways the exporters must handle: a
// character outside the BMP (so code points and UTF-16 offsets differ), a span at the very start
// and one at the very end of the text, a span inside a long repetition (so 32 code units of
// context do not make a quote unique), a publisher with no actor record, and no outside context.
import type { Article, Span } from '../../src/model/index.js';

const repeated = 'la '.repeat(40);
const text = `Ana 😀 ${repeated}sang “yes” in Lviv`;

function span(words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the fixture text`);
  return { start, end: start + words.length };
}

/** The middle "la" of the repetition. */
const middle = span('la', text.indexOf(repeated) + 3 * 20);

export const edgeArticle: Article = {
  id: 'edge-cases',
  publisher: { actor: 'the-choir-times', name: 'The Choir Times', evidence: [span('Ana')] },
  language: 'en',
  text,
  paragraphs: [{ start: 0, end: text.length }],
  sentences: [{ start: 0, end: text.length }],
  actors: [{ kind: 'person', id: 'ana', name: 'Ana', aliases: ['Ana'], titles: [], evidence: [span('Ana')] }],
  places: [{ kind: 'city', id: 'lviv', name: 'Lviv', aliases: ['Lviv'], partOf: null, evidence: [span('Lviv')] }],
  events: [
    {
      type: 'meeting',
      id: 'singing',
      summary: 'Ana sang, or was to.',
      status: 'cancelled',
      cameo: { code: '040', note: 'n' },
      acled: null,
      participants: [{ actor: 'ana', role: 'participant', basis: 'stated', evidence: [span('Ana')] }],
      places: [{ id: 'lviv', basis: 'stated', evidence: [span('in Lviv')] }],
      time: [],
      attribution: [],
      relations: [],
      evidence: [middle, span('sang')],
    },
  ],
  quotes: [
    {
      id: 'yes',
      speaker: 'ana',
      text: 'yes',
      span: span('yes'),
      form: 'direct',
      channel: null,
      respondsTo: 'singing',
      about: null,
      evidence: [span('yes'), span('😀')],
    },
  ],
  statistics: [],
  claims: [],
  context: null,
  ambiguities: [],
};

/** An article with no records at all. */
export const emptyArticle: Article = {
  ...edgeArticle,
  id: 'empty',
  actors: [],
  places: [],
  events: [],
  quotes: [],
  statistics: [],
  claims: [],
};
