import type { EventType } from './event.js';

/**
 * A CAMEO event code: one of the 291 three- and four-digit codes in GDELT's `CAMEO.eventcodes.txt`
 * (the CAMEO 1.1b3 codebook, Schrodt 2012, as GDELT uses it). The two-digit root codes (`'19'`,
 * FIGHT) are categories, not codes to give an event: use the root's residual code (`'190'`, "Use
 * conventional military force, not specified below"). The five codes of CAMEO 1.1b3 that GDELT's
 * files lack (155, 176, 1834, 1951, 1952) are not accepted: they have no Goldstein score.
 *
 * @example
 * const code: CameoCode = '195'; // Employ aerial weapons
 * getEvent(article, 'ukrainian-drone-assault').cameo.code; // => '195'
 */
export type CameoCode =
  | '010' | '011' | '012' | '013' | '014' | '015' | '016' | '017' | '018' | '019' | '020' | '021' | '0211'
  | '0212' | '0213' | '0214' | '022' | '023' | '0231' | '0232' | '0233' | '0234' | '024' | '0241' | '0242'
  | '0243' | '0244' | '025' | '0251' | '0252' | '0253' | '0254' | '0255' | '0256' | '026' | '027' | '028'
  | '030' | '031' | '0311' | '0312' | '0313' | '0314' | '032' | '033' | '0331' | '0332' | '0333' | '0334'
  | '034' | '0341' | '0342' | '0343' | '0344' | '035' | '0351' | '0352' | '0353' | '0354' | '0355' | '0356'
  | '036' | '037' | '038' | '039' | '040' | '041' | '042' | '043' | '044' | '045' | '046' | '050' | '051'
  | '052' | '053' | '054' | '055' | '056' | '057' | '060' | '061' | '062' | '063' | '064' | '070' | '071'
  | '072' | '073' | '074' | '075' | '080' | '081' | '0811' | '0812' | '0813' | '0814' | '082' | '083' | '0831'
  | '0832' | '0833' | '0834' | '084' | '0841' | '0842' | '085' | '086' | '0861' | '0862' | '0863' | '087'
  | '0871' | '0872' | '0873' | '0874' | '090' | '091' | '092' | '093' | '094' | '100' | '101' | '1011'
  | '1012' | '1013' | '1014' | '102' | '103' | '1031' | '1032' | '1033' | '1034' | '104' | '1041' | '1042'
  | '1043' | '1044' | '105' | '1051' | '1052' | '1053' | '1054' | '1055' | '1056' | '106' | '107' | '108'
  | '110' | '111' | '112' | '1121' | '1122' | '1123' | '1124' | '1125' | '113' | '114' | '115' | '116'
  | '120' | '121' | '1211' | '1212' | '122' | '1221' | '1222' | '1223' | '1224' | '123' | '1231' | '1232'
  | '1233' | '1234' | '124' | '1241' | '1242' | '1243' | '1244' | '1245' | '1246' | '125' | '126' | '127'
  | '128' | '129' | '130' | '131' | '1311' | '1312' | '1313' | '132' | '1321' | '1322' | '1323' | '1324'
  | '133' | '134' | '135' | '136' | '137' | '138' | '1381' | '1382' | '1383' | '1384' | '1385' | '139'
  | '140' | '141' | '1411' | '1412' | '1413' | '1414' | '142' | '1421' | '1422' | '1423' | '1424' | '143'
  | '1431' | '1432' | '1433' | '1434' | '144' | '1441' | '1442' | '1443' | '1444' | '145' | '1451' | '1452'
  | '1453' | '1454' | '150' | '151' | '152' | '153' | '154' | '160' | '161' | '162' | '1621' | '1622' | '1623'
  | '163' | '164' | '165' | '166' | '1661' | '1662' | '1663' | '170' | '171' | '1711' | '1712' | '172'
  | '1721' | '1722' | '1723' | '1724' | '173' | '174' | '175' | '180' | '181' | '182' | '1821' | '1822'
  | '1823' | '183' | '1831' | '1832' | '1833' | '184' | '185' | '186' | '190' | '191' | '192' | '193' | '194'
  | '195' | '196' | '200' | '201' | '202' | '203' | '204' | '2041' | '2042';

/**
 * The CAMEO codes each event type takes, as code prefixes: a type takes every code that starts with
 * one of its prefixes (`'183'` takes 183 and 1831–1833). `never` for a type CAMEO has no code for.
 * The validator rejects a code outside its event's type; README.md has the table with examples.
 *
 * @example
 * const prefix: EventCameoPrefixes['condemnation'] = '111'; // Criticize or denounce
 */
export interface EventCameoPrefixes {
  /** 01 MAKE PUBLIC STATEMENT: 010–019. */
  readonly statement: '01';
  /** 02 APPEAL: 020–028 and their details. */
  readonly appeal: '02';
  /** 03 EXPRESS INTENT TO COOPERATE: 030–039 (an offer of talks is 036). */
  readonly proposal: '03';
  /**
   * 04 CONSULT: 040–046, the talks as held. A meeting's status may be `planned` or `cancelled`; its
   * code then says what the talks would be. CAMEO codes the plan itself as 036 (a `proposal`) and
   * calling it off as 161 or 164 (a `cancellation`).
   */
  readonly meeting: '04';
  /** 050 diplomatic cooperation, 057 Sign formal agreement, 0871 Declare truce, ceasefire. */
  readonly agreement: '050' | '057' | '0871';
  /**
   * 06 material cooperation, 07 aid, 08 yield (easing sanctions, releases), 162–163 (stopping aid,
   * sanctions), 172 administrative sanctions (curfew, state of emergency).
   */
  readonly 'policy-measure': '06' | '07' | '08' | '162' | '163' | '172';
  /** 070 aid, 073 Provide humanitarian aid, 074 military protection. */
  readonly 'emergency-response': '070' | '073' | '074';
  /** 09 INVESTIGATE, 115 Bring lawsuit against, 116 Find guilty or liable (legally), 173 Arrest, detain, or charge. */
  readonly 'legal-action': '09' | '115' | '116' | '173';
  /** 10 DEMAND, 13 THREATEN, 170 Coerce. */
  readonly pressure: '10' | '13' | '170';
  /** 11 DISAPPROVE but its legal codes (115, 116): 110 Disapprove, 111 Criticize or denounce, 112 Accuse (and 1121–1125), 113, 114. */
  readonly condemnation: '110' | '111' | '112' | '113' | '114';
  /** 12 REJECT: 120–129. */
  readonly rejection: '12';
  /** 14 PROTEST: demonstrations, hunger strikes, strikes and boycotts, blockades, riots. */
  readonly protest: '14';
  /** 173 Arrest, detain, or charge with legal action. */
  readonly arrest: '173';
  /** 125 Reject proposal to meet, 127 Reject plan, 160–161 reduce relations, 164 Halt negotiations, 165 Halt mediation. */
  readonly cancellation: '125' | '127' | '160' | '161' | '164' | '165';
  /** The same codes as `cancellation`, and 120 Reject, not specified. */
  readonly abandonment: '120' | '125' | '127' | '160' | '161' | '164' | '165';
  /**
   * 180 unconventional violence, 183 bombings, 185–186 assassination, 190 military force not
   * specified, 193 small arms, 194 artillery and tanks, 195 aerial weapons, 196 Violate ceasefire,
   * 200, 202 mass killings, 204 weapons of mass destruction.
   */
  readonly strike: '180' | '183' | '185' | '186' | '190' | '193' | '194' | '195' | '196' | '200' | '202' | '204';
  /** 180, 183 bombings, 190, 193–195, 204: what caused explosions, where the text says. */
  readonly explosions: '180' | '183' | '190' | '193' | '194' | '195' | '204';
  /** 190 military force not specified, 193–195 by weapon. */
  readonly interception: '190' | '193' | '194' | '195';
  /** 190 military force not specified, 192 Occupy territory. */
  readonly invasion: '190' | '192';
  /** No code: a power cut is not an act between political actors. */
  readonly 'power-outage': never;
  /** No code: CAMEO codes acts of political actors, and a flood or an earthquake is none. */
  readonly disaster: never;
  /** No code, for the same reason: an accident is not an act aimed at anyone. */
  readonly accident: never;
  /** No code: CAMEO 1.1b3 has none for an election, a referendum or a vote. */
  readonly vote: never;
}

/**
 * The event types whose `cameo.code` may be `null`: those CAMEO has no code for, and those where
 * the text may not say enough (explosions whose cause it does not give, a court ruling or an economic
 * measure that no code describes).
 *
 * @example
 * const uncoded: UncodedEventType = 'disaster';
 */
export type UncodedEventType =
  | 'power-outage'
  | 'disaster'
  | 'accident'
  | 'vote'
  | 'explosions'
  | 'legal-action'
  | 'policy-measure'
  | 'emergency-response';

/**
 * The CAMEO codes an event of type `T` may carry: those under its prefixes, and `null` for an
 * {@link UncodedEventType}.
 *
 * @example
 * const code: CameoCodeOf<'meeting'> = '046'; // Engage in negotiation
 */
export type CameoCodeOf<T extends EventType> =
  | Extract<CameoCode, `${EventCameoPrefixes[T]}${string}`>
  | (T extends UncodedEventType ? null : never);

/**
 * An event's CAMEO code, as precise as the text allows, with the reason it fits.
 *
 * @example
 * const cameo: EventCameo<'meeting'> = { code: '046', note: '“peace talks”: talks are negotiations (046).' };
 * getEvent(article, 'budapest-summit').cameo.code; // => '046'
 */
export interface EventCameo<T extends EventType = EventType> {
  /** The code, or `null` where CAMEO has none for what happened (see {@link UncodedEventType}). */
  readonly code: CameoCodeOf<T>;
  /** Why the code fits, or why there is none (one line, written by the package authors). */
  readonly note: string;
}
