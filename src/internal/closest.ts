/** Levenshtein distance, with two rows of memory. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Both rows hold indexes 0…j-1 and `previous` holds j: none of these reads can miss.
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  // `previous` always has b.length + 1 entries.
  return previous[b.length] as number;
}

/**
 * The candidates closest to `input`, best first: those within edit distance of about a third of
 * the longer string, or that contain the input (or are contained in it).
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const d = distance(input, id);
    const related = input.length > 0 && (id.includes(input) || input.includes(id));
    if (d <= Math.max(2, Math.ceil(Math.max(input.length, id.length) / 3)) || related) {
      scored.push({ id, score: related ? Math.min(d, 1) : d });
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.id);
}
