/**
 * The article as schema.org JSON-LD: `import { toJsonLd } from 'ukraine-energy-strikes/json-ld'`.
 *
 * @packageDocumentation
 */
export * from './export/json-ld.js';
