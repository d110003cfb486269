// Written by scripts/contract (`npm run contract -- --write` for the digests, `npm run release` for
// the versions); tests/meta.test.ts fails when it is out of date.

/** The package version, as in package.json. */
export const VERSION: string = '1.0.0';
/** The version of the release in which the data last changed. */
export const DATA_VERSION: string = '1.0.0';
/** SHA-256 of the article's text. */
export const TEXT_SHA256: string = '3fb2cd1dabadd14558de09dbddc4b151409824842455c39978d52ddfa0450293';
/** SHA-256 of `JSON.stringify(article)`. */
export const DATA_SHA256: string = 'd4fb20cb5ed0c6779abbeaf1c5bf4312a8d911912f24b1e9593cdf4f50de862e';
