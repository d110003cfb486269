// Generates the JSON Schema (draft 2020-12) of the article model from its TypeScript types.
// ts-json-schema-generator emits draft-07; `toDraft2020` converts that, and `tighten` adds what the
// types say only in their docs (non-negative integer offsets, YYYY-MM months, Q-ids).
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import ts from 'typescript';

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
  // A generic type appears once per instantiation (`Link<string>`, `Link<ArticleIds["actor"]>`); with
  // the default ids every instantiation is the same schema, so they share its one clean name.
  // Instantiations that differ (`EventCameo<"strike">` and `EventCameo<"meeting">` take different
  // codes) keep their arguments in the name: `EventCameo_strike`.
  const names = new Map();
  const byClean = new Map();
  for (const [name, definition] of Object.entries(definitions)) {
    const clean = cleanName(name);
    const seen = byClean.get(clean) ?? [];
    byClean.set(clean, [...seen, [name, definition]]);
  }
  for (const [clean, entries] of byClean) {
    const same = entries.every(([, definition]) => JSON.stringify(definition) === JSON.stringify(entries[0][1]));
    for (const [name] of entries) {
      const args = name
        .slice(clean.length)
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
      names.set(name, same || args === '' ? clean : `${clean}_${args}`);
    }
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
  for (const [name, definition] of Object.entries(definitions)) $defs[names.get(name)] ??= convert(definition);
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

/**
 * A pattern that must match the whole string in every regular-expression dialect: `$` ends the
 * string in ECMA-262, which JSON Schema names, but in Python's `re` (the `jsonschema` package) it
 * also matches before a final newline, so `"abc\n"` would pass. `(?![\s\S])` (nothing follows) means
 * the end of the string in both.
 */
function whole(pattern) {
  if (!pattern.endsWith('$')) throw new Error(`${pattern} does not end in $`);
  return `${pattern.slice(0, -1)}(?![\\s\\S])`;
}

/** The form of an id, as src/validate/structure.ts checks it: kebab-case ASCII, at most 64 code units. */
const ID = { pattern: whole('^[a-z0-9]+(?:-[a-z0-9]+)*$'), maxLength: 64 };

/** Every field that holds an id, by the type it is in: the records' own, and every reference. */
const ID_FIELDS = {
  Article: ['id'],
  Link: ['id'],
  ContextSource: ['id'],
  Publisher: ['actor'],
  Title: ['of'],
  Attribution: ['source'],
  Participant: ['actor'],
  EventRelation: ['event'],
  ClaimRelation: ['claim'],
  DurationTime: ['statistic'],
  Quote: ['id', 'speaker', 'respondsTo', 'about'],
  Statistic: ['id', 'about'],
  Claim: ['id', 'about'],
  WikidataFact: ['record', 'source'],
  DateFact: ['record', 'source'],
  Ambiguity: ['id', 'records'],
};

/**
 * Puts the id form on a property's strings: itself, or its items, where a union of id types (one per
 * collection, as `AnyRecordId` is, or `string | null`) becomes one id, or an id or null.
 */
function asId(property, where) {
  const target = property.type === 'array' ? property.items : property;
  // `AnyRecordId` (any collection's ids, each a string) is a definition of its own: the id form in place of it.
  if (target?.$ref === '#/$defs/AnyRecordId') {
    delete target.$ref;
    Object.assign(target, { type: 'string', ...ID });
    return property;
  }
  const branches = target?.anyOf ?? [target];
  const strings = branches.filter((b) => b?.type === 'string');
  if (strings.length === 0 || strings.length + branches.filter((b) => b?.type === 'null').length !== branches.length) {
    throw new Error(`${where} is not a string, or a union of strings and null, to give the id form; update scripts/schema.mjs`);
  }
  const id = { type: 'string', ...ID };
  const nullable = strings.length < branches.length;
  if (target.anyOf === undefined) Object.assign(target, ID);
  else {
    delete target.anyOf;
    Object.assign(target, nullable ? { anyOf: [id, { type: 'null' }] } : id);
  }
  return property;
}

/**
 * The CAMEO codes each event type takes, as the compiler reads `CameoCodeOf<T>` (the generator
 * cannot evaluate `Extract` over a template literal type, and gives every type all 291 codes):
 * `{ strike: ['180', …], disaster: [null], … }`.
 */
export function cameoCodesByType() {
  const model = fileURLToPath(new URL('../src/model/index.ts', import.meta.url));
  const probe = fileURLToPath(new URL('../src/model/cameo-probe.ts', import.meta.url));
  const source = [
    "import type { CameoCodeOf, EventType } from './index.js';",
    'export type Probe = { [T in EventType]: [CameoCodeOf<T>] };',
    'export declare const probe: Probe;',
  ].join('\n');
  const host = ts.createCompilerHost({ strict: true, noEmit: true });
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === probe ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probe || exists(name);
  const program = ts.createProgram(
    [probe, model],
    { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
    host,
  );
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(probe);
  const symbol = checker.getSymbolAtLocation(file).exports.get('probe');
  const probeType = checker.getTypeOfSymbol(symbol);
  const byType = {};
  for (const property of checker.getPropertiesOfType(probeType)) {
    const [codes] = checker.getTypeArguments(checker.getTypeOfSymbol(property));
    const members = codes.isUnion() ? codes.types : [codes];
    byType[property.name] = members
      .map((member) => (member.flags & ts.TypeFlags.Null ? null : member.value))
      .sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
    if (byType[property.name].some((code) => code !== null && typeof code !== 'string'))
      throw new Error(`CameoCodeOf<'${property.name}'> is not a union of string literals and null`);
  }
  return byType;
}

/** Adds the constraints the model states in its docs and template types, which the generator drops. */
export function tighten(schema) {
  for (const name of ['start', 'end']) Object.assign(propertyOf(schema, 'Span', name), { type: 'integer', minimum: 0 });
  for (const [type, names] of Object.entries(ID_FIELDS)) for (const name of names) asId(propertyOf(schema, type, name), `${type}.${name}`);
  // Every record type's own id: each actor, place and event type is its own definition.
  for (const union of ['Actor', 'Place', 'Event']) {
    for (const { $ref } of schema.$defs[union].anyOf) {
      const type = decodeURIComponent($ref.replace('#/$defs/', ''));
      asId(propertyOf(schema, type, 'id'), `${type}.id`);
    }
  }
  propertyOf(schema, 'MonthTime', 'normalized').pattern = whole('^[0-9]{4}-(0[1-9]|1[0-2])$');
  // The pattern gives the form; `format: date` (RFC 3339 full-date) also rejects 2023-02-29.
  Object.assign(propertyOf(schema, 'DateTime', 'normalized'), { pattern: whole('^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'), format: 'date' });
  propertyOf(schema, 'YearTime', 'normalized').pattern = whole('^[0-9]{4}$');
  propertyOf(schema, 'WikidataFact', 'qid').pattern = whole('^Q[1-9][0-9]*$');
  // A well-formed BCP 47 tag, as src/validate/structure.ts checks it (LANGUAGE_TAG).
  propertyOf(schema, 'Article', 'language').pattern = whole(
    '^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$',
  );
  // Each event type's codes, in place of the generator's "any CAMEO code".
  for (const [type, codes] of Object.entries(cameoCodesByType())) {
    const name = `CameoCodeOf_${type.replace(/[^A-Za-z0-9]+/g, '_')}`;
    const definition = schema.$defs[name];
    if (definition === undefined) throw new Error(`The schema has no ${name}; update scripts/schema.mjs`);
    const strings = codes.filter((code) => code !== null);
    const own = strings.length > 0 ? [{ type: 'string', enum: strings }] : [];
    const none = codes.includes(null) ? [{ type: 'null' }] : [];
    const branches = [...own, ...none];
    schema.$defs[name] = { description: definition.description, ...(branches.length === 1 ? branches[0] : { anyOf: branches }) };
  }
  return schema;
}

/** The JSON Schema (draft 2020-12) of `Article`, as shipped in dist/schema.json. */
export function generateSchema() {
  return tighten(toDraft2020(generateDraft07()));
}
