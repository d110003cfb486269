import type { TimelineCycleError } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { timeline } from '../query/timeline.js';
import { inspectMeaning } from './meaning.js';
import type { ArticleProblem, ValidationResult } from './problem.js';
import { quoted } from './read.js';
import { inspectShape } from './shape.js';

function failure(problems: readonly ArticleProblem[]): ValidationResult {
  return Object.freeze({ ok: false, problems: Object.freeze([...problems]) });
}

/**
 * Checks that a value is a valid article of the model, and reports every problem it finds.
 *
 * It checks the structure (every field, type and discriminant, no extra properties, at least one
 * evidence span per record) and what a JSON Schema cannot: spans in the bounds of the text and not
 * empty, ids unique across all collections, references that name a record of the right collection,
 * ranges with the minimum below the maximum, `partOf` links without cycles, quotes whose `text` is
 * the text at their span, collections in text order, and before/after relations that `timeline`
 * can order.
 *
 * It never throws and never changes its input, whatever it is given: it reads own data properties
 * only (getters are reported, not called), never deeper than the model goes (so cyclic or deeply
 * nested input cannot run away), and quotes long strings only in part.
 *
 * @param input - any value, such as the result of `JSON.parse`
 * @returns `{ ok: true, article }` with a deeply frozen copy of the input (its own data properties,
 *   exactly what was checked), or `{ ok: false, problems }` with every problem found
 * @example
 * validateArticle(article).ok; // => true
 *
 * const result = validateArticle({ ...article, quotes: [{ ...article.quotes[0], speaker: 'zelenskyy' }] });
 * if (!result.ok) result.problems.map((p) => p.code);
 * // => ['UNKNOWN_REFERENCE']
 */
export function validateArticle(input: unknown): ValidationResult {
  const inspection = inspectShape(input);
  inspectMeaning(inspection);
  const { article } = inspection;
  if (inspection.problems.length > 0 || article === undefined) return failure(inspection.problems);
  deepFreeze(article);
  try {
    timeline(article);
  } catch (error) {
    // timeline throws UnknownIdError or TimelineCycleError; every relation was resolved above, so only a cycle is left.
    const events = (error as TimelineCycleError).events.map((id) => quoted(id)).join(', ');
    return failure([
      {
        code: 'TIMELINE_CYCLE',
        path: '/events',
        message: `The before/after relations of the events contradict each other, so they have no timeline: ${events} cannot be ordered.`,
      },
    ]);
  }
  return Object.freeze({ ok: true, article });
}
