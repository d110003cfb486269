// The CAMEO tables against GDELT's own lookup files (vendor/gdelt/), and the validator's CAMEO
// checks: a code that exists, and one the event's type takes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, cameoCodesOf } from '../src/index.js';
import { describeCameoCode } from '../src/gdelt.js';
import { validateArticle } from '../src/validate.js';
import type { CameoCode } from '../src/index.js';
import { CAMEO_TABLE } from '../src/export/cameo-table.js';
import { cameoCodes, CAMEO_PREFIXES } from '../src/internal/cameo.js';

/** A vendored GDELT lookup file as [code, value] rows, header dropped. */
const rows = (name: string): [string, string][] =>
  readFileSync(new URL(`../vendor/gdelt/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t') as [string, string]);

const labels = rows('CAMEO.eventcodes.txt');
const goldstein = new Map(rows('CAMEO.goldsteinscale.txt'));
const eventCodes = labels.filter(([code]) => code.length >= 3);

describe('the CAMEO tables are GDELT’s', () => {
  it('accept exactly GDELT’s 291 three- and four-digit codes', () => {
    expect(labels).toHaveLength(311);
    expect(Object.keys(cameoCodes()).sort()).toEqual(eventCodes.map(([code]) => code).sort());
    expect(Object.keys(CAMEO_TABLE).sort()).toEqual(eventCodes.map(([code]) => code).sort());
    for (const code of ['19', '1951', '1952', '155', '176', '1834', '2043', '']) expect(Object.hasOwn(cameoCodes(), code), code).toBe(false);
  });

  it('give each code GDELT’s label (trimmed, 044 repaired) and Goldstein score', () => {
    for (const [code, label] of eventCodes) {
      const [ours, score] = CAMEO_TABLE[code as CameoCode];
      expect(ours, code).toBe(code === '044' ? 'Meet at a “third” location' : label.trim().replace(/ {2,}/g, ' '));
      expect(score, code).toBe(goldstein.get(code));
    }
  });

  it('describe a code with its base, root and QuadClass (01–05, 06–09, 10–14, 15–20)', () => {
    expect(describeCameoCode('0871')).toEqual({
      code: '0871',
      label: 'Declare truce, ceasefire',
      goldstein: '9.0',
      baseCode: '087',
      rootCode: '08',
      quadClass: 2,
    });
    const quad = (root: string) => describeCameoCode(eventCodes.find(([c]) => c.startsWith(root))?.[0] as CameoCode).quadClass;
    expect(['01', '05', '06', '09', '10', '14', '15', '20'].map(quad)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(() => describeCameoCode('1951' as CameoCode)).toThrow(RangeError);
    expect(() => describeCameoCode('constructor' as CameoCode)).toThrow(RangeError);
    // Not a string at all: a RangeError too, naming the type, not a TypeError from inside.
    expect(() => describeCameoCode(190 as unknown as CameoCode)).toThrow(
      new RangeError("a number is not a CAMEO event code (a string of three or four digits, in GDELT's CAMEO.eventcodes.txt)."),
    );
    expect(() => describeCameoCode(['190'] as unknown as CameoCode)).toThrow(RangeError);
    expect(() => describeCameoCode(1n as unknown as CameoCode)).toThrow(RangeError);
  });

  it('give every prefix of every event type at least one code', () => {
    for (const [type, prefixes] of Object.entries(CAMEO_PREFIXES)) {
      for (const prefix of Object.keys(prefixes))
        expect(
          eventCodes.some(([c]) => c.startsWith(prefix)),
          `${type} ${prefix}`,
        ).toBe(true);
    }
  });
});

describe('cameoCodesOf', () => {
  it('lists the codes a type takes in GDELT’s order, null last where allowed', () => {
    expect(cameoCodesOf('invasion')).toEqual(['190', '192']);
    expect(cameoCodesOf('arrest')).toEqual(['173']);
    expect(cameoCodesOf('vote')).toEqual([null]);
    expect(cameoCodesOf('agreement')).toEqual(['050', '057', '0871']);
    expect(cameoCodesOf('legal-action').slice(-2)).toEqual(['173', null]);
    expect(cameoCodesOf('protest')).toHaveLength(eventCodes.filter(([c]) => c.startsWith('14')).length);
    expect(() => cameoCodesOf('bombing' as never)).toThrow('Unknown event type "bombing"');
  });
});

describe('the story’s events are coded', () => {
  it('every event has a code its type takes, or null with a reason, and every note names its code', () => {
    expect(article.events).toHaveLength(18);
    for (const event of article.events) {
      expect(cameoCodesOf(event.type), event.id).toContain(event.cameo.code);
      expect(event.cameo.note.length, event.id).toBeGreaterThan(30);
      if (event.cameo.code !== null) expect(event.cameo.note, event.id).toContain(event.cameo.code);
    }
    expect(article.events.filter((e) => e.cameo.code === null).map((e) => e.id)).toEqual([
      'heating-and-power-loss',
      'kyiv-explosions',
      'emergency-power-outages',
    ]);
  });

  it('the strikes carry their ACLED types, with no sub-event the text does not give; the intercepted assault is the interception only', () => {
    const acled = Object.fromEntries(article.events.flatMap((e) => (e.acled === null ? [] : [[e.id, [e.acled.eventType, e.acled.subEventType]]])));
    expect(acled).toEqual({
      'overnight-strikes': ['Explosions/Remote violence', null],
      'drone-interception': ['Strategic developments', 'Disrupted weapons use'],
    });
  });
});

describe('validateArticle checks each event’s CAMEO code', () => {
  const strikes = article.events.findIndex((e) => e.id === 'overnight-strikes');
  const power = article.events.findIndex((e) => e.id === 'heating-and-power-loss');
  const edited = (index: number, code: unknown, field: 'code' | 'acled' = 'code') => {
    const draft = JSON.parse(JSON.stringify(article));
    if (field === 'code') draft.events[index].cameo.code = code;
    else draft.events[index].acled = code;
    const result = validateArticle(draft);
    return result.ok ? [] : result.problems.map((p) => [p.code, p.path, p.message]);
  };

  it('is not widened by a key someone added to Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['19'] = true;
    try {
      expect(edited(power, '190').map(([code]) => code)).toEqual(['CAMEO_NOT_FOR_TYPE']);
      expect(cameoCodesOf('disaster')).toEqual([null]);
    } finally {
      delete proto['19'];
    }
  });

  it('rejects a code that is not one, saying what to use for a root or a code GDELT lacks', () => {
    expect(edited(strikes, '1952')).toEqual([
      [
        'UNKNOWN_CAMEO_CODE',
        `/events/${strikes}/cameo/code`,
        `The CAMEO code at /events/${strikes}/cameo/code is the string "1952", which is not a CAMEO event code (three or four digits, in GDELT's CAMEO.eventcodes.txt). "1952" is in CAMEO 1.1b3 but not in GDELT's files, which give it no Goldstein score; the code above it is "195".`,
      ],
    ]);
    expect(edited(strikes, '19')[0]?.[2]).toMatch(/"19" is a root category; its residual code is "190"\.$/);
    expect(edited(strikes, '999')[0]?.[2]).toMatch(/which is not a CAMEO event code \(three or four digits, in GDELT's CAMEO\.eventcodes\.txt\)\.$/);
    expect(edited(strikes, 190)[0]?.slice(0, 2)).toEqual(['SHAPE', `/events/${strikes}/cameo/code`]);
  });

  it('rejects a code the type does not take, and null where the type needs a code', () => {
    expect(edited(strikes, '046')).toEqual([
      [
        'CAMEO_NOT_FOR_TYPE',
        `/events/${strikes}/cameo/code`,
        `The CAMEO code "046" at /events/${strikes}/cameo/code is not one a "strike" event takes: codes starting 180, 183, 185, 186, 190, 193, 194, 195, 196, 200, 202, 204.`,
      ],
    ]);
    expect(edited(strikes, null)[0]?.[2]).toBe(
      `The CAMEO code at /events/${strikes}/cameo/code is null, but a "strike" event needs one: codes starting 180, 183, 185, 186, 190, 193, 194, 195, 196, 200, 202, 204.`,
    );
    expect(edited(power, '010')[0]?.[2]).toBe(
      `The CAMEO code "010" at /events/${power}/cameo/code is not one a "power-outage" event takes: none: its code is null.`,
    );
    expect(edited(strikes, '1831')).toEqual([]);
    const explosions = article.events.findIndex((e) => e.id === 'kyiv-explosions');
    expect(edited(explosions, '046')[0]?.[2]).toBe(
      `The CAMEO code "046" at /events/${explosions}/cameo/code is not one a "explosions" event takes: codes starting 180, 183, 190, 193, 194, 195, 204, or null.`,
    );
  });

  it('checks an ACLED sub-event type against its event type', () => {
    expect(edited(strikes, { eventType: 'Riots', subEventType: 'Air/drone strike', note: 'n' }, 'acled')[0]?.slice(0, 2)).toEqual([
      'SHAPE',
      `/events/${strikes}/acled/subEventType`,
    ]);
    expect(edited(strikes, { eventType: 'Riots', subEventType: 'Mob violence', note: 'n' }, 'acled')).toEqual([]);
    expect(edited(strikes, { eventType: 'Wars', subEventType: null, note: 'n' }, 'acled')[0]?.slice(0, 2)).toEqual([
      'SHAPE',
      `/events/${strikes}/acled/eventType`,
    ]);
  });
});
