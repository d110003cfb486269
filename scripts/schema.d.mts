/** A JSON Schema document, as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The draft-07 schema exactly as ts-json-schema-generator produces it from the model types. */
export function generateDraft07(): JsonSchema;
/** Converts a draft-07 schema from ts-json-schema-generator to draft 2020-12. */
export function toDraft2020(draft07: JsonSchema): JsonSchema;
/** Adds the constraints the model states in its docs and template types, which the generator drops. */
export function tighten(schema: JsonSchema): JsonSchema;
/** The JSON Schema (draft 2020-12) of `Article`, as shipped in dist/schema.json. */
export function generateSchema(): JsonSchema;
