/**
 * The events as GDELT 2.0 event rows, with the CAMEO codebook they are coded in:
 * `import { toGdeltRows, describeCameoCode } from 'ukraine-energy-strikes/gdelt'`.
 *
 * @packageDocumentation
 */
export * from './export/gdelt.js';
