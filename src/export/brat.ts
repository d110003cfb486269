import { requireArticle } from '../internal/memo.js';
import { entriesOf, referencesOf, singular } from '../internal/references.js';
import type { Reference } from '../internal/references.js';
import type { Article, RecordEntry, Span } from '../model/index.js';
import { codePointOffsets } from './code-points.js';

/**
 * An article in brat's standoff format: the three files brat (and INCEpTION's brat import) reads.
 *
 * @example
 * const { txt, ann, conf } = toBrat(article);
 * txt === article.text; // => true
 * ann.split('\n')[0]; // => 'T1\tState 182 191;870 879;…\tUkrainian Ukrainian …'
 * conf.startsWith('[entities]\n'); // => true
 * @group Export
 */
export interface BratDocument {
  /** The `.txt` file: `article.text`, unchanged. Write it as UTF-8. */
  readonly txt: string;
  /** The `.ann` file: one annotation per line (`T`, `E`, `A`, `R`, `#`), ending in a newline. */
  readonly ann: string;
  /** An `annotation.conf` declaring every type, role, relation and attribute `ann` uses. */
  readonly conf: string;
}

/** Characters that end a line for brat's reader (Python's `str.splitlines`): no annotation may hold one. */
const LINE_BREAK = /[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;
const LINE_BREAKS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;

/** `results-from` → `ResultsFrom`, `body-of-water` → `BodyOfWater`: brat type names. */
const pascal = (name: string): string => name.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The brat type of a record: its kind or event type, or its collection. */
function typeOf(entry: RecordEntry<Article>): string {
  switch (entry.collection) {
    case 'actors':
    case 'places':
      return pascal(entry.record.kind);
    case 'events':
      return pascal(entry.record.type);
    default:
      return pascal(singular[entry.collection]);
  }
}

/**
 * A record's evidence as brat fragments: sorted, overlapping or touching spans merged (brat rejects
 * both within one annotation), and cut at line breaks (an annotation's text must sit on its line).
 */
function fragmentsOf(text: string, spans: readonly Span[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: [number, number][] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const fragments: [number, number][] = [];
  for (const [start, end] of merged) {
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || LINE_BREAK.test(text[i] as string)) {
        if (i > from) fragments.push([from, i]);
        from = i + 1;
      }
    }
  }
  // Evidence of line breaks only (which validateArticle allows for an event) still needs a span for
  // brat: an empty one where it starts.
  const first = spans.reduce((min, span) => Math.min(min, span.start), text.length);
  return fragments.length > 0 ? fragments : [[first, first]];
}

/** A relation's brat name, from the field the reference sits in. */
function relationName(entry: RecordEntry<Article>, ref: Reference): string {
  const [field, index] = ref.path;
  const record = entry.record as unknown as Record<string, readonly Record<string, string>[]>;
  switch (field) {
    case 'attribution':
      return `${pascal(record['attribution']?.[index as number]?.['mode'] as string)}By`;
    case 'relations':
      return pascal(record['relations']?.[index as number]?.['type'] as string);
    case 'titles':
      // A person's title in a state or organisation ("President" of Ukraine): the title's own
      // words are in the person's note.
      return 'HasTitleIn';
    case 'members':
      return 'HasMember';
    case 'location':
      return 'LocatedIn';
    case 'time':
      return 'Duration';
    case 'speaker':
      return 'SpokenBy';
    default:
      // partOf, respondsTo, about
      return pascal(field as string);
  }
}

/** Adds `value` to the set kept under `key`. */
function note<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

const alternatives = (types: ReadonlySet<string>): string => [...types].join('|');

/**
 * The article in brat's standoff format (`.txt`, `.ann` and `annotation.conf`), for the
 * annotation tools NLP users work in (brat, and INCEpTION, which imports brat):
 *
 * - one text-bound annotation (`T`) per record, typed by its kind or event type (`State`, `City`,
 *   `Strike`) or its collection (`Quote`, `Statistic`, `Claim`), over all of its evidence (a
 *   quote's span too) as one discontinuous annotation, offsets in code points as brat counts them;
 *   spans are merged where they overlap or touch and cut at line breaks, as brat requires;
 * - one event (`E`) per event, its `T` as the trigger, its participants as arguments named by role
 *   (`Agent`, `Target`, … and `Agent2` for a second agent) and its places as `Place`;
 * - attributes (`A`): an event's `Status` and a quote's `Form`, and for each attribution mode a
 *   record has, a flag (`Claimed`, `Stated`, …);
 * - relations (`R`) for every other link, named by field: `ClaimedBy` (and so on, by mode) to the
 *   source of an attribution, an event relation by its type (`After`, `ResultsFrom`), `PartOf`,
 *   `SpokenBy`, `RespondsTo`, `About`, `Supports`, `Contradicts`, `Duration`, `HasTitleIn`,
 *   `HasMember`, `LocatedIn`;
 * - a note (`#`, `AnnotatorNotes`) per record with its collection, id and label (a person's with
 *   their titles).
 *
 * Left out: the basis (`stated` or `implied`) of links and the evidence of attributions and links
 * (a relation or flag holds for the whole record), times, strike targets, channels, ambiguities,
 * CAMEO and ACLED codes, statistic values and the outside context (brat has no place for them but
 * notes). A `Status` of `occurred` is the data's, and holds only as far as the record's attribution
 * flags say: read `Claimed` beside it.
 *
 * @param article - any article of this model
 * @returns the three files as strings
 * @example
 * const { ann } = toBrat(article);
 * ann.split('\n').find((line) => line.startsWith('E1\t')); // => 'E1\tStrike:T18 Agent:T3 Target:T1 Place:T13'
 * @group Export
 */
export function toBrat(article: Article): BratDocument {
  requireArticle(article);
  const { text } = article;
  const toCodePoints = codePointOffsets(text);
  const entries = entriesOf(article);
  // brat reads the whole file before it resolves ids; the lines are kept in the usual order.
  const textBound: string[] = [];
  const eventLines: string[] = [];
  const attributeLines: string[] = [];
  const relationLines: string[] = [];
  const notes: string[] = [];

  // Pass 1: a T per record; an E per event. `ids` maps each record to the id others refer to it by.
  const ids = new Map<string, string>();
  const types = new Map<string, string>();
  const key = (collection: string, id: string) => `${collection}\u0000${id}`;
  const triggers = new Map<RecordEntry<Article>, string>();
  entries.forEach((entry, i) => {
    const t = `T${i + 1}`;
    const type = typeOf(entry);
    const spans = entry.collection === 'quotes' ? [entry.record.span, ...entry.record.evidence] : entry.record.evidence;
    const fragments = fragmentsOf(text, spans);
    const offsets = fragments.map(([s, e]) => `${toCodePoints(s)} ${toCodePoints(e)}`).join(';');
    textBound.push(`${t}\t${type} ${offsets}\t${fragments.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    triggers.set(entry, t);
    types.set(t, type);
  });
  let events = 0;
  for (const entry of entries) {
    const t = triggers.get(entry) as string;
    const id = entry.collection === 'events' ? `E${++events}` : t;
    ids.set(key(entry.collection, entry.record.id), id);
    // An id in `about` may name a record of any collection (ids are unique across them).
    ids.set(key('records', entry.record.id), id);
    types.set(id, types.get(t) as string);
  }
  const idOf = (target: Reference['target'], id: string) => ids.get(key(target, id));

  // The annotation.conf, gathered while writing: entity types; per event type, its roles' types;
  // per relation, its argument types; per attribute, its targets' types and values.
  const entityTypes = new Set<string>();
  const eventRoles = new Map<string, Map<string, Set<string>>>();
  // Per relation, per type of its first argument, the types of its second (one conf line each).
  const relations = new Map<string, Map<string, Set<string>>>();
  const attributes = new Map<string, { targets: Set<string>; values: Set<string> }>();
  const attribute = (name: string, target: string, value?: string) => {
    let a = attributes.get(name);
    if (a === undefined) attributes.set(name, (a = { targets: new Set(), values: new Set() }));
    a.targets.add(types.get(target) as string);
    if (value !== undefined) a.values.add(value);
    attributeLines.push(`A${attributeLines.length + 1}\t${name} ${target}${value === undefined ? '' : ` ${value}`}`);
  };

  for (const entry of entries) {
    const t = triggers.get(entry) as string;
    const type = types.get(t) as string;
    const self = ids.get(key(entry.collection, entry.record.id)) as string;
    if (entry.collection === 'events') {
      const event = entry.record;
      let roles = eventRoles.get(type);
      if (roles === undefined) eventRoles.set(type, (roles = new Map()));
      const args: string[] = [];
      const used = new Map<string, number>();
      const argument = (role: string, to: string | undefined) => {
        if (to === undefined) return;
        const n = (used.get(role) ?? 0) + 1;
        used.set(role, n);
        args.push(`${role}${n > 1 ? n : ''}:${to}`);
        note(roles, role, types.get(to) as string);
      };
      for (const p of event.participants) argument(pascal(p.role), idOf('actors', p.actor));
      for (const p of event.places) argument('Place', idOf('places', p.id));
      eventLines.push(`${self}\t${type}:${t}${args.map((a) => ` ${a}`).join('')}`);
      attribute('Status', self, event.status);
    } else {
      entityTypes.add(type);
    }
    if (entry.collection === 'quotes') attribute('Form', self, entry.record.form);
    if ('attribution' in entry.record) {
      for (const mode of new Set(entry.record.attribution.map((a) => a.mode))) attribute(pascal(mode), self);
    }
    for (const ref of referencesOf(entry)) {
      const [field] = ref.path;
      if (entry.collection === 'events' && (field === 'participants' || field === 'places')) continue;
      const to = idOf(ref.target, ref.id);
      // validateArticle has checked every reference; a hand-made article may still hold a dangling
      // one, which brat could not read: it is left out.
      if (to === undefined) continue;
      const name = relationName(entry, ref);
      let byFirst = relations.get(name);
      if (byFirst === undefined) relations.set(name, (byFirst = new Map()));
      note(byFirst, type, types.get(to) as string);
      relationLines.push(`R${relationLines.length + 1}\t${name} Arg1:${self} Arg2:${to}`);
    }
  }
  entries.forEach((entry, i) => {
    const self = ids.get(key(entry.collection, entry.record.id)) as string;
    const r = entry.record as {
      readonly name?: string;
      readonly summary?: string;
      readonly measure?: string;
      readonly titles?: readonly { readonly title: string }[];
    };
    const titles = r.titles !== undefined && r.titles.length > 0 ? ` (${r.titles.map((t) => t.title).join(', ')})` : '';
    const label = r.name === undefined ? (r.summary ?? r.measure) : `${r.name}${titles}`;
    const line = `${singular[entry.collection]} ${entry.record.id}${label === undefined ? '' : `: ${label}`}`;
    notes.push(`#${i + 1}\tAnnotatorNotes ${self}\t${line.replace(LINE_BREAKS, ' ')}`);
  });

  const conf = [
    '[entities]',
    ...entityTypes,
    '',
    '[relations]',
    '<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    ...[...relations].flatMap(([name, byFirst]) => [...byFirst].map(([first, second]) => `${name} Arg1:${first}, Arg2:${alternatives(second)}`)),
    '',
    '[events]',
    ...[...eventRoles].map(([type, roles]) => [type, [...roles].map(([role, to]) => `${role}*:${alternatives(to)}`).join(', ')].filter(Boolean).join(' ')),
    '',
    '[attributes]',
    ...[...attributes].map(([name, { targets, values }]) =>
      [`${name} Arg:${alternatives(targets)}`, ...(values.size > 0 ? [`Value:${alternatives(values)}`] : [])].join(', '),
    ),
    '',
  ].join('\n');
  const lines = [...textBound, ...eventLines, ...attributeLines, ...relationLines, ...notes];
  return Object.freeze({ txt: text, ann: lines.map((line) => `${line}\n`).join(''), conf });
}
