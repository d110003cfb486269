import { DATA_SHA256, DATA_VERSION, TEXT_SHA256, VERSION } from './release.js';

/**
 * What a program can check about the copy of the package it runs: which release it is, which
 * version of the data it holds, and digests of the text and the data.
 *
 * @group Story
 */
export interface PackageMeta {
  /** The package's name on npm. */
  readonly name: 'ukraine-energy-strikes';
  /** The package's version, as in its `package.json`. */
  readonly version: string;
  /**
   * The version of the release in which the data (the text or any record) last changed. A release
   * that changes only code keeps it, so a cache of anything derived from the data can key on it.
   */
  readonly dataVersion: string;
  /** SHA-256 of `article.text` as UTF-8, in lower-case hex. */
  readonly textSha256: string;
  /** SHA-256 of `JSON.stringify(article)` as UTF-8, in lower-case hex: changes with any record. */
  readonly dataSha256: string;
}

/**
 * The package's version, its data's version and digests of the text and the data.
 *
 * @example
 * import { article, meta } from 'ukraine-energy-strikes';
 * meta.name; // => 'ukraine-energy-strikes'
 * meta.textSha256; // => '3fb2cd1dabadd14558de09dbddc4b151409824842455c39978d52ddfa0450293'
 * /^\d+\.\d+\.\d+/.test(meta.dataVersion); // => true
 * @group Story
 */
export const meta: PackageMeta = /* @__PURE__ */ Object.freeze({
  name: 'ukraine-energy-strikes',
  version: VERSION,
  dataVersion: DATA_VERSION,
  textSha256: TEXT_SHA256,
  dataSha256: DATA_SHA256,
});
