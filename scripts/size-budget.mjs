// Fails (exit 1) if a bundle grows past its budget in scripts/size-budget.json (brotli bytes).
// Needs dist/ (run after `npm run build`). Budgets are the sizes measured plus 3-5%: on 2026-11-27, and
// on 2026-12-02 for what changed then. The helpers grew because each one now checks its arguments (an
// unknown id throws UnknownIdError with the closest ids: ~500 B of error and bounded edit-distance
// code), checks that it was given an article, and keeps indexes only for articles it has seen to be
// deeply frozen (~300 B); five helpers were added, and recordsAt's index is a segment tree (nested
// spans were quadratic). "largest single helper" is `mentioning`, 1,803 B. validateArticle grew by
// the snapshot it reads the input into, the id form and the bounded problem list; toWebAnnotations
// by the suffix array that keeps its quote selectors near-linear on repetitive text.
// On 2026-12-02 again, for the CAMEO coding (tracker issue 15): the data by the 18 events' CAMEO
// and ACLED notes and two more ambiguities (7,493 → 9,273 B); validateArticle by the table of the
// 291 CAMEO codes, each event type's prefixes and the ACLED types (8,024 → 9,930 B); the helpers
// by four authoring aids; toJsonLd by the schema.org types of the new kinds. toGdeltRows and
// describeCameoCode carry GDELT's labels and Goldstein scores for every code (10 KB of text).
// The adversarial review's fixes then added the check that an exporter was given an article
// (toJsonLd 1,771 → 1,981 B, toWebAnnotations 1,621 → 1,833 B: the check and the context cap) and
// the snapshot's cycle, box and string-budget checks (validateArticle 9,930 → 10,307 B).
// On 2026-12-02, for the interoperability work (tracker issue 16): articleSchema is validateArticle
// behind the Standard Schema interface (10,455 B: the validator plus the path keys of each issue);
// toNinjs 1,100 B and toBrat 2,345 B were measured then (brat's annotation.conf is built from the
// article, not carried as text). The re-readings of the CAMEO coding then made the story's notes say
// why each code and not its neighbour (data 9,313 → 9,612 B); validateArticle grew by the BCP 47
// check of the language (10,299 → 10,501 B).
// On 2026-12-02, for 1.0 (tracker issue 17): each entry point is one file, so the set of articles
// frozen whole is shared through globalThis, and a value found there is checked once (the walk of
// `deeplyFrozen`) before it is trusted; the typed lookups name a renamed id (`article.moved`) and
// the untyped ones follow it. That grew every helper that keeps indexes by about 300 B: all helpers
// 5,454 → 5,881 B, the largest (`mentioning`) 1,776 → 2,234 B, validateArticle 10,501 → 10,858 B
// (also the optional `moved` list), toGdeltRows 4,216 → 4,477 B.
import { readFileSync } from 'node:fs';
import { measureSizes } from '../bench/sizes.mjs';

const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const s = measureSizes();
const actual = {
  'data app (article only)': s.data.brotli,
  'all query helpers': s.all.brotli,
  'largest single helper': Math.max(...Object.values(s.each).map((e) => e.brotli)),
  ...Object.fromEntries(Object.entries(s.extra).map(([k, v]) => [k, v.brotli])),
};
let failed = false;
for (const [name, limit] of Object.entries(budget)) {
  const size = actual[name];
  if (size === undefined) throw new Error(`size-budget.json names "${name}", which is not measured`);
  const ok = size <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${size} B brotli (budget ${limit} B)`);
}
if (failed) {
  console.error('A bundle is over its size budget: find the cause, or raise the budget in scripts/size-budget.json and say why.');
  process.exit(1);
}
