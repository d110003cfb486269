// UTF-16 offsets to code points, for the formats that count code points (Web Annotation, brat).
// Internal to src/export: not re-exported.

/** A UTF-16 code unit that starts a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A UTF-16 code unit that ends a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Converts UTF-16 offsets of `text` into code-point offsets, counting as the string iterator
 * does: a surrogate pair is one code point, and so is a lone surrogate.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  const before = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = points;
    // The low half of a surrogate pair does not start a new code point. (At i = 0,
    // charCodeAt(-1) is NaN, which is no surrogate.)
    if (!(isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  before[text.length] = points;
  // Span offsets are in 0…text.length (validateArticle checks it), and the table has every one.
  return (offset) => before[offset] as number;
}
