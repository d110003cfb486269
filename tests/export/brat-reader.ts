// A strict reader of brat's standoff files for the tests: it reads .ann and annotation.conf as
// brat's server does (server/src/annotation.py, projectconfig.py in nlplab/brat) and throws on what
// brat rejects: a malformed line, a duplicate or unknown id, a text-bound annotation whose text is
// not its spans' text joined by one space (offsets in code points, as Python counts), fragments that
// overlap or touch, an event whose trigger is missing or of another type, a trigger referred to by
// anything but its event, and any type, role, relation or attribute the conf does not declare.
// No maintained brat reader installs from npm, and PyPI is out of this machine's reach.

export interface TextBound {
  readonly id: string;
  readonly type: string;
  readonly fragments: readonly (readonly [number, number])[];
  readonly text: string;
}
export interface BratEvent {
  readonly id: string;
  readonly type: string;
  readonly trigger: string;
  readonly args: readonly (readonly [string, string])[];
}
export interface BratRelation {
  readonly id: string;
  readonly type: string;
  readonly arg1: string;
  readonly arg2: string;
}
export interface BratAttribute {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly value: string | undefined;
}
export interface BratNote {
  readonly id: string;
  readonly target: string;
  readonly text: string;
}
export interface BratAnnotations {
  readonly textBound: readonly TextBound[];
  readonly events: readonly BratEvent[];
  readonly relations: readonly BratRelation[];
  readonly attributes: readonly BratAttribute[];
  readonly notes: readonly BratNote[];
}

export interface BratConf {
  readonly entities: ReadonlySet<string>;
  /** relation → allowed [arg1 types, arg2 types] pairs. */
  readonly relations: ReadonlyMap<string, readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[]>;
  /** event type → role → allowed types. */
  readonly events: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  /** attribute → allowed target types, and values (empty for a binary one). */
  readonly attributes: ReadonlyMap<string, { readonly targets: ReadonlySet<string>; readonly values: ReadonlySet<string> }>;
  readonly overlap: boolean;
}

const ID = /^([A-Za-z]|#)([0-9]+)$/;
const TYPE = /^[A-Za-z][A-Za-z0-9_-]*$/;

function fail(line: string, why: string): never {
  throw new Error(`brat would reject ${JSON.stringify(line)}: ${why}`);
}

/** Reads `.ann` against its `.txt`; throws where brat would. */
export function readAnn(txt: string, ann: string): BratAnnotations {
  if (ann !== '' && !ann.endsWith('\n')) throw new Error('the .ann does not end in a newline');
  const points = [...txt];
  const textBound: TextBound[] = [];
  const events: BratEvent[] = [];
  const relations: BratRelation[] = [];
  const attributes: BratAttribute[] = [];
  const notes: BratNote[] = [];
  const seen = new Set<string>();
  // Python's str.splitlines, as brat reads the file line by line.
  for (const line of ann.split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/).slice(0, -1)) {
    const [id = '', data = '', ...rest] = line.split('\t');
    const tail = rest.join('\t');
    if (!ID.test(id)) fail(line, 'bad id');
    if (seen.has(id)) fail(line, 'duplicate id');
    seen.add(id);
    const [type = '', ...fields] = data.split(' ');
    switch (id[0]) {
      case 'T': {
        if (!TYPE.test(type)) fail(line, 'bad type');
        const fragments = fields
          .join(' ')
          .split(';')
          .map((f): [number, number] => {
            const m = /^(\d+) (\d+)$/.exec(f);
            if (m === null) fail(line, `bad offsets ${f}`);
            return [Number(m[1]), Number(m[2])];
          });
        for (const [i, [s, e]] of fragments.entries()) {
          if (s > e || s < 0 || e > points.length) fail(line, 'offsets out of the text');
          for (const [os, oe] of fragments.slice(0, i)) if (e >= os && s < oe) fail(line, 'fragments overlap');
        }
        const expected = fragments.map(([s, e]) => points.slice(s, e).join('')).join(' ');
        if (tail !== expected) fail(line, `text is not ${JSON.stringify(expected)}`);
        textBound.push({ id, type, fragments, text: tail });
        break;
      }
      case 'E': {
        if (rest.length > 0) fail(line, 'an event has no text');
        const [eventType, trigger] = type.split(':');
        if (eventType === undefined || trigger === undefined) fail(line, 'no trigger');
        const args = fields.map((f): [string, string] => {
          const [role, ref] = f.split(':');
          if (role === undefined || ref === undefined || !ID.test(ref)) fail(line, `bad argument ${f}`);
          return [role, ref];
        });
        events.push({ id, type: eventType, trigger, args });
        break;
      }
      case 'R': {
        const m = /^Arg1:(\S+) Arg2:(\S+)$/.exec(fields.join(' '));
        if (m === null || rest.length > 0) fail(line, 'a relation is TYPE Arg1:ID Arg2:ID');
        relations.push({ id, type, arg1: m[1] as string, arg2: m[2] as string });
        break;
      }
      case 'A': {
        if (fields.length < 1 || fields.length > 2 || rest.length > 0) fail(line, 'an attribute is TYPE ID [VALUE]');
        attributes.push({ id, type, target: fields[0] as string, value: fields[1] });
        break;
      }
      case '#': {
        if (type !== 'AnnotatorNotes' || fields.length !== 1) fail(line, 'a note is AnnotatorNotes ID\tTEXT');
        notes.push({ id, target: fields[0] as string, text: tail });
        break;
      }
      default:
        fail(line, 'unknown kind of annotation');
    }
  }
  // The references, as brat checks them after reading.
  const byId = new Map<string, { type: string; kind: string }>();
  for (const t of textBound) byId.set(t.id, { type: t.type, kind: 'T' });
  for (const e of events) byId.set(e.id, { type: e.type, kind: 'E' });
  const exists = (ref: string, line: string) => byId.get(ref) ?? fail(line, `no annotation ${ref}`);
  const triggers = new Set<string>();
  for (const e of events) {
    const trigger = exists(e.trigger, e.id);
    if (trigger.kind !== 'T' || trigger.type !== e.type) fail(e.id, 'the trigger is not a text-bound annotation of the event type');
    triggers.add(e.trigger);
    for (const [, ref] of e.args) exists(ref, e.id);
  }
  const refer = (ref: string, from: string) => {
    exists(ref, from);
    if (triggers.has(ref)) fail(from, `refers to the trigger ${ref}; only its event may`);
  };
  for (const r of relations) {
    refer(r.arg1, r.id);
    refer(r.arg2, r.id);
  }
  for (const a of attributes) refer(a.target, a.id);
  for (const n of notes) refer(n.target, n.id);
  for (const e of events) for (const [, ref] of e.args) if (triggers.has(ref)) fail(e.id, `an argument is the trigger ${ref}`);
  return { textBound, events, relations, attributes, notes };
}

const set = (types: string) => new Set(types.split('|'));

/** Reads an annotation.conf's four sections. */
export function readConf(conf: string): BratConf {
  const entities = new Set<string>();
  const relations = new Map<string, [Set<string>, Set<string>][]>();
  const events = new Map<string, Map<string, Set<string>>>();
  const attributes = new Map<string, { targets: Set<string>; values: Set<string> }>();
  let overlap = false;
  let section = '';
  for (const line of conf.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const header = /^\[(entities|relations|events|attributes)\]$/.exec(line);
    if (header !== null) {
      section = header[1] as string;
      continue;
    }
    const [name = '', ...restWords] = line.split(' ');
    const args = restWords
      .join(' ')
      .split(', ')
      .filter(Boolean)
      .map((a) => a.split(':') as [string, string]);
    switch (section) {
      case 'entities':
        if (!TYPE.test(line)) throw new Error(`bad entity type ${line}`);
        entities.add(line);
        break;
      case 'relations': {
        if (name === '<OVERLAP>') {
          overlap = true;
          break;
        }
        const a1 = args.find(([r]) => r === 'Arg1');
        const a2 = args.find(([r]) => r === 'Arg2');
        if (a1 === undefined || a2 === undefined) throw new Error(`bad relation ${line}`);
        relations.set(name, [...(relations.get(name) ?? []), [set(a1[1]), set(a2[1])]]);
        break;
      }
      case 'events': {
        const roles = new Map<string, Set<string>>();
        for (const [role, types] of args) roles.set(role.replace(/[*+?]$/, ''), set(types));
        events.set(name, roles);
        break;
      }
      case 'attributes': {
        const arg = args.find(([r]) => r === 'Arg');
        const value = args.find(([r]) => r === 'Value');
        if (arg === undefined) throw new Error(`bad attribute ${line}`);
        attributes.set(name, { targets: set(arg[1]), values: value === undefined ? new Set() : set(value[1]) });
        break;
      }
      default:
        throw new Error(`a line outside any section: ${line}`);
    }
  }
  return { entities, relations, events, attributes, overlap };
}

/** The conf's objections to the annotations: every type, role, relation and attribute must be declared. */
export function checkAgainstConf(doc: BratAnnotations, conf: BratConf): string[] {
  const problems: string[] = [];
  const typeOf = new Map<string, string>();
  for (const e of doc.events) typeOf.set(e.id, e.type);
  const triggers = new Set(doc.events.map((e) => e.trigger));
  for (const t of doc.textBound) {
    typeOf.set(t.id, t.type);
    if (!triggers.has(t.id) && !conf.entities.has(t.type)) problems.push(`${t.id}: entity type ${t.type} undeclared`);
  }
  for (const e of doc.events) {
    const roles = conf.events.get(e.type);
    if (roles === undefined) {
      problems.push(`${e.id}: event type ${e.type} undeclared`);
      continue;
    }
    for (const [role, ref] of e.args) {
      // A repeated role is numbered: Agent2 is a second Agent.
      const allowed = roles.get(role.replace(/\d+$/, ''));
      if (allowed === undefined || !allowed.has(typeOf.get(ref) as string)) problems.push(`${e.id}: ${role}:${typeOf.get(ref)} not allowed`);
    }
  }
  for (const r of doc.relations) {
    const pairs = conf.relations.get(r.type) ?? [];
    const t1 = typeOf.get(r.arg1) as string;
    const t2 = typeOf.get(r.arg2) as string;
    if (!pairs.some(([a, b]) => a.has(t1) && b.has(t2))) problems.push(`${r.id}: ${r.type}(${t1}, ${t2}) not allowed`);
  }
  for (const a of doc.attributes) {
    const declared = conf.attributes.get(a.type);
    if (declared === undefined) problems.push(`${a.id}: attribute ${a.type} undeclared`);
    else {
      if (!declared.targets.has(typeOf.get(a.target) as string)) problems.push(`${a.id}: ${a.type} on ${typeOf.get(a.target)} not allowed`);
      if ((a.value === undefined) !== (declared.values.size === 0) || (a.value !== undefined && !declared.values.has(a.value))) {
        problems.push(`${a.id}: value ${a.value} not allowed`);
      }
    }
  }
  return problems;
}
