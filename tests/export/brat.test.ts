import { describe, expect, it } from 'vitest';
import { toBrat } from '../../src/export/brat.js';
import type { Article } from '../../src/model/index.js';
import { article } from '../../src/story/article.js';
import { everyArticle } from '../examples/all.js';
import { checkAgainstConf, readAnn, readConf } from './brat-reader.js';
import { edgeArticle, emptyArticle } from './fixture.js';

const read = (a: Article) => {
  const { txt, ann, conf } = toBrat(a);
  return { txt, doc: readAnn(txt, ann), conf: readConf(conf) };
};

/** The record each annotation stands for, from its note (`event overnight-strikes: …`). */
const recordOf = (doc: ReturnType<typeof readAnn>, id: string) => doc.notes.find((n) => n.target === id)?.text.split(':')[0];

/** UTF-16 offset of each code-point offset of a text. */
function utf16Offsets(text: string): number[] {
  const offsets = [0];
  for (const char of text) offsets.push((offsets[offsets.length - 1] as number) + char.length);
  return offsets;
}

describe('toBrat', () => {
  it('gives files brat reads, with every type, role, relation and attribute declared, for every article', async () => {
    for (const [name, each] of [...(await everyArticle()), ['an empty article', emptyArticle] as const]) {
      const { txt, doc, conf } = read(each);
      expect(txt, name).toBe(each.text);
      expect(checkAgainstConf(doc, conf), name).toEqual([]);
      const records = each.actors.length + each.places.length + each.events.length + each.quotes.length + each.statistics.length + each.claims.length;
      expect(doc.textBound, name).toHaveLength(records);
      expect(doc.events, name).toHaveLength(each.events.length);
      expect(doc.notes, name).toHaveLength(records);
      expect(conf.overlap, name).toBe(true);
    }
  });

  it('every T re-anchors: its code-point offsets, taken back to UTF-16, select its text and lie within its record’s evidence', async () => {
    for (const [name, each] of await everyArticle()) {
      const { doc } = read(each);
      const toUtf16 = utf16Offsets(each.text);
      const records = [...each.actors, ...each.places, ...each.events, ...each.quotes, ...each.statistics, ...each.claims];
      doc.textBound.forEach((t, i) => {
        const record = records[i]!;
        // Sorted, and apart: each fragment ends before the next begins (brat rejects some touching
        // orders; the exporter promises none).
        t.fragments.forEach(([s], j) => j > 0 && expect(t.fragments[j - 1]![1], `${name} ${t.id}`).toBeLessThan(s));
        const spans = 'span' in record ? [record.span, ...record.evidence] : record.evidence;
        const slices = t.fragments.map(([s, e]) => {
          const [start, end] = [toUtf16[s]!, toUtf16[e]!];
          expect(
            spans.some((span) => span.start <= start && end <= span.end),
            `${name} ${t.id}`,
          ).toBe(true);
          return each.text.slice(start, end);
        });
        expect(slices.join(' '), `${name} ${t.id}`).toBe(t.text);
        // Every evidence character is covered, but for line breaks.
        for (const span of spans) {
          for (let u = span.start; u < span.end; u++) {
            if (/[\n\r]/.test(each.text[u]!)) continue;
            expect(
              t.fragments.some(([s, e]) => toUtf16[s]! <= u && u < toUtf16[e]!),
              `${name} ${t.id} at ${u}`,
            ).toBe(true);
          }
        }
      });
    }
  });

  it('counts offsets in code points: past the 😀 of the edge-case text they are one less than UTF-16’s', () => {
    const { doc } = read(edgeArticle);
    const lviv = doc.textBound.find((t) => t.type === 'City')!;
    const start = edgeArticle.text.indexOf('Lviv');
    expect(lviv.fragments).toEqual([[start - 1, start + 3]]);
    expect(lviv.text).toBe('Lviv');
    const emoji = doc.textBound.find((t) => t.type === 'Quote')!;
    expect(emoji.text).toBe('😀 yes');
  });

  it('merges spans that overlap or touch, and cuts them at line breaks', () => {
    const text = edgeArticle.text.replace(' sang', '\nsang');
    const at = text.indexOf('\nsang');
    const [event] = edgeArticle.events;
    const odd: Article = {
      ...edgeArticle,
      text,
      events: [
        {
          ...event!,
          evidence: [
            { start: at - 2, end: at + 3 },
            { start: at + 3, end: at + 5 },
            { start: at + 1, end: at + 2 },
          ],
        },
      ],
    };
    const { doc } = read(odd);
    const singing = doc.textBound.find((t) => t.type === 'Meeting')!;
    const point = at - 1; // one astral character before
    expect(singing.fragments).toEqual([
      [point - 2, point],
      [point + 1, point + 5],
    ]);
    expect(singing.text).toBe('la sang');

    // Evidence that is nothing but a line break becomes an empty span where it was.
    const breakOnly = read({ ...odd, events: [{ ...event!, evidence: [{ start: at, end: at + 1 }] }] });
    expect(breakOnly.doc.textBound.find((t) => t.type === 'Meeting')).toMatchObject({ fragments: [[point, point]], text: '' });
  });

  it('the reader fails where brat does: overlapping fragments, a wrong text, an undeclared type', () => {
    expect(() => readAnn('abcdef', 'T1\tX 0 3;2 4\tabc cd\n')).toThrow(/overlap/);
    // brat's own check (end >= other start and start < other end) takes touching spans for overlap in one order.
    expect(() => readAnn('abcdef', 'T1\tX 2 4;0 2\tcd ab\n')).toThrow(/overlap/);
    expect(() => readAnn('abcdef', 'T1\tX 0 2\tax\n')).toThrow(/text is not/);
    expect(() => readAnn('abcdef', 'T1\tX 0 2\tab\nE1\tY:T1\n')).toThrow(/trigger/);
    expect(() => readAnn('abcdef', 'T1\tX 0 2\tab\nE1\tX:T1\nR1\tR Arg1:T1 Arg2:E1\n')).toThrow(/only its event/);
    const doc = readAnn('abcdef', 'T1\tX 0 2\tab\n');
    expect(checkAgainstConf(doc, readConf('[entities]\nY\n'))).toEqual(['T1: entity type X undeclared']);
  });

  it('makes each event an E with its trigger and its participants and places as role arguments', () => {
    const { doc } = read(article);
    const strikes = doc.events[0]!;
    expect(recordOf(doc, strikes.id)).toBe('event overnight-strikes');
    expect(strikes.type).toBe('Strike');
    expect(strikes.args.map(([role, ref]) => `${role}:${recordOf(doc, ref)}`)).toEqual([
      'Agent:actor russia',
      'Target:actor ukraine',
      'Place:place ukraine-country',
    ]);
    const meeting = doc.events.find((e) => recordOf(doc, e.id) === 'event budapest-summit')!;
    expect(meeting.args.map(([role, ref]) => `${role}:${recordOf(doc, ref)}`)).toEqual([
      'Participant:actor trump',
      'Participant2:actor putin',
      'Place:place budapest',
    ]);
  });

  it('keeps status, quote form and attribution mode as attributes, and the source of each attribution as a relation', () => {
    const { doc } = read(article);
    const id = (record: string) => doc.notes.find((n) => n.text.startsWith(`${record}:`) || n.text === record)!.target;
    const on = (target: string) => doc.attributes.filter((a) => a.target === target).map((a) => `${a.type}${a.value ? `=${a.value}` : ''}`);
    expect(on(id('event drone-interception'))).toEqual(['Status=occurred', 'Claimed']);
    expect(on(id('event budapest-summit'))).toEqual(['Status=cancelled', 'Narrated']);
    expect(on(id('quote wasted-meeting'))).toEqual(['Form=scare']);
    const claimedBy = doc.relations.filter((r) => r.arg1 === id('event drone-interception') && r.type === 'ClaimedBy');
    expect(claimedBy.map((r) => recordOf(doc, r.arg2))).toEqual(['actor russia']);
  });

  it('links records as relations named by field: event relations, speakers, about, part of', () => {
    const { doc } = read(article);
    const named = doc.relations.map((r) => `${recordOf(doc, r.arg1)} ${r.type} ${recordOf(doc, r.arg2)}`);
    expect(named).toContain('event heating-and-power-loss ResultsFrom event overnight-strikes');
    expect(named).toContain('quote wasted-meeting SpokenBy actor trump');
    expect(named).toContain('place kyiv PartOf place ukraine-country');
    expect(named).toContain('claim war-is-illegal-land-grab Contradicts claim invasion-is-special-operation');
    expect(named).toContain('event summit-cancellation Cancels event budapest-summit');
  });

  it('notes each record’s collection, id and label on one line', () => {
    const { doc } = read(article);
    expect(doc.notes[0]?.text).toBe('actor ukraine: Ukraine');
    expect(doc.notes.every((n) => !/[\t\n]/.test(n.text))).toBe(true);
  });

  it('declares all four sections of annotation.conf', () => {
    const { conf } = toBrat(article);
    expect(conf.match(/^\[\w+\]$/gm)).toEqual(['[entities]', '[relations]', '[events]', '[attributes]']);
    expect(conf).toContain('\nStrike Agent*:State, Target*:State, Place*:Country\n');
  });

  it('leaves out a link to a record the article does not have (an article validateArticle would reject), and stays readable', () => {
    const [event] = edgeArticle.events;
    const dangling: Article = {
      ...edgeArticle,
      events: [
        {
          ...event!,
          participants: [...event!.participants, { actor: 'nobody', role: 'agent', basis: 'stated', evidence: event!.evidence }],
          relations: [{ type: 'after', event: 'no-such-event', basis: 'stated', evidence: event!.evidence }],
        },
      ],
    };
    const { doc, conf } = read(dangling);
    expect(doc.events[0]?.args.map(([role]) => role)).toEqual(['Participant', 'Place']);
    expect(doc.relations.map((r) => r.type)).not.toContain('After');
    expect(checkAgainstConf(doc, conf)).toEqual([]);
  });

  it('throws a TypeError for something that is not an article', () => {
    expect(() => toBrat({} as Article)).toThrow(TypeError);
  });
});
