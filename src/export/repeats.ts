// Which segments of a text occur in it only once, answered in O(1) each after an O(n log n) build:
// the text's suffix array (every suffix, in sorted order) and, for each suffix, the longest prefix
// it shares with any other. A segment starting at `from` occurs more than once exactly when another
// suffix shares at least its length with the suffix at `from`, and the suffix sharing the most is a
// neighbour in sorted order. (Scanning the text for each segment instead costs O(n) a segment and
// more on repetitive text: quadratic for an article of many spans in a text of many repeats.)

/**
 * For each offset of `text`, the length of the longest prefix the suffix there shares with any
 * other suffix: `text.slice(from, to)` is unique in `text` exactly when `to - from` exceeds it.
 */
export function sharedPrefixes(text: string): Int32Array {
  const n = text.length;
  const shared = new Int32Array(n);
  if (n < 2) return shared;
  // Suffix array by prefix doubling: sort by the first k code units, then 2k, … (each pass a
  // counting sort by the second half, then a stable one by the first), until all ranks differ.
  let rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = text.charCodeAt(i);
  let sa = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (rank[a] as number) - (rank[b] as number));
  let classes = 0;
  {
    const dense = new Int32Array(n);
    for (let r = 1; r < n; r++) dense[sa[r] as number] = (dense[sa[r - 1] as number] as number) + (rank[sa[r] as number] !== rank[sa[r - 1] as number] ? 1 : 0);
    rank = dense;
    classes = (rank[sa[n - 1] as number] as number) + 1;
  }
  const second = new Int32Array(n);
  const counts = new Int32Array(n + 1);
  const next = new Int32Array(n);
  for (let k = 1; classes < n; k *= 2) {
    // By the second half: suffixes with none (past the end) first, then in the order of sa.
    let p = 0;
    for (let i = n - k; i < n; i++) second[p++] = i;
    for (let r = 0; r < n; r++) if ((sa[r] as number) >= k) second[p++] = (sa[r] as number) - k;
    // Stable counting sort by the first half.
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(rank[i] as number) + 1] = (counts[(rank[i] as number) + 1] as number) + 1;
    for (let c = 0; c < classes; c++) counts[c + 1] = (counts[c + 1] as number) + (counts[c] as number);
    const sorted = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const i = second[j] as number;
      const c = rank[i] as number;
      sorted[counts[c] as number] = i;
      counts[c] = (counts[c] as number) + 1;
    }
    sa = sorted;
    // New ranks: equal when both halves are equal.
    next[sa[0] as number] = 0;
    for (let r = 1; r < n; r++) {
      const a = sa[r - 1] as number;
      const b = sa[r] as number;
      // Of two suffixes equal in their first k code units, only the earlier in sa can lack a second
      // half (it sorts first); reading past the end of `rank` gives undefined, which equals nothing.
      const same = rank[a] === rank[b] && (a + k < n ? (rank[a + k] as number) : -1) === rank[b + k];
      next[b] = (next[a] as number) + (same ? 0 : 1);
    }
    classes = (next[sa[n - 1] as number] as number) + 1;
    rank.set(next);
  }
  // Kasai: the common prefix of each suffix with the one before it in sa, in O(n).
  const lcp = new Int32Array(n + 1);
  for (let i = 0, h = 0; i < n; i++) {
    const r = rank[i] as number;
    if (r === 0) {
      h = 0;
      continue;
    }
    const j = sa[r - 1] as number;
    while (i + h < n && j + h < n && text.charCodeAt(i + h) === text.charCodeAt(j + h)) h++;
    lcp[r] = h;
    if (h > 0) h--;
  }
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number;
    shared[i] = Math.max(lcp[r] as number, lcp[r + 1] as number);
  }
  return shared;
}
