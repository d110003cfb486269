/** The first and last lines of the README's generated section. */
export const START: string;
export const END: string;
/** The text of the section, from the package's exports and the articles. */
export function renderTaxonomy(api: unknown, articles: readonly (readonly [string, unknown])[], roots: Readonly<Record<string, string>>): string;
/** README text with the section replaced by `section`. */
export function withTaxonomy(readme: string, section: string): string;
/** The package's source and the example articles, bundled by esbuild and imported. */
export function loadSources(): Promise<unknown>;
/** The section from loaded sources. */
export function taxonomyOf(sources: unknown): string;
