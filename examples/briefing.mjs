// A briefing on the story, printed from queries alone. Run with `npm start` (it builds first):
// the import below resolves to the built package by its own name, as it would in your project.
// Each section prints one line per record it counts, so the counts in the first line are the
// lines below them (tests/briefing.test.ts checks it).
import { ambiguitiesOf, article, evidenceOf, formatAttribution, formatQuantity, getActor, getEvent, partsOf, quotesBy, timeline } from 'ukraine-energy-strikes';

const attributed = (attribution) => attribution.map((a) => formatAttribution(article, a)).join('; ');
const { events, quotes, statistics, claims, ambiguities } = article;

console.log(
  `${article.publisher.name}: ${events.length} events, ${quotes.length} quotes, ${statistics.length} figures, ${claims.length} claims, ${ambiguities.length} readings taken\n`,
);

console.log(`What happened, in the order the text establishes (${events.length})`);
for (const [i, event] of timeline(article).entries()) {
  const when = event.time.map((t) => article.text.slice(t.evidence[0].start, t.evidence[0].end)).join(', ');
  const status = event.status === 'occurred' ? '' : ` [${event.status}]`;
  console.log(`${String(i + 1).padStart(3)}. ${event.summary}${status}${when ? ` (${when})` : ''}`);
}

console.log(`\nFigures, exactly as precise as the text, and who gives them (${statistics.length})`);
// A part is printed under its whole ("among them two children"), so each figure once.
const figure = (statistic, indent) => {
  const qualified = statistic.qualifiers.map((q) => q.kind).join(', ');
  const value = formatQuantity(statistic.value, statistic.unit);
  console.log(`${indent}- ${statistic.measure}: ${value}${qualified ? ` [${qualified}]` : ''} (${attributed(statistic.attribution)})`);
  for (const part of partsOf(article, statistic.id)) figure(part, `${indent}    `);
};
for (const statistic of statistics) if (statistic.partOf === null) figure(statistic, '  ');

console.log(`\nWho said what (${quotes.length})`);
for (const actor of article.actors) {
  for (const quote of quotesBy(article, actor.id)) console.log(`  ${actor.name} (${quote.form}): “${quote.text}”`);
}

console.log(`\nClaims the text attributes without asserting (${claims.length})`);
for (const claim of claims) console.log(`  ${claim.summary} (${attributed(claim.attribution)})`);

console.log(`\nReadings the data takes where the text allows more than one (${ambiguities.length})`);
for (const ambiguity of ambiguities) console.log(`  ${ambiguity.question} ${ambiguity.chosen.reading}`);

const summit = getEvent(article, 'budapest-summit');
const doubts = ambiguitiesOf(article, summit.id)
  .map((a) => a.question)
  .join(' ');
console.log(
  `\nThe Budapest summit: ${summit.status}. Evidence: ${evidenceOf(article, summit.id)
    .map((s) => `“${s.text}”`)
    .join(' … ')}. Open: ${doubts}`,
);
console.log(`Told by ${getActor(article, article.publisher.actor).name}.`);
