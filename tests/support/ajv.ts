// ajv's validators and ajv-formats are CommonJS whose types declare each as `default`; Node's ESM
// loader gives the module itself. Typed once here for the format tests.
import Ajv04Module from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

type Plugin = typeof formats.default;
type Draft04 = typeof Ajv04Module.default;

/** ajv-formats' plugin: adds the `format` keywords' checks (uri, date-time, email, …) to a validator. */
export const addFormats: Plugin = ((formats as unknown as { default?: Plugin }).default ?? formats) as Plugin;

/** ajv's draft-04 validator, which the W3C Web Annotation suite's schemas need. */
export const Ajv04: Draft04 = ((Ajv04Module as unknown as { default?: Draft04 }).default ?? Ajv04Module) as Draft04;

export { Ajv2020 };
