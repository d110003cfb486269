#!/usr/bin/env node
// Checks the generated API reference (docs/api, by TypeDoc) against the declarations: each helper's
// type parameters are shown with the constraints its declaration has (scripts/typedoc/declared-
// constraints.mjs; TypeDoc alone shows `const Id extends string` for `ActorId<A>`), and the index
// groups the helpers as the README's API section does. `npm run docs` runs it after TypeDoc.
import { readFile } from 'node:fs/promises';

const text = async (file) =>
  (await readFile(new URL(`../../docs/api/${file}`, import.meta.url), 'utf8'))
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

const signatures = {
  getActor: 'getActor<A extends Article, const Id extends ActorId<A>>',
  getRecord: 'getRecord<A extends Article, const Id extends RecordId<A>>',
  eventsOfType: 'eventsOfType<A extends Article, const T extends EventOf<A>["type"]>',
  actorsOfKind: 'actorsOfKind<A extends Article, const K extends ActorOf<A>["kind"]>',
  quotesBy: 'quotesBy<A extends Article>( article: A, speaker: ActorId<A>,): readonly QuoteOf<A>[]',
};
const problems = [];
for (const [name, expected] of Object.entries(signatures)) {
  const page = await text(`functions/index.${name}.html`);
  if (!page.includes(expected)) problems.push(`${name}: expected the signature ${expected}`);
}
// Each entry point's page groups its exports as the README's API section does, in this order.
const modules = {
  index: ['Story', 'Lookups', 'Filters', 'Relations', 'Provenance', 'Timeline', 'Context', 'Formatting', 'Authoring', 'Errors'],
  define: ['Authoring', 'Validation', 'Errors'],
  validate: ['Validation'],
  'json-ld': ['Export'],
  'web-annotation': ['Export'],
  gdelt: ['Export'],
  ninjs: ['Export'],
  brat: ['Export'],
};
let groupCount = 0;
for (const [module, groups] of Object.entries(modules)) {
  groupCount += groups.length;
  const page = await text(`modules/${module}.html`);
  const positions = groups.map((g) => page.indexOf(` ${g} `));
  if (positions.some((p) => p < 0) || positions.some((p, i) => i > 0 && p < positions[i - 1])) {
    problems.push(`modules/${module}.html must list the groups ${groups.join(', ')} in that order`);
  }
}
if (problems.length > 0) {
  console.error(`docs/api does not tell the truth:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `docs/api: ${Object.keys(signatures).length} signatures as declared, ${groupCount} groups in order on ${Object.keys(modules).length} entry points' pages`,
);
