// Every article the package ships or shows, for the format tests that must hold for all of them:
// the story, the four example articles, and the exporters' edge-case fixture.
import type { Article } from '../../src/model/index.js';
import { article } from '../../src/story/article.js';
import { edgeArticle } from '../export/fixture.js';

/** Each article with a name for test titles. Loaded when called: the examples run defineArticle as they load. */
export async function everyArticle(): Promise<readonly (readonly [string, Article])[]> {
  const [{ council }, { flood }, { courtRuling }, { election }] = await Promise.all([
    import('../../examples/custom-article/article.js'),
    import('../../examples/flood/article.js'),
    import('../../examples/court-ruling/article.js'),
    import('../../examples/election/article.js'),
  ]);
  return [
    ['the story', article],
    ['the council example', council],
    ['the flood example', flood],
    ['the court-ruling example', courtRuling],
    ['the election example', election],
    // Not valid (its publisher has no actor record): the exporters must still handle it.
    ['the edge-case fixture', edgeArticle],
  ];
}
