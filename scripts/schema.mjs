// Generates the JSON Schema (draft 2020-12) of the article model from its TypeScript types.
// ts-json-schema-generator emits draft-07; `toDraft2020` converts that, and `tighten` adds what the
// types say only in their docs (non-negative integer offsets, YYYY-MM months, Q-ids).
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = 'ArticleSchemaRoot';
const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

/** The draft-07 schema exactly as ts-json-schema-generator produces it from the model types. */
export function generateDraft07() {
  return createGenerator({
    path: fileURLToPath(new URL('./schema-root.ts', import.meta.url)),
    type: ROOT,
    // tsc checks the types; the generator's own TypeScript (5.x) cannot read our tsconfig (6.0).
    skipTypeCheck: true,
    additionalProperties: false,
    jsDoc: 'extended',
    sortProps: false,
    strictTuples: true,
  }).createSchema(ROOT);
}

/** `Person<string>` → `Person`: the model's generics only carry literal ids, which a schema cannot see. */
const cleanName = (name) => name.replace(/<.*>$/, '');

/**
 * Converts a draft-07 schema from ts-json-schema-generator to draft 2020-12: `definitions` become
 * `$defs` (and every `$ref` follows), tuple `items: [...]` becomes `prefixItems` with
 * `additionalItems` becoming `items`, and the root alias is replaced by the type it names.
 */
export function toDraft2020(draft07) {
  const { $schema, $ref, definitions, ...rest } = draft07;
  if ($schema !== 'http://json-schema.org/draft-07/schema#') throw new Error(`Unexpected $schema ${$schema}`);
  const names = new Map();
  for (const name of Object.keys(definitions)) {
    const clean = cleanName(name);
    if ([...names.values()].includes(clean)) throw new Error(`Two definitions would both be named ${clean}`);
    names.set(name, clean);
  }
  const ref = (pointer) => {
    const name = decodeURIComponent(pointer.replace(/^#\/definitions\//, ''));
    if (!names.has(name)) throw new Error(`Unresolved $ref ${pointer}`);
    return `#/$defs/${encodeURIComponent(names.get(name))}`;
  };
  const convert = (schema) => {
    if (Array.isArray(schema)) return schema.map(convert);
    if (typeof schema !== 'object' || schema === null) return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref') out.$ref = ref(value);
      else if (key === 'items' && Array.isArray(value)) out.prefixItems = convert(value);
      else if (key === 'additionalItems') out.items = convert(value);
      else if (key === 'properties' || key === 'patternProperties') {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, convert(property)]));
      } else out[key] = convert(value);
    }
    return out;
  };
  const $defs = {};
  for (const [name, definition] of Object.entries(definitions)) $defs[names.get(name)] = convert(definition);
  // The root alias only points at Article: point the schema itself there instead.
  const alias = $defs[ROOT];
  if (alias === undefined || typeof alias.$ref !== 'string') throw new Error(`Expected ${ROOT} to be an alias`);
  delete $defs[ROOT];
  if ($ref !== `#/definitions/${ROOT}`) throw new Error(`Unexpected root $ref ${$ref}`);
  const description = $defs.Article?.description;
  return { $schema: DRAFT_2020, title: 'Article', description, ...convert(rest), $ref: alias.$ref, $defs };
}

/** The property `name` of `$defs[type]`, which must exist. */
function propertyOf(schema, type, name) {
  const property = schema.$defs[type]?.properties?.[name];
  if (property === undefined) throw new Error(`The schema has no ${type}.${name}; update scripts/schema.mjs`);
  return property;
}

/** Adds the constraints the model states in its docs and template types, which the generator drops. */
export function tighten(schema) {
  for (const name of ['start', 'end']) Object.assign(propertyOf(schema, 'Span', name), { type: 'integer', minimum: 0 });
  propertyOf(schema, 'MonthTime', 'normalized').pattern = '^[0-9]{4}-(0[1-9]|1[0-2])$';
  propertyOf(schema, 'WikidataFact', 'qid').pattern = '^Q[1-9][0-9]*$';
  return schema;
}

/** The JSON Schema (draft 2020-12) of `Article`, as shipped in dist/schema.json. */
export function generateSchema() {
  return tighten(toDraft2020(generateDraft07()));
}
