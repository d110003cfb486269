import type { Article } from '../src/model/article.js';

/** The first and last lines of the README's generated section. */
export const START: string;
export const END: string;
/** The text of the section, from an article of the package. */
export function renderDecisions(article: Article): string;
/** README text with the section replaced by `section`. */
export function withDecisions(readme: string, section: string): string;
