/** The data changes between two articles (before `undefined`: a first release), as Markdown lines. */
export function dataChanges(before: object | undefined, after: object): { lines: string[]; changed: boolean };
/** The changelog with `section` as the "Data changes" of `version`'s entry. */
export function withDataChanges(changelog: string, version: string, section: readonly string[]): string;
