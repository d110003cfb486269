import { describe, expect, it } from 'vitest';
import { closest } from '../../src/internal/closest.js';

describe('closest', () => {
  it.each<[string, string, readonly string[], readonly string[]]>([
    ['ranks by edit distance, best first', 'zelenskyy', ['putin', 'zalenskiy', 'zelensky'], ['zelensky', 'zalenskiy']],
    ['breaks ties by id, whatever the input order', 'cat', ['cut', 'bat', 'cot', 'car', 'cab'], ['bat', 'cab', 'car']],
    [
      'counts a candidate that contains the input as close',
      'kyiv',
      ['kyiv-and-allies', 'journalists-in-kyiv', 'kharkiv'],
      ['journalists-in-kyiv', 'kyiv-and-allies'],
    ],
    ['gives nothing when nothing is close', 'xylophone', ['zelensky', 'putin'], []],
    ['does not count every candidate as containing an empty input', '', ['journalists-in-kyiv', 'ab'], ['ab']],
  ])('%s', (_, input, candidates, expected) => {
    expect(closest(input, candidates)).toEqual(expected);
  });

  it('gives at most `limit` candidates', () => {
    expect(closest('a', ['b', 'c', 'd', 'e'], 2)).toEqual(['b', 'c']);
  });
});
