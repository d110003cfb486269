// A briefing on the story, printed from queries alone. Run with `npm start` (it builds first):
// the import below resolves to the built package by its own name, as it would in your project.
import {
  article,
  claimsBy,
  evidenceOf,
  getActor,
  getEvent,
  partsOf,
  quotesBy,
  statisticsAbout,
  timeline,
} from 'ukraine-energy-strikes';

const name = (id) => getActor(article, id).name;
const describeValue = ({ value, unit }) => {
  const amount =
    value.kind === 'exact'
      ? String(value.value)
      : [value.min && `${value.min.inclusive ? '≥' : '>'} ${value.min.value}`, value.max && `${value.max.inclusive ? '≤' : '<'} ${value.max.value}`]
          .filter(Boolean)
          .join(' and ');
  return unit === null ? amount : `${amount} ${unit}`;
};
const attributed = (attribution) => attribution.map((a) => `${a.mode} by ${name(a.source)}`).join('; ');

console.log(`${article.publisher.name}: ${article.events.length} events, ${article.quotes.length} quotes, ${article.statistics.length} figures, ${article.claims.length} claims\n`);

console.log('What happened, in the order the text establishes');
for (const [i, event] of timeline(article).entries()) {
  const when = event.time.map((t) => article.text.slice(t.evidence[0].start, t.evidence[0].end)).join(', ');
  const status = event.status === 'occurred' ? '' : ` [${event.status}]`;
  console.log(`${String(i + 1).padStart(3)}. ${event.summary}${status}${when ? ` (${when})` : ''}`);
}

console.log('\nCasualty figures for the strikes, and who gives them');
for (const statistic of statisticsAbout(article, 'overnight-strikes')) {
  if (statistic.partOf !== null) continue;
  const qualified = statistic.qualifiers.map((q) => q.kind).join(', ');
  console.log(`  - ${statistic.measure}: ${describeValue(statistic)}${qualified ? ` [${qualified}]` : ''} (${attributed(statistic.attribution)})`);
  for (const part of partsOf(article, statistic.id)) console.log(`      of whom ${part.measure}: ${describeValue(part)}`);
}

console.log('\nWho said what');
for (const speaker of ['zelensky', 'trump', 'putin']) {
  for (const quote of quotesBy(article, speaker)) console.log(`  ${name(speaker)} (${quote.form}): “${quote.text}”`);
}

console.log('\nClaims the text attributes without asserting');
for (const actor of article.actors) {
  for (const claim of claimsBy(article, actor.id)) {
    const mode = claim.attribution.find((a) => a.source === actor.id)?.mode;
    console.log(`  ${actor.name} (${mode}): ${claim.summary}`);
  }
}

const summit = getEvent(article, 'budapest-summit');
console.log(`\nThe Budapest summit: ${summit.status}. Evidence: ${evidenceOf(article, summit.id).map((s) => `“${s.text}”`).join(' … ')}`);
