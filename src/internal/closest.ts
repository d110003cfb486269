// "Did you mean" suggestions, at a cost that does not depend on the input: ids past LONGEST are
// not compared, at most CANDIDATES candidates are, and the edit-distance work stops at CELLS.

/** The longest input or candidate compared, in UTF-16 code units (the longest valid id). */
const LONGEST = 64;
/** The most candidates one call compares (the first ones given). */
const CANDIDATES = 2000;
/** The most edit-distance cells one call fills: about a millisecond of work. */
const CELLS = 200_000;

/**
 * Levenshtein distance, with two rows of memory, or `max + 1` as soon as it must exceed `max`
 * (every cell of a row above `max`); `cost` counts the cells filled.
 */
function distance(a: string, b: string, max: number, cost: { cells: number }): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      // Both rows hold indexes 0…j-1 and `previous` holds j: none of these reads can miss.
      const d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + substitution);
      current[j] = d;
      if (d < least) least = d;
    }
    cost.cells += b.length;
    if (least > max) return max + 1;
    previous = current;
  }
  // `previous` always has b.length + 1 entries.
  return previous[b.length] as number;
}

/**
 * The candidates closest to `input`, best first: those within edit distance of about a third of
 * the longer string, or that contain the input (or are contained in it). Bounded work: see the top
 * of this file.
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  if (input.length > LONGEST) return [];
  const scored: { id: string; score: number }[] = [];
  const cost = { cells: 0 };
  let compared = 0;
  for (const id of candidates) {
    if (compared >= CANDIDATES || cost.cells >= CELLS) break;
    if (id.length > LONGEST) continue;
    compared++;
    const related = input.length > 0 && (id.includes(input) || input.includes(id));
    const max = Math.max(2, Math.ceil(Math.max(input.length, id.length) / 3));
    // Strings further apart in length than `max` are further apart than `max` edits.
    if (!related && Math.abs(input.length - id.length) > max) continue;
    const d = distance(input, id, related ? 1 : max, cost);
    if (d <= max || related) scored.push({ id, score: related ? Math.min(d, 1) : d });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.id);
}
