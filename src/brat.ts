/**
 * The article as brat standoff annotation (`.txt` and `.ann`): `import { toBrat } from 'ukraine-energy-strikes/brat'`.
 *
 * @packageDocumentation
 */
export * from './export/brat.js';
