import type { Bound, Quantity } from '../model/statistic.js';

/** A number as a reader expects it: integers grouped in thousands with commas, others as JavaScript prints them. */
function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  const digits = String(Math.abs(value));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = `${digits.slice(Math.max(0, end - 3), end)}${grouped === '' ? '' : ','}${grouped}`;
  return value < 0 ? `-${grouped}` : grouped;
}

const lower = (bound: Bound): string => `${bound.inclusive ? 'at least' : 'more than'} ${formatNumber(bound.value)}`;
const upper = (bound: Bound): string => `${bound.inclusive ? 'at most' : 'less than'} ${formatNumber(bound.value)}`;

/**
 * A quantity in plain words, exactly as precise as it is: an exact figure as its number, a range
 * by its bounds, each saying whether it is included, so that "thousands" is never printed as a
 * number it is not. With a unit, the unit follows.
 *
 * @param quantity - a statistic's `value`
 * @param unit - the statistic's `unit`, if any
 * @returns the quantity in words
 * @example
 * formatQuantity(getStatistic(article, 'people-killed').value, 'people'); // => '6 people'
 * formatQuantity(getStatistic(article, 'left-without-power').value); // => 'at least 2,000 and less than 10,000'
 * formatQuantity(getStatistic(article, 'explosions-heard').value, 'explosions'); // => 'at least 2 explosions'
 * @group Formatting
 */
export function formatQuantity(quantity: Quantity, unit?: string | null): string {
  let amount: string;
  if (quantity.kind === 'exact') amount = formatNumber(quantity.value);
  else if (quantity.min !== null && quantity.max !== null) amount = `${lower(quantity.min)} and ${upper(quantity.max)}`;
  else if (quantity.min !== null) amount = lower(quantity.min);
  else if (quantity.max !== null) amount = upper(quantity.max);
  else amount = 'an unstated number';
  return typeof unit === 'string' && unit !== '' ? `${amount} ${unit}` : amount;
}
