/**
 * The article as an IPTC ninjs 3.1 document: `import { toNinjs } from 'ukraine-energy-strikes/ninjs'`.
 *
 * @packageDocumentation
 */
export * from './export/ninjs.js';
