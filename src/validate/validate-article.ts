import { orderEvents } from '../internal/event-order.js';
import { freezeWhole } from '../internal/freeze.js';
import { checkMeaning } from './meaning.js';
import type { ValidationResult } from './problem.js';
import { listed, ProblemList } from './problem-list.js';
import { checkStructure } from './structure.js';
import { MAX_CHARS, MAX_VALUES, snapshot } from './snapshot.js';

function failure(problems: ProblemList): ValidationResult {
  return Object.freeze({ ok: false, problems: problems.list() });
}

/**
 * Checks that a value is a valid article of the model, and reports every problem it finds.
 *
 * It checks the structure (every field, type and discriminant, no extra properties, ids of the
 * documented form, at least one evidence span per record) and what a JSON Schema cannot: spans in
 * the bounds of the text, not empty and not inside a character, ids unique across all collections,
 * references that name a record of the right collection, ranges with the minimum below the
 * maximum, `partOf` links without cycles, quotes whose `text` is the text at their span,
 * collections in text order, and before/after relations that `timeline` can order.
 *
 * It never throws and never changes its input, whatever it is given. It reads the input once, into
 * a snapshot of its own data properties (getters are reported, not called; a proxy's traps are
 * asked once each), no deeper than the model goes, and checks that snapshot only: what it returns
 * is exactly what it checked. An object that contains itself, a typed array or a boxed primitive is
 * reported, not walked. Input larger than it reads (more than 10,000,000 values, more than
 * 67,108,864 code units of strings, or a text of more than 4,194,304 code units) gets one
 * INPUT_TOO_LARGE problem; messages quote long strings in part, and at most 1,000 problems are listed.
 *
 * @param input - any value, such as the result of `JSON.parse`
 * @returns `{ ok: true, article }` with the snapshot, deeply frozen, or `{ ok: false, problems }`
 *   with every problem found
 * @example
 * validateArticle(article).ok; // => true
 *
 * const result = validateArticle({ ...article, quotes: article.quotes.map((q, i) => (i === 0 ? { ...q, speaker: 'zelenskyy' } : q)) });
 * if (!result.ok) result.problems.map((p) => p.code);
 * // => ['UNKNOWN_REFERENCE']
 * @group Validation
 */
export function validateArticle(input: unknown): ValidationResult {
  const problems = new ProblemList();
  const taken = snapshot(input);
  if (taken.tooLarge) {
    problems.add(
      'INPUT_TOO_LARGE',
      undefined,
      () =>
        `The input holds more than ${MAX_VALUES} values (or an array longer than that) or more than ${MAX_CHARS} code units of strings, more than the validator reads: nothing was checked.`,
    );
    return failure(problems);
  }
  const structure = checkStructure(taken.value, problems);
  checkMeaning(structure, problems);
  const { article } = structure;
  if (problems.count > 0 || article === undefined) return failure(problems);
  const order = orderEvents(article.events);
  if (order.stuck.length > 0) {
    problems.add(
      'TIMELINE_CYCLE',
      { parent: undefined, key: 'events' },
      () => `The before/after relations of the events contradict each other, so they have no timeline: ${listed(order.stuck, ', ')} cannot be ordered.`,
    );
    return failure(problems);
  }
  return Object.freeze({ ok: true, article: freezeWhole(article, true) });
}
