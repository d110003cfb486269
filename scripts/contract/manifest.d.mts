import type { Article } from '../../src/model/article.js';

/** Record ids by collection, the article's id, and renamed ids (old to new). */
export interface IdManifest {
  readonly article: string;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly events: readonly string[];
  readonly quotes: readonly string[];
  readonly statistics: readonly string[];
  readonly claims: readonly string[];
  readonly ambiguities: readonly string[];
  readonly moved: Readonly<Record<string, string>>;
}
/** A contract: the id manifest and the API report of each entry point. */
export interface Contract {
  readonly ids: Partial<IdManifest>;
  readonly api: Readonly<Record<string, string>>;
}
/** What changed between two contracts. */
export interface ContractDiff {
  readonly ids: { readonly removed: string[]; readonly added: string[] };
  readonly exports: { readonly removed: string[]; readonly added: string[] };
  readonly changedExports: string[];
}
export type Bump = 'none' | 'patch' | 'minor' | 'major';

export const root: string;
export const MANIFEST: string;
export const COLLECTIONS: readonly string[];
export function idManifest(article: Article): IdManifest;
export function manifestText(manifest: IdManifest): string;
export function exportsOf(report: string): string[];
export function declarationsOf(report: string): Record<string, string>;
export function diffContracts(before: Contract, after: Contract): ContractDiff;
export function requiredBump(diff: ContractDiff): Bump;
export function covers(pending: Bump | undefined, required: Bump): boolean;
export function committedContract(entries: readonly string[], reportPath: (entry: string) => string): Contract;
