/** The entry points' names, from package.json "exports": 'index', 'validate', … */
export const ENTRY_POINTS: readonly string[];
/** The import specifier of an entry point. */
export function specifier(entry: string): string;
