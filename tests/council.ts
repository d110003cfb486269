// The invented council article of examples/custom-article, for tests. The example runs
// defineArticle when it loads, so tests import it inside the test that uses it: code run while
// vitest collects tests counts, in the mutation run, as covered by every test ("static").
import type { CouncilArticle } from '../examples/custom-article/article.js';

/** Loads the example and returns its article (imported once, then cached by the module system). */
export async function loadCouncil(): Promise<CouncilArticle> {
  return (await import('../examples/custom-article/article.js')).council;
}
