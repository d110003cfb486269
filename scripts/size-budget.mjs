// Fails (exit 1) if a bundle grows past its budget in scripts/size-budget.json (brotli bytes).
// Needs dist/ (run after `npm run build`). Budgets are the sizes measured on 2026-11-27 plus 3-5%, except
// "largest single helper", held at the 1 KB target (timeline, 1,002 B, is the largest).
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
