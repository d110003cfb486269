/** The article as the JSON text shipped in article.json; throws if it does not survive a round trip. */
export function articleJson(article: unknown): string;
/** Writes article.json (from `<from>/index.js`) and schema.json into `out`; returns the paths written. */
export function buildJson(options?: { readonly from?: string; readonly out?: string }): Promise<string[]>;
