/**
 * The article's evidence as W3C Web Annotations: `import { toWebAnnotations } from 'ukraine-energy-strikes/web-annotation'`.
 *
 * @packageDocumentation
 */
export * from './export/web-annotation.js';
