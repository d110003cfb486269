import { describe, expect, it } from 'vitest';
import { article, formatAttribution, formatQuantity, getClaim, getStatistic, UnknownIdError } from '../../src/index.js';
import type { Quantity } from '../../src/index.js';

const range = (min: [number, boolean] | null, max: [number, boolean] | null): Quantity => ({
  kind: 'range',
  min: min && { value: min[0], inclusive: min[1] },
  max: max && { value: max[0], inclusive: max[1] },
  reading: '',
});

describe('formatQuantity: a figure exactly as precise as it is', () => {
  it.each([
    ['an exact figure', { kind: 'exact', value: 6 } as const, 'people', '6 people'],
    ['thousands grouped', { kind: 'exact', value: 1_234_567 } as const, null, '1,234,567'],
    ['a negative figure', { kind: 'exact', value: -12_000 } as const, undefined, '-12,000'],
    ['a fraction, as it is', { kind: 'exact', value: 0.5 } as const, 'share', '0.5 share'],
    ['a number too large to group exactly', { kind: 'exact', value: 1e21 } as const, null, '1e+21'],
    ['both bounds, one included', range([2000, true], [10_000, false]), null, 'at least 2,000 and less than 10,000'],
    ['both bounds excluded', range([3, false], [4, false]), 'year', 'more than 3 and less than 4 year'],
    ['both bounds included', range([1_200_000, true], [1_500_000, true]), 'pounds', 'at least 1,200,000 and at most 1,500,000 pounds'],
    ['a floor only', range([2, true], null), 'explosions', 'at least 2 explosions'],
    ['a ceiling only', range(null, [5, false]), null, 'less than 5'],
    ['an included ceiling only', range(null, [5, true]), null, 'at most 5'],
    ['no bounds at all', range(null, null), 'people', 'an unstated number people'],
    ['an empty unit, as none', { kind: 'exact', value: 5 } as const, '', '5'],
  ])('%s', (_, quantity, unit, expected) => {
    expect(formatQuantity(quantity, unit)).toBe(expected);
  });

  it("formats the story's vague figures as ranges, never as a number", () => {
    expect(formatQuantity(getStatistic(article, 'war-duration').value, getStatistic(article, 'war-duration').unit)).toBe('more than 3 and less than 4 year');
    expect(formatQuantity(getStatistic(article, 'war-casualties').value)).toBe('at least 20,000 and less than 100,000');
  });
});

describe('formatAttribution: who says so, and how', () => {
  it('gives the mode and the source by name', () => {
    expect(formatAttribution(article, getStatistic(article, 'drones-intercepted').attribution[0] as never)).toBe('claimed by Russia');
    expect(getClaim(article, 'war-is-illegal-land-grab').attribution.map((a) => formatAttribution(article, a))).toEqual(['argued by Kyiv and its allies']);
  });

  it('rejects a source that is not an actor of the article', () => {
    expect(() => formatAttribution(article, { source: 'kyiv', mode: 'stated', evidence: [{ start: 0, end: 1 }] })).toThrow(UnknownIdError);
  });
});
