// The story's data: only data. Offsets are UTF-16 code units into `text`; the comment after
// each span is its text, for reviewers. `npm run span -- "words"` prints the offsets of a phrase.
import type { StoryArticle } from './types.js';
import { text } from './text.js';

/** The story as plain data, before it is frozen (see `../article.ts`). */
export const storyData: StoryArticle = {
  id: 'punch-russian-strikes-ukraine-energy',
  publisher: {
    actor: 'punch',
    name: 'Punch',
    evidence: [{ start: 2021, end: 2026 }], // Punch
  },
  language: 'en',
  text: text,
  paragraphs: [
    { start: 0, end: 180 },
    { start: 182, end: 508 },
    { start: 510, end: 805 },
    { start: 807, end: 949 },
    { start: 951, end: 1366 },
    { start: 1368, end: 1646 },
    { start: 1648, end: 2011 },
    { start: 2013, end: 2026 },
  ],
  sentences: [
    { start: 0, end: 180 },
    { start: 182, end: 374 },
    { start: 375, end: 428 },
    { start: 429, end: 508 },
    { start: 510, end: 638 },
    { start: 639, end: 805 },
    { start: 807, end: 949 },
    { start: 951, end: 1130 },
    { start: 1131, end: 1209 },
    { start: 1210, end: 1366 },
    { start: 1368, end: 1486 },
    { start: 1487, end: 1646 },
    { start: 1648, end: 1841 },
    { start: 1842, end: 2011 },
    { start: 2013, end: 2026 },
  ],
  actors: [
    {
      kind: 'state',
      id: 'ukraine',
      name: 'Ukraine',
      aliases: ['Ukrainian', 'Ukraine', 'Kyiv'],
      evidence: [
        { start: 182, end: 191 }, // Ukrainian
        { start: 870, end: 879 }, // Ukrainian
        { start: 1311, end: 1318 }, // Ukraine
        { start: 1368, end: 1375 }, // Ukraine
        { start: 1472, end: 1476 }, // Kyiv
        { start: 1803, end: 1810 }, // Ukraine
        { start: 1851, end: 1855 }, // Kyiv
      ],
    },
    {
      kind: 'person',
      id: 'zelensky',
      name: 'Volodymyr Zelensky',
      aliases: ['Volodymyr Zelensky', 'Zelensky'],
      titles: [
        {
          title: 'President',
          of: 'ukraine',
          evidence: [{ start: 182, end: 201 }], // Ukrainian President
        },
      ],
      evidence: [
        { start: 202, end: 220 }, // Volodymyr Zelensky
        { start: 494, end: 502 }, // Zelensky
        { start: 1487, end: 1495 }, // Zelensky
      ],
    },
    {
      kind: 'state',
      id: 'russia',
      name: 'Russia',
      aliases: ['Russia', 'Russian', 'the Russian leadership'],
      evidence: [
        { start: 292, end: 298 }, // Russia
        { start: 832, end: 838 }, // Russia
        { start: 1064, end: 1071 }, // Russian
        { start: 1432, end: 1438 }, // Russia
        { start: 1536, end: 1543 }, // Russian
        { start: 1590, end: 1612 }, // the Russian leadership
        { start: 1648, end: 1654 }, // Russia
      ],
    },
    {
      kind: 'group',
      id: 'journalists-in-kyiv',
      name: 'Journalists in Kyiv',
      aliases: ['Journalists in Kyiv'],
      members: [],
      location: {
        id: 'kyiv',
        basis: 'stated',
        evidence: [{ start: 522, end: 529 }], // in Kyiv
      },
      evidence: [{ start: 510, end: 529 }], // Journalists in Kyiv
    },
    {
      kind: 'organisation',
      id: 'energy-ministry',
      name: 'Energy ministry',
      aliases: ['The energy ministry'],
      partOf: {
        id: 'ukraine',
        basis: 'implied',
        evidence: [{ start: 639, end: 765 }], // The energy ministry confirmed that emergency power outages had been implemented across most regions in response to the strikes
      },
      evidence: [{ start: 639, end: 658 }], // The energy ministry
    },
    {
      kind: 'state',
      id: 'united-states',
      name: 'United States',
      aliases: ['US'],
      evidence: [{ start: 1034, end: 1036 }], // US
    },
    {
      kind: 'person',
      id: 'trump',
      name: 'Donald Trump',
      aliases: ['Donald Trump', 'Trump'],
      titles: [
        {
          title: 'President',
          of: 'united-states',
          evidence: [{ start: 1034, end: 1046 }], // US President
        },
      ],
      evidence: [
        { start: 1047, end: 1059 }, // Donald Trump
        { start: 1131, end: 1136 }, // Trump
      ],
    },
    {
      kind: 'person',
      id: 'putin',
      name: 'Vladimir Putin',
      aliases: ['Vladimir Putin'],
      titles: [
        {
          title: 'President',
          of: 'russia',
          evidence: [{ start: 1064, end: 1081 }], // Russian President
        },
        {
          title: 'President',
          of: null,
          evidence: [{ start: 1753, end: 1762 }], // President
        },
      ],
      evidence: [
        { start: 1082, end: 1096 }, // Vladimir Putin
        { start: 1763, end: 1777 }, // Vladimir Putin
      ],
    },
    {
      kind: 'group',
      id: 'european-allies',
      name: 'European allies',
      aliases: ['European allies'],
      members: [],
      location: null,
      evidence: [{ start: 1445, end: 1460 }], // European allies
    },
    {
      kind: 'organisation',
      id: 'nato',
      name: 'NATO',
      aliases: ['NATO'],
      partOf: null,
      evidence: [{ start: 1826, end: 1830 }], // NATO
    },
    {
      kind: 'group',
      id: 'kyiv-and-allies',
      name: 'Kyiv and its allies',
      aliases: ['Kyiv and its allies'],
      members: [
        {
          id: 'ukraine',
          basis: 'stated',
          evidence: [{ start: 1851, end: 1855 }], // Kyiv
        },
      ],
      location: null,
      evidence: [{ start: 1851, end: 1870 }], // Kyiv and its allies
    },
    {
      kind: 'organisation',
      id: 'punch',
      name: 'Punch',
      aliases: ['Punch'],
      partOf: null,
      evidence: [{ start: 2021, end: 2026 }], // Punch
    },
  ],
  places: [
    {
      kind: 'country',
      id: 'ukraine-country',
      name: 'Ukraine',
      aliases: ['the country', 'Ukraine'],
      partOf: null,
      evidence: [
        { start: 133, end: 144 }, // the country
        { start: 366, end: 373 }, // Ukraine
        { start: 1669, end: 1676 }, // Ukraine
      ],
    },
    {
      kind: 'city',
      id: 'kyiv',
      name: 'Kyiv',
      aliases: ['Kyiv', 'the capital'],
      partOf: {
        id: 'ukraine-country',
        basis: 'implied',
        evidence: [{ start: 626, end: 637 }], // the capital
      },
      evidence: [
        { start: 525, end: 529 }, // Kyiv
        { start: 626, end: 637 }, // the capital
      ],
    },
    {
      kind: 'region',
      id: 'most-regions',
      name: 'Most regions',
      aliases: ['most regions'],
      named: false,
      partOf: {
        id: 'ukraine-country',
        basis: 'implied',
        evidence: [{ start: 674, end: 765 }], // emergency power outages had been implemented across most regions in response to the strikes
      },
      evidence: [{ start: 726, end: 738 }], // most regions
    },
    {
      kind: 'city',
      id: 'budapest',
      name: 'Budapest',
      aliases: ['Budapest'],
      partOf: null,
      evidence: [{ start: 1176, end: 1184 }], // Budapest
    },
    {
      kind: 'region',
      id: 'donbas',
      name: 'Donbas',
      aliases: ['the eastern Donbas region'],
      named: true,
      partOf: {
        id: 'ukraine-country',
        basis: 'implied',
        evidence: [{ start: 1299, end: 1365 }], // pressure on Ukraine to cede territory in the eastern Donbas region
      },
      evidence: [{ start: 1340, end: 1365 }], // the eastern Donbas region
    },
  ],
  events: [
    {
      participants: [
        {
          actor: 'russia',
          role: 'agent',
          basis: 'implied',
          evidence: [{ start: 259, end: 330 }], // calling it further evidence that Russia “does not feel enough pressure”
        },
        {
          actor: 'ukraine',
          role: 'target',
          basis: 'implied',
          evidence: [{ start: 80, end: 179 }], // leaving thousands without heating and electricity as the country faces freezing winter temperatures
        },
      ],
      places: [
        {
          id: 'ukraine-country',
          basis: 'implied',
          evidence: [{ start: 133, end: 144 }], // the country
        },
      ],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 0, end: 180 }], // The strikes targeted both residential areas and critical energy infrastructure, leaving thousands without heating and electricity as the country faces freezing winter temperatures.
        },
        {
          source: 'energy-ministry',
          mode: 'confirmed',
          evidence: [
            { start: 639, end: 668 }, // The energy ministry confirmed
            { start: 767, end: 804 }, // which hit vital energy infrastructure
          ],
        },
      ],
      relations: [
        {
          type: 'during',
          event: 'russian-invasion',
          basis: 'implied',
          evidence: [{ start: 270, end: 373 }], // further evidence that Russia “does not feel enough pressure” to end its nearly four-year war in Ukraine
        },
        {
          type: 'after',
          event: 'summit-cancellation',
          basis: 'stated',
          evidence: [{ start: 951, end: 990 }], // The attack follows a diplomatic setback
        },
      ],
      type: 'strike',
      id: 'overnight-strikes',
      status: 'occurred',
      cameo: {
        code: '190',
        note: '“The strikes”: the text does not say by what means (missiles, drones, aircraft), so the residual code for military force (190), not 195 (aerial weapons).',
      },
      acled: {
        eventType: 'Explosions/Remote violence',
        subEventType: null,
        note: '“The strikes” on residential areas and energy infrastructure: remote violence; the text does not say whether by air or drone (“Air/drone strike”) or by missile (“Shelling/artillery/missile attack”).',
      },
      summary: 'Strikes targeted residential areas and critical energy infrastructure, leaving thousands without heating and electricity.',
      targets: [
        {
          description: 'residential areas',
          evidence: [{ start: 26, end: 43 }], // residential areas
        },
        {
          description: 'energy infrastructure',
          evidence: [
            { start: 48, end: 78 }, // critical energy infrastructure
            { start: 777, end: 804 }, // vital energy infrastructure
          ],
        },
      ],
      evidence: [
        { start: 0, end: 78 }, // The strikes targeted both residential areas and critical energy infrastructure
        { start: 231, end: 241 }, // the attack
        { start: 259, end: 269 }, // calling it
        { start: 754, end: 765 }, // the strikes
        { start: 951, end: 969 }, // The attack follows
      ],
    },
    {
      participants: [],
      places: [
        {
          id: 'ukraine-country',
          basis: 'implied',
          evidence: [{ start: 133, end: 144 }], // the country
        },
      ],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 0, end: 180 }], // The strikes targeted both residential areas and critical energy infrastructure, leaving thousands without heating and electricity as the country faces freezing winter temperatures.
        },
      ],
      relations: [
        {
          type: 'results-from',
          event: 'overnight-strikes',
          basis: 'stated',
          evidence: [
            { start: 0, end: 11 }, // The strikes
            { start: 80, end: 87 }, // leaving
          ],
        },
      ],
      type: 'power-outage',
      id: 'heating-and-power-loss',
      status: 'ongoing',
      cameo: {
        code: null,
        note: 'A loss of heating and power is a consequence, not an act of one political actor towards another: CAMEO has no code for it.',
      },
      acled: null,
      summary: 'Thousands were left without heating and electricity as the country faces freezing winter temperatures.',
      evidence: [{ start: 80, end: 129 }], // leaving thousands without heating and electricity
    },
    {
      participants: [
        {
          actor: 'zelensky',
          role: 'speaker',
          basis: 'stated',
          evidence: [{ start: 182, end: 220 }], // Ukrainian President Volodymyr Zelensky
        },
      ],
      places: [],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 182, end: 257 }], // Ukrainian President Volodymyr Zelensky condemned the attack on social media
        },
      ],
      relations: [
        {
          type: 'responds-to',
          event: 'overnight-strikes',
          basis: 'stated',
          evidence: [{ start: 221, end: 241 }], // condemned the attack
        },
      ],
      type: 'condemnation',
      id: 'zelensky-condemnation',
      status: 'occurred',
      cameo: {
        code: '111',
        note: '“condemned the attack”: a denunciation (111 Criticize or denounce).',
      },
      acled: null,
      summary: 'Zelensky condemned the attack on social media.',
      channel: {
        medium: 'social media',
        evidence: [{ start: 242, end: 257 }], // on social media
      },
      evidence: [{ start: 182, end: 373 }], // Ukrainian President Volodymyr Zelensky condemned the attack on social media, calling it further evidence that Russia “does not feel enough pressure” to end its nearly four-year war in Ukraine
    },
    {
      participants: [
        {
          actor: 'russia',
          role: 'agent',
          basis: 'stated',
          evidence: [{ start: 1648, end: 1665 }], // Russia’s invasion
        },
        {
          actor: 'ukraine',
          role: 'target',
          basis: 'stated',
          evidence: [{ start: 1657, end: 1676 }], // invasion of Ukraine
        },
      ],
      places: [
        {
          id: 'ukraine-country',
          basis: 'stated',
          evidence: [
            { start: 359, end: 373 }, // war in Ukraine
            { start: 1657, end: 1676 }, // invasion of Ukraine
          ],
        },
      ],
      time: [
        {
          kind: 'duration',
          statistic: 'war-duration',
          evidence: [{ start: 342, end: 358 }], // nearly four-year
        },
        {
          kind: 'month',
          normalized: '2022-02',
          evidence: [{ start: 1690, end: 1703 }], // February 2022
        },
      ],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 1648, end: 1703 }], // Russia’s invasion of Ukraine, launched in February 2022
        },
      ],
      relations: [],
      type: 'invasion',
      id: 'russian-invasion',
      status: 'ongoing',
      cameo: {
        code: '190',
        note: '“invasion” and “war”: the record is the war as a whole (“its nearly four-year war in Ukraine”), not only the invasion that began it (the reading of the ambiguity invasion-and-war), so military force not specified further (190). CAMEO codes an invasion itself as 192 (Occupy territory), which the other reading would take.',
      },
      acled: null,
      summary: 'Russia invaded Ukraine in February 2022; the war it began is still going on.',
      evidence: [
        { start: 338, end: 373 }, // its nearly four-year war in Ukraine
        { start: 1201, end: 1208 }, // the war
        { start: 1648, end: 1703 }, // Russia’s invasion of Ukraine, launched in February 2022
        { start: 1882, end: 1889 }, // the war
      ],
    },
    {
      participants: [
        {
          actor: 'zelensky',
          role: 'speaker',
          basis: 'stated',
          evidence: [{ start: 494, end: 502 }], // Zelensky
        },
      ],
      places: [],
      time: [
        {
          kind: 'present',
          evidence: [{ start: 376, end: 385 }], // As of now
        },
      ],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 494, end: 507 }], // Zelensky said
        },
      ],
      relations: [
        {
          type: 'reports',
          event: 'overnight-strikes',
          basis: 'implied',
          evidence: [{ start: 376, end: 466 }], // As of now, 17 people are known to have been injured. Unfortunately, six people were killed
        },
      ],
      type: 'statement',
      id: 'zelensky-casualty-statement',
      status: 'occurred',
      cameo: {
        code: '010',
        note: 'Figures given, with no appeal, demand or criticism in them: a statement not specified further (010).',
      },
      acled: null,
      summary: 'Zelensky gave the casualty figures.',
      channel: null,
      evidence: [{ start: 375, end: 507 }], // “As of now, 17 people are known to have been injured. Unfortunately, six people were killed, among them two children,” Zelensky said
    },
    {
      participants: [],
      places: [
        {
          id: 'kyiv',
          basis: 'implied',
          evidence: [
            { start: 510, end: 546 }, // Journalists in Kyiv reported hearing
            { start: 613, end: 637 }, // rising above the capital
          ],
        },
      ],
      time: [
        {
          kind: 'night',
          evidence: [{ start: 567, end: 583 }], // during the night
        },
      ],
      attribution: [
        {
          source: 'journalists-in-kyiv',
          mode: 'reported',
          evidence: [{ start: 510, end: 546 }], // Journalists in Kyiv reported hearing
        },
      ],
      relations: [
        {
          type: 'during',
          event: 'overnight-strikes',
          basis: 'implied',
          evidence: [{ start: 567, end: 583 }], // during the night
        },
      ],
      type: 'explosions',
      id: 'kyiv-explosions',
      status: 'occurred',
      cameo: {
        code: null,
        note: 'Explosions heard: the text does not say what caused them (a strike, an interception), so it states no act of force to code.',
      },
      acled: null,
      summary: 'Journalists in Kyiv reported hearing multiple explosions during the night, with a large plume of smoke rising above the capital.',
      evidence: [{ start: 547, end: 637 }], // multiple explosions during the night, with a large plume of smoke rising above the capital
    },
    {
      participants: [
        {
          actor: 'energy-ministry',
          role: 'speaker',
          basis: 'stated',
          evidence: [{ start: 639, end: 658 }], // The energy ministry
        },
      ],
      places: [],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 639, end: 668 }], // The energy ministry confirmed
        },
      ],
      relations: [
        {
          type: 'reports',
          event: 'emergency-power-outages',
          basis: 'stated',
          evidence: [{ start: 639, end: 765 }], // The energy ministry confirmed that emergency power outages had been implemented across most regions in response to the strikes
        },
        {
          type: 'reports',
          event: 'overnight-strikes',
          basis: 'stated',
          evidence: [
            { start: 639, end: 668 }, // The energy ministry confirmed
            { start: 739, end: 765 }, // in response to the strikes
          ],
        },
      ],
      type: 'statement',
      id: 'ministry-confirmation',
      status: 'occurred',
      cameo: {
        code: '010',
        note: '“confirmed”: a statement (010); it appeals for, demands and rejects nothing.',
      },
      acled: null,
      summary:
        'The energy ministry confirmed the emergency power outages across most regions and, on the data’s reading, that the strikes hit vital energy infrastructure.',
      channel: null,
      evidence: [{ start: 639, end: 804 }], // The energy ministry confirmed that emergency power outages had been implemented across most regions in response to the strikes, which hit vital energy infrastructure
    },
    {
      participants: [],
      places: [
        {
          id: 'most-regions',
          basis: 'stated',
          evidence: [{ start: 719, end: 738 }], // across most regions
        },
      ],
      time: [],
      attribution: [
        {
          source: 'energy-ministry',
          mode: 'confirmed',
          evidence: [{ start: 639, end: 668 }], // The energy ministry confirmed
        },
      ],
      relations: [
        {
          type: 'responds-to',
          event: 'overnight-strikes',
          basis: 'stated',
          evidence: [{ start: 739, end: 765 }], // in response to the strikes
        },
      ],
      type: 'power-outage',
      id: 'emergency-power-outages',
      status: 'occurred',
      cameo: {
        code: null,
        note: 'Emergency power cuts, implemented by whom the text does not say: not an act of one political actor towards another, which is what CAMEO codes.',
      },
      acled: null,
      summary: 'Emergency power outages across most regions, implemented in response to the strikes, as the energy ministry confirmed.',
      evidence: [{ start: 674, end: 765 }], // emergency power outages had been implemented across most regions in response to the strikes
    },
    {
      participants: [
        {
          actor: 'russia',
          role: 'speaker',
          basis: 'stated',
          evidence: [{ start: 832, end: 838 }], // Russia
        },
      ],
      places: [],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 807, end: 846 }], // In a separate statement, Russia claimed
        },
      ],
      relations: [
        {
          type: 'reports',
          event: 'drone-interception',
          basis: 'stated',
          evidence: [{ start: 832, end: 866 }], // Russia claimed to have intercepted
        },
        {
          type: 'reports',
          event: 'ukrainian-drone-assault',
          basis: 'implied',
          evidence: [{ start: 832, end: 913 }], // Russia claimed to have intercepted 33 Ukrainian drones during the night’s assault
        },
      ],
      type: 'statement',
      id: 'russia-statement',
      status: 'occurred',
      cameo: {
        code: '010',
        note: "“claimed … reported”: a statement (010). It could also be read as 015 (claim responsibility), since Russia claims an act of its own; the codebook's examples of 015 are attacks and wrongs owned up to, so the data keeps the unspecified 010.",
      },
      acled: null,
      summary: 'In a separate statement, Russia claimed to have intercepted 33 Ukrainian drones and reported no significant damage.',
      channel: null,
      evidence: [
        { start: 807, end: 830 }, // In a separate statement
        { start: 832, end: 913 }, // Russia claimed to have intercepted 33 Ukrainian drones during the night’s assault
        { start: 918, end: 948 }, // reported no significant damage
      ],
    },
    {
      participants: [
        {
          actor: 'russia',
          role: 'agent',
          basis: 'stated',
          evidence: [{ start: 832, end: 838 }], // Russia
        },
      ],
      places: [],
      time: [
        {
          kind: 'night',
          evidence: [{ start: 887, end: 913 }], // during the night’s assault
        },
      ],
      attribution: [
        {
          source: 'russia',
          mode: 'claimed',
          evidence: [{ start: 832, end: 846 }], // Russia claimed
        },
      ],
      relations: [
        {
          type: 'during',
          event: 'ukrainian-drone-assault',
          basis: 'implied',
          evidence: [{ start: 887, end: 913 }], // during the night’s assault
        },
      ],
      type: 'interception',
      id: 'drone-interception',
      status: 'occurred',
      cameo: {
        code: '190',
        note: 'Drones Russia “claimed to have intercepted”, by means the text does not name: military force not specified further (190).',
      },
      acled: {
        eventType: 'Strategic developments',
        subEventType: 'Disrupted weapons use',
        note: "ACLED's “Disrupted weapons use” covers drones or missiles intercepted before they strike. The text reports no strike by the drones (“reported no significant damage”, in Russia's words as the outlet gives them), so the assault itself has no ACLED coding.",
      },
      summary: 'Russia claimed to have intercepted 33 Ukrainian drones during the night.',
      evidence: [{ start: 855, end: 913 }], // intercepted 33 Ukrainian drones during the night’s assault
    },
    {
      participants: [
        {
          actor: 'ukraine',
          role: 'agent',
          basis: 'implied',
          evidence: [{ start: 870, end: 879 }], // Ukrainian
        },
        {
          actor: 'russia',
          role: 'target',
          basis: 'implied',
          evidence: [
            { start: 832, end: 866 }, // Russia claimed to have intercepted
            { start: 914, end: 948 }, // but reported no significant damage
          ],
        },
      ],
      places: [],
      time: [
        {
          kind: 'night',
          evidence: [{ start: 887, end: 913 }], // during the night’s assault
        },
      ],
      attribution: [
        {
          source: 'russia',
          mode: 'claimed',
          evidence: [{ start: 832, end: 846 }], // Russia claimed
        },
      ],
      relations: [],
      type: 'strike',
      id: 'ukrainian-drone-assault',
      status: 'occurred',
      cameo: {
        code: '195',
        note: "Russia's claim of “33 Ukrainian drones during the night’s assault”, read as a drone attack (see the ambiguity whose-assault): aerial weapons (195). CAMEO 1.1b3 has 1952 for remotely piloted munitions, but GDELT's files do not.",
      },
      acled: null,
      summary:
        'A Ukrainian drone attack during the night, as the data reads Russia’s claim that it intercepted 33 Ukrainian drones “during the night’s assault” (whose assault, the text does not say).',
      targets: [],
      evidence: [
        { start: 870, end: 886 }, // Ukrainian drones
        { start: 894, end: 913 }, // the night’s assault
      ],
    },
    {
      participants: [],
      places: [],
      time: [
        {
          kind: 'weekday',
          weekday: 'tuesday',
          evidence: [{ start: 1119, end: 1129 }], // on Tuesday
        },
      ],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 995, end: 1129 }], // a planned presidential meeting between US President Donald Trump and Russian President Vladimir Putin was abruptly canceled on Tuesday
        },
      ],
      relations: [
        {
          type: 'cancels',
          event: 'budapest-summit',
          basis: 'stated',
          evidence: [
            { start: 1097, end: 1118 }, // was abruptly canceled
            { start: 1509, end: 1527 }, // the canceled talks
          ],
        },
      ],
      type: 'cancellation',
      id: 'summit-cancellation',
      status: 'occurred',
      cameo: {
        code: '164',
        note: '“was abruptly canceled”: planned peace talks called off, which CAMEO codes as 164 (Halt negotiations: “disruptions of planned negotiations”), not 125 (refusing a proposal to meet); 161 would code a cancelled meeting that is not talks (the other reading of meeting-and-talks). The sentence does not say by whom.',
      },
      acled: null,
      summary: 'The planned Trump–Putin meeting was abruptly cancelled on Tuesday.',
      evidence: [
        { start: 970, end: 990 }, // a diplomatic setback
        { start: 1097, end: 1129 }, // was abruptly canceled on Tuesday
        { start: 1513, end: 1527 }, // canceled talks
      ],
    },
    {
      participants: [
        {
          actor: 'trump',
          role: 'participant',
          basis: 'stated',
          evidence: [{ start: 1034, end: 1059 }], // US President Donald Trump
        },
        {
          actor: 'putin',
          role: 'participant',
          basis: 'stated',
          evidence: [{ start: 1064, end: 1096 }], // Russian President Vladimir Putin
        },
      ],
      places: [
        {
          id: 'budapest',
          basis: 'implied',
          evidence: [
            { start: 1161, end: 1184 }, // peace talks in Budapest
            { start: 1509, end: 1527 }, // the canceled talks
          ],
        },
      ],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 995, end: 1096 }], // a planned presidential meeting between US President Donald Trump and Russian President Vladimir Putin
        },
      ],
      relations: [
        {
          type: 'concerns',
          event: 'russian-invasion',
          basis: 'implied',
          evidence: [{ start: 1185, end: 1208 }], // aimed at ending the war
        },
      ],
      type: 'meeting',
      id: 'budapest-summit',
      status: 'cancelled',
      cameo: {
        code: '046',
        note: '“peace talks”: CAMEO treats talks as negotiation (046), the code of the talks as they would have been held (they were called off: 164). 044 (Meet at a third location) would need the text to say that Budapest is in neither country.',
      },
      acled: null,
      summary: 'Planned peace talks in Budapest between Trump and Putin, which did not take place.',
      evidence: [
        { start: 995, end: 1096 }, // a planned presidential meeting between US President Donald Trump and Russian President Vladimir Putin
        { start: 1161, end: 1208 }, // peace talks in Budapest aimed at ending the war
        { start: 1232, end: 1241 }, // the plans
        { start: 1264, end: 1282 }, // a “wasted” meeting
        { start: 1509, end: 1527 }, // the canceled talks
      ],
    },
    {
      participants: [
        {
          actor: 'trump',
          role: 'agent',
          basis: 'stated',
          evidence: [{ start: 1131, end: 1136 }], // Trump
        },
      ],
      places: [
        {
          id: 'budapest',
          basis: 'stated',
          evidence: [{ start: 1173, end: 1184 }], // in Budapest
        },
      ],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 1131, end: 1184 }], // Trump had previously proposed peace talks in Budapest
        },
      ],
      relations: [
        {
          type: 'proposes',
          event: 'budapest-summit',
          basis: 'implied',
          evidence: [{ start: 1152, end: 1184 }], // proposed peace talks in Budapest
        },
        {
          type: 'before',
          event: 'summit-cancellation',
          basis: 'stated',
          evidence: [{ start: 1137, end: 1160 }], // had previously proposed
        },
      ],
      type: 'proposal',
      id: 'talks-proposal',
      status: 'occurred',
      cameo: {
        code: '036',
        note: '“proposed peace talks”: an offer to meet or negotiate (036).',
      },
      acled: null,
      summary: 'Trump had earlier proposed peace talks in Budapest.',
      evidence: [{ start: 1131, end: 1208 }], // Trump had previously proposed peace talks in Budapest aimed at ending the war
    },
    {
      participants: [
        {
          actor: 'trump',
          role: 'agent',
          basis: 'stated',
          evidence: [{ start: 1219, end: 1221 }], // he
        },
      ],
      places: [],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 1210, end: 1241 }], // However, he abandoned the plans
        },
      ],
      relations: [
        {
          type: 'abandons',
          event: 'budapest-summit',
          basis: 'implied',
          evidence: [{ start: 1222, end: 1241 }], // abandoned the plans
        },
        {
          type: 'after',
          event: 'talks-proposal',
          basis: 'stated',
          evidence: [{ start: 1131, end: 1241 }], // Trump had previously proposed peace talks in Budapest aimed at ending the war. However, he abandoned the plans
        },
        {
          type: 'before',
          event: 'overnight-strikes',
          basis: 'implied',
          evidence: [
            { start: 951, end: 990 }, // The attack follows a diplomatic setback
            { start: 1210, end: 1241 }, // However, he abandoned the plans
          ],
        },
        {
          type: 'during',
          event: 'pressure-to-cede-territory',
          basis: 'implied',
          evidence: [
            { start: 1243, end: 1249 }, // citing
            { start: 1284, end: 1298 }, // and continuing
          ],
        },
      ],
      type: 'abandonment',
      id: 'plans-abandonment',
      status: 'occurred',
      cameo: {
        code: '164',
        note: "“abandoned the plans” for the talks he had proposed: a disruption of planned negotiations (164 Halt negotiations), not a refusal of another's proposal to meet (125).",
      },
      acled: null,
      summary:
        'Trump abandoned the plans for the talks, citing concerns over a “wasted” meeting and (on one reading of the sentence) continuing pressure on Ukraine to cede territory in the eastern Donbas region.',
      evidence: [
        { start: 1219, end: 1282 }, // he abandoned the plans, citing concerns over a “wasted” meeting
        { start: 1284, end: 1365 }, // and continuing pressure on Ukraine to cede territory in the eastern Donbas region
      ],
    },
    {
      participants: [
        {
          actor: 'ukraine',
          role: 'target',
          basis: 'stated',
          evidence: [{ start: 1311, end: 1318 }], // Ukraine
        },
      ],
      places: [
        {
          id: 'donbas',
          basis: 'stated',
          evidence: [{ start: 1337, end: 1365 }], // in the eastern Donbas region
        },
      ],
      time: [],
      attribution: [
        {
          source: 'trump',
          mode: 'cited',
          evidence: [
            { start: 1219, end: 1221 }, // he
            { start: 1243, end: 1249 }, // citing
            { start: 1288, end: 1365 }, // continuing pressure on Ukraine to cede territory in the eastern Donbas region
          ],
        },
      ],
      relations: [],
      type: 'pressure',
      id: 'pressure-to-cede-territory',
      status: 'ongoing',
      cameo: {
        code: '105',
        note: '“pressure on Ukraine to cede territory”, read as a demand that Ukraine yield: 105 in CAMEO 1.1b3 (“Demand that target yields”), though GDELT labels 105 “Demand mediation”. The text does not say who applies it.',
      },
      acled: null,
      summary:
        'Continuing pressure on Ukraine to cede territory in the eastern Donbas region: a reason Trump cited for abandoning the plans (or pressure he kept up; the sentence allows both).',
      evidence: [{ start: 1288, end: 1365 }], // continuing pressure on Ukraine to cede territory in the eastern Donbas region
    },
    {
      participants: [
        {
          actor: 'ukraine',
          role: 'agent',
          basis: 'stated',
          evidence: [{ start: 1368, end: 1375 }], // Ukraine
        },
        {
          actor: 'european-allies',
          role: 'supporter',
          basis: 'stated',
          evidence: [{ start: 1445, end: 1485 }], // European allies supporting Kyiv’s stance
        },
      ],
      places: [],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 1368, end: 1438 }], // Ukraine has firmly rejected any suggestion of giving up land to Russia
        },
      ],
      relations: [
        {
          type: 'concerns',
          event: 'pressure-to-cede-territory',
          basis: 'implied',
          evidence: [{ start: 1396, end: 1438 }], // any suggestion of giving up land to Russia
        },
      ],
      type: 'rejection',
      id: 'land-concession-rejection',
      status: 'occurred',
      cameo: {
        code: '124',
        note: '“rejected any suggestion of giving up land”: a refusal to yield (124); no finer code is about territory.',
      },
      acled: null,
      summary: 'Ukraine rejected any suggestion of giving up land to Russia, backed by European allies.',
      evidence: [{ start: 1368, end: 1485 }], // Ukraine has firmly rejected any suggestion of giving up land to Russia, with European allies supporting Kyiv’s stance
    },
    {
      participants: [
        {
          actor: 'zelensky',
          role: 'speaker',
          basis: 'stated',
          evidence: [{ start: 1487, end: 1495 }], // Zelensky
        },
      ],
      places: [],
      time: [],
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 1487, end: 1533 }], // Zelensky, reacting to the canceled talks, said
        },
      ],
      relations: [
        {
          type: 'responds-to',
          event: 'summit-cancellation',
          basis: 'stated',
          evidence: [{ start: 1497, end: 1527 }], // reacting to the canceled talks
        },
      ],
      type: 'statement',
      id: 'zelensky-reaction',
      status: 'occurred',
      cameo: {
        code: '012',
        note: "“Russian words about diplomacy mean nothing …”: a pessimistic comment on diplomacy (012). The words also denigrate Russia's leadership, which 111 (Criticize or denounce) codes; the data keeps the statement's 01 code, reading them as a comment on what diplomacy can do.",
      },
      acled: null,
      summary: 'Zelensky reacted to the cancelled talks.',
      channel: null,
      evidence: [
        { start: 1487, end: 1533 }, // Zelensky, reacting to the canceled talks, said
        { start: 1536, end: 1645 }, // Russian words about diplomacy mean nothing as long as the Russian leadership does not feel critical problems.
      ],
    },
  ],
  quotes: [
    {
      id: 'not-enough-pressure',
      speaker: 'zelensky',
      text: 'does not feel enough pressure',
      span: { start: 300, end: 329 }, // does not feel enough pressure
      form: 'partial',
      channel: {
        medium: 'social media',
        evidence: [{ start: 242, end: 257 }], // on social media
      },
      respondsTo: 'overnight-strikes',
      about: 'russia',
      evidence: [
        { start: 300, end: 329 }, // does not feel enough pressure
        { start: 202, end: 220 }, // Volodymyr Zelensky
        { start: 259, end: 298 }, // calling it further evidence that Russia
      ],
    },
    {
      id: 'casualty-figures',
      speaker: 'zelensky',
      text: 'As of now, 17 people are known to have been injured. Unfortunately, six people were killed, among them two children,',
      span: { start: 376, end: 492 }, // As of now, 17 people are known to have been injured. Unfortunately, six people were killed, among them two children,
      form: 'direct',
      channel: null,
      respondsTo: null,
      about: 'overnight-strikes',
      evidence: [
        { start: 376, end: 492 }, // As of now, 17 people are known to have been injured. Unfortunately, six people were killed, among them two children,
        { start: 494, end: 507 }, // Zelensky said
      ],
    },
    {
      id: 'wasted-meeting',
      speaker: 'trump',
      text: 'wasted',
      span: { start: 1267, end: 1273 }, // wasted
      form: 'scare',
      channel: null,
      respondsTo: null,
      about: 'budapest-summit',
      evidence: [
        { start: 1267, end: 1273 }, // wasted
        { start: 1219, end: 1221 }, // he
        { start: 1243, end: 1265 }, // citing concerns over a
      ],
    },
    {
      id: 'russian-words-mean-nothing',
      speaker: 'zelensky',
      text: 'Russian words about diplomacy mean nothing as long as the Russian leadership does not feel critical problems.',
      span: { start: 1536, end: 1645 }, // Russian words about diplomacy mean nothing as long as the Russian leadership does not feel critical problems.
      form: 'direct',
      channel: null,
      respondsTo: 'summit-cancellation',
      about: 'russia',
      evidence: [
        { start: 1536, end: 1645 }, // Russian words about diplomacy mean nothing as long as the Russian leadership does not feel critical problems.
        { start: 1487, end: 1533 }, // Zelensky, reacting to the canceled talks, said
      ],
    },
    {
      id: 'special-military-operation',
      speaker: 'putin',
      text: 'special military operation',
      span: { start: 1722, end: 1748 }, // special military operation
      form: 'framing',
      channel: null,
      respondsTo: null,
      about: 'russian-invasion',
      evidence: [
        { start: 1722, end: 1748 }, // special military operation
        { start: 1705, end: 1720 }, // was framed as a
        { start: 1750, end: 1777 }, // by President Vladimir Putin
      ],
    },
  ],
  statistics: [
    {
      qualifiers: [],
      time: [],
      about: ['overnight-strikes', 'heating-and-power-loss'],
      partOf: null,
      unit: null,
      id: 'left-without-power',
      measure: 'left without heating and electricity',
      value: {
        kind: 'range',
        min: {
          value: 2000,
          inclusive: true,
        },
        max: {
          value: 10000,
          inclusive: false,
        },
        reading:
          '"thousands": at least two thousand (plural). The upper bound is the conventional reading ("thousands", not "tens of thousands"); the text does not force it. The text does not say thousands of what (people, households).',
      },
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 0, end: 180 }], // The strikes targeted both residential areas and critical energy infrastructure, leaving thousands without heating and electricity as the country faces freezing winter temperatures.
        },
      ],
      evidence: [
        { start: 88, end: 97 }, // thousands
        { start: 80, end: 129 }, // leaving thousands without heating and electricity
      ],
    },
    {
      qualifiers: [],
      time: [],
      about: ['russian-invasion'],
      partOf: null,
      unit: 'year',
      id: 'war-duration',
      measure: 'length of the war so far',
      value: {
        kind: 'range',
        min: {
          value: 3,
          inclusive: false,
        },
        max: {
          value: 4,
          inclusive: false,
        },
        reading:
          '"nearly four-year": less than four years, and more than three (else it would be "three-year"). The words stand outside the quotation marks, in the outlet\'s paraphrase of Zelensky, so they are the outlet\'s: the text does not show that Zelensky gave the length of the war.',
      },
      attribution: [
        {
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 182, end: 374 }], // Ukrainian President Volodymyr Zelensky condemned the attack on social media, calling it further evidence that Russia “does not feel enough pressure” to end its nearly four-year war in Ukraine.
        },
      ],
      evidence: [
        { start: 349, end: 353 }, // four
        { start: 342, end: 362 }, // nearly four-year war
      ],
    },
    {
      qualifiers: [
        {
          kind: 'as-of',
          evidence: [{ start: 376, end: 385 }], // As of now
        },
        {
          kind: 'known-so-far',
          evidence: [{ start: 397, end: 419 }], // are known to have been
        },
      ],
      time: [
        {
          kind: 'present',
          evidence: [{ start: 376, end: 385 }], // As of now
        },
      ],
      about: ['overnight-strikes'],
      partOf: null,
      unit: 'people',
      id: 'people-injured',
      measure: 'people injured',
      value: {
        kind: 'exact',
        value: 17,
      },
      attribution: [
        {
          source: 'zelensky',
          mode: 'stated',
          evidence: [{ start: 494, end: 507 }], // Zelensky said
        },
      ],
      evidence: [
        { start: 387, end: 389 }, // 17
        { start: 387, end: 427 }, // 17 people are known to have been injured
      ],
    },
    {
      qualifiers: [],
      time: [],
      about: ['overnight-strikes'],
      partOf: null,
      unit: 'people',
      id: 'people-killed',
      measure: 'people killed',
      value: {
        kind: 'exact',
        value: 6,
      },
      attribution: [
        {
          source: 'zelensky',
          mode: 'stated',
          evidence: [{ start: 494, end: 507 }], // Zelensky said
        },
      ],
      evidence: [
        { start: 444, end: 447 }, // six
        { start: 444, end: 466 }, // six people were killed
      ],
    },
    {
      qualifiers: [],
      time: [],
      about: ['overnight-strikes'],
      partOf: {
        id: 'people-killed',
        basis: 'stated',
        evidence: [{ start: 468, end: 491 }], // among them two children
      },
      unit: 'children',
      id: 'children-killed',
      measure: 'children among the people killed',
      value: {
        kind: 'exact',
        value: 2,
      },
      attribution: [
        {
          source: 'zelensky',
          mode: 'stated',
          evidence: [{ start: 494, end: 507 }], // Zelensky said
        },
      ],
      evidence: [
        { start: 479, end: 482 }, // two
        { start: 468, end: 491 }, // among them two children
      ],
    },
    {
      qualifiers: [],
      time: [
        {
          kind: 'night',
          evidence: [{ start: 567, end: 583 }], // during the night
        },
      ],
      about: ['kyiv-explosions'],
      partOf: null,
      unit: 'explosions',
      id: 'explosions-heard',
      measure: 'explosions heard in Kyiv',
      value: {
        kind: 'range',
        min: {
          value: 2,
          inclusive: true,
        },
        max: null,
        reading: '"multiple": more than one; the text gives no upper bound.',
      },
      attribution: [
        {
          source: 'journalists-in-kyiv',
          mode: 'reported',
          evidence: [{ start: 510, end: 546 }], // Journalists in Kyiv reported hearing
        },
      ],
      evidence: [
        { start: 547, end: 555 }, // multiple
        { start: 547, end: 566 }, // multiple explosions
      ],
    },
    {
      qualifiers: [],
      time: [],
      about: ['emergency-power-outages'],
      partOf: null,
      unit: 'share of regions',
      id: 'regions-with-outages',
      measure: 'share of regions with emergency power outages',
      value: {
        kind: 'range',
        min: {
          value: 0.5,
          inclusive: false,
        },
        max: {
          value: 1,
          inclusive: true,
        },
        reading:
          '"most regions": more than half of the regions, up to all of them. "Not all of them" is the usual implicature of "most", not something the text states, so the upper bound includes all.',
      },
      attribution: [
        {
          source: 'energy-ministry',
          mode: 'confirmed',
          evidence: [{ start: 639, end: 668 }], // The energy ministry confirmed
        },
      ],
      evidence: [
        { start: 726, end: 730 }, // most
        { start: 719, end: 738 }, // across most regions
      ],
    },
    {
      qualifiers: [],
      time: [
        {
          kind: 'night',
          evidence: [{ start: 887, end: 913 }], // during the night’s assault
        },
      ],
      about: ['drone-interception'],
      partOf: null,
      unit: 'drones',
      id: 'drones-intercepted',
      measure: 'Ukrainian drones Russia claimed to have intercepted',
      value: {
        kind: 'exact',
        value: 33,
      },
      attribution: [
        {
          source: 'russia',
          mode: 'claimed',
          evidence: [{ start: 832, end: 846 }], // Russia claimed
        },
      ],
      evidence: [
        { start: 867, end: 869 }, // 33
        { start: 855, end: 886 }, // intercepted 33 Ukrainian drones
      ],
    },
    {
      qualifiers: [],
      time: [],
      about: ['russian-invasion'],
      partOf: null,
      unit: 'casualties',
      id: 'war-casualties',
      measure: 'civilian and military casualties of the war',
      value: {
        kind: 'range',
        min: {
          value: 20000,
          inclusive: true,
        },
        max: {
          value: 100000,
          inclusive: false,
        },
        reading: '"tens of thousands": at least two tens of thousands (plural), and fewer than a hundred thousand.',
      },
      attribution: [
        {
          source: 'kyiv-and-allies',
          mode: 'argued',
          evidence: [{ start: 1851, end: 1876 }], // Kyiv and its allies argue
        },
      ],
      evidence: [
        { start: 1930, end: 1947 }, // tens of thousands
        { start: 1930, end: 1983 }, // tens of thousands of civilian and military casualties
      ],
    },
  ],
  claims: [
    {
      id: 'russia-lacks-pressure',
      summary: 'Zelensky called the attack further evidence that Russia does not feel enough pressure to end its war.',
      attribution: [
        {
          source: 'zelensky',
          mode: 'stated',
          evidence: [
            { start: 202, end: 220 }, // Volodymyr Zelensky
            { start: 259, end: 286 }, // calling it further evidence
          ],
        },
      ],
      about: ['russia', 'overnight-strikes', 'russian-invasion'],
      relations: [],
      evidence: [
        { start: 202, end: 220 }, // Volodymyr Zelensky
        { start: 259, end: 373 }, // calling it further evidence that Russia “does not feel enough pressure” to end its nearly four-year war in Ukraine
      ],
    },
    {
      id: 'no-significant-damage',
      summary:
        'Russia reported no significant damage. The text does not say where, or from what; the data reads it as damage from the Ukrainian drone assault.',
      attribution: [
        {
          source: 'russia',
          mode: 'reported',
          evidence: [
            { start: 832, end: 838 }, // Russia
            { start: 918, end: 948 }, // reported no significant damage
          ],
        },
      ],
      about: ['ukrainian-drone-assault'],
      relations: [],
      evidence: [
        { start: 832, end: 838 }, // Russia
        { start: 918, end: 948 }, // reported no significant damage
      ],
    },
    {
      id: 'russia-intercepted-drones',
      summary: 'Russia claimed to have intercepted 33 Ukrainian drones during the night’s assault.',
      attribution: [
        {
          source: 'russia',
          mode: 'claimed',
          evidence: [{ start: 832, end: 846 }], // Russia claimed
        },
      ],
      about: ['drone-interception', 'ukrainian-drone-assault'],
      relations: [],
      evidence: [{ start: 832, end: 913 }], // Russia claimed to have intercepted 33 Ukrainian drones during the night’s assault
    },
    {
      id: 'meeting-would-be-wasted',
      summary: 'Trump cited concerns over a “wasted” meeting.',
      attribution: [
        {
          source: 'trump',
          mode: 'cited',
          evidence: [
            { start: 1219, end: 1221 }, // he
            { start: 1243, end: 1282 }, // citing concerns over a “wasted” meeting
          ],
        },
      ],
      about: ['budapest-summit'],
      relations: [],
      evidence: [
        { start: 1219, end: 1221 }, // he
        { start: 1243, end: 1282 }, // citing concerns over a “wasted” meeting
      ],
    },
    {
      id: 'pressure-on-ukraine-cited',
      summary:
        'Trump cited continuing pressure on Ukraine to cede territory in the eastern Donbas region (on one reading of the sentence: on the other he kept up that pressure).',
      attribution: [
        {
          source: 'trump',
          mode: 'cited',
          evidence: [
            { start: 1219, end: 1221 }, // he
            { start: 1243, end: 1249 }, // citing
          ],
        },
      ],
      about: ['pressure-to-cede-territory', 'plans-abandonment'],
      relations: [],
      evidence: [
        { start: 1219, end: 1221 }, // he
        { start: 1243, end: 1249 }, // citing
        { start: 1288, end: 1365 }, // continuing pressure on Ukraine to cede territory in the eastern Donbas region
      ],
    },
    {
      id: 'no-land-for-russia',
      summary: 'Ukraine has firmly rejected any suggestion of giving up land to Russia, with European allies supporting it.',
      attribution: [
        {
          source: 'ukraine',
          mode: 'held',
          evidence: [{ start: 1368, end: 1438 }], // Ukraine has firmly rejected any suggestion of giving up land to Russia
        },
        {
          source: 'european-allies',
          mode: 'supported',
          evidence: [{ start: 1445, end: 1485 }], // European allies supporting Kyiv’s stance
        },
      ],
      about: ['pressure-to-cede-territory', 'land-concession-rejection'],
      relations: [],
      evidence: [{ start: 1368, end: 1485 }], // Ukraine has firmly rejected any suggestion of giving up land to Russia, with European allies supporting Kyiv’s stance
    },
    {
      id: 'russian-diplomacy-is-empty',
      summary: 'Zelensky said Russian words about diplomacy mean nothing as long as the Russian leadership does not feel critical problems.',
      attribution: [
        {
          source: 'zelensky',
          mode: 'stated',
          evidence: [{ start: 1487, end: 1533 }], // Zelensky, reacting to the canceled talks, said
        },
      ],
      about: ['russia', 'summit-cancellation'],
      relations: [],
      evidence: [
        { start: 1487, end: 1533 }, // Zelensky, reacting to the canceled talks, said
        { start: 1536, end: 1645 }, // Russian words about diplomacy mean nothing as long as the Russian leadership does not feel critical problems.
      ],
    },
    {
      id: 'invasion-is-special-operation',
      summary: 'Putin framed the invasion as a “special military operation”.',
      attribution: [
        {
          source: 'putin',
          mode: 'framed',
          evidence: [{ start: 1705, end: 1777 }], // was framed as a “special military operation” by President Vladimir Putin
        },
      ],
      about: ['russian-invasion'],
      relations: [],
      evidence: [{ start: 1705, end: 1777 }], // was framed as a “special military operation” by President Vladimir Putin
    },
    {
      id: 'invasion-aims',
      summary: 'Putin framed the invasion as aimed at demilitarising Ukraine and preventing NATO expansion.',
      attribution: [
        {
          source: 'putin',
          mode: 'framed',
          evidence: [{ start: 1705, end: 1777 }], // was framed as a “special military operation” by President Vladimir Putin
        },
      ],
      about: ['russian-invasion', 'ukraine', 'nato'],
      relations: [],
      evidence: [
        { start: 1705, end: 1777 }, // was framed as a “special military operation” by President Vladimir Putin
        { start: 1779, end: 1840 }, // aimed at demilitarizing Ukraine and preventing NATO expansion
      ],
    },
    {
      id: 'war-is-illegal-land-grab',
      summary: 'Kyiv and its allies argue that the war is an illegal land grab that has caused tens of thousands of casualties and widespread destruction.',
      attribution: [
        {
          source: 'kyiv-and-allies',
          mode: 'argued',
          evidence: [{ start: 1851, end: 1876 }], // Kyiv and its allies argue
        },
      ],
      about: ['russian-invasion'],
      relations: [
        {
          type: 'contradicts',
          claim: 'invasion-is-special-operation',
          basis: 'implied',
          evidence: [{ start: 1842, end: 1849 }], // However
        },
        {
          type: 'contradicts',
          claim: 'invasion-aims',
          basis: 'implied',
          evidence: [{ start: 1842, end: 1849 }], // However
        },
      ],
      evidence: [
        { start: 1851, end: 1876 }, // Kyiv and its allies argue
        { start: 1882, end: 2010 }, // the war is an illegal land grab that has caused tens of thousands of civilian and military casualties and widespread destruction
      ],
    },
  ],
  context: {
    sources: [
      {
        id: 'wikidata',
        name: 'Wikidata',
        url: 'https://www.wikidata.org/',
        published: null,
      },
      {
        id: 'afp-dawn',
        name: 'AFP report of the same night, as published by Dawn',
        url: 'https://www.dawn.com/news/1950693',
        published: '2025-10-23',
      },
    ],
    facts: [
      {
        kind: 'wikidata',
        record: 'zelensky',
        qid: 'Q3874799',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'trump',
        qid: 'Q22686',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'putin',
        qid: 'Q7747',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'ukraine',
        qid: 'Q212',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'russia',
        qid: 'Q159',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'united-states',
        qid: 'Q30',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'nato',
        qid: 'Q7184',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'ukraine-country',
        qid: 'Q212',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'kyiv',
        qid: 'Q1899',
        source: 'wikidata',
      },
      {
        kind: 'wikidata',
        record: 'budapest',
        qid: 'Q1781',
        source: 'wikidata',
      },
      {
        kind: 'date',
        record: 'overnight-strikes',
        date: '2025-10-21/2025-10-22',
        source: 'afp-dawn',
      },
      {
        kind: 'date',
        record: 'summit-cancellation',
        date: '2025-10-21',
        source: 'afp-dawn',
      },
    ],
  },
  ambiguities: [
    {
      id: 'who-struck',
      question: 'Who carried out the strikes?',
      records: ['overnight-strikes'],
      chosen: {
        reading:
          'Russia, implied by Zelensky: he called the attack evidence that Russia "does not feel enough pressure". The outlet never names the attacker in its own voice.',
        evidence: [{ start: 259, end: 330 }], // calling it further evidence that Russia “does not feel enough pressure”
      },
      alternatives: [
        {
          reading: 'Nobody the text names: the strikes have no stated agent at all.',
          evidence: [{ start: 0, end: 78 }], // The strikes targeted both residential areas and critical energy infrastructure
        },
      ],
      note: 'Russia is the agent with basis "implied"; a user who wants only what the text states drops it.',
    },
    {
      id: 'nearly-four-year',
      question: 'Is "nearly four-year" Zelensky’s description of the war, or the outlet’s?',
      records: ['war-duration', 'russian-invasion'],
      chosen: {
        reading: 'The outlet’s: the words stand outside the quotation marks, in its paraphrase of Zelensky.',
        evidence: [{ start: 338, end: 373 }], // its nearly four-year war in Ukraine
      },
      alternatives: [
        {
          reading: 'Zelensky’s: the paraphrase reports what he said, and the length may be part of it.',
          evidence: [{ start: 259, end: 298 }], // calling it further evidence that Russia
        },
      ],
      note: 'Words outside quotation marks are the outlet’s, so the figure is narrated by Punch; taking the other reading makes it stated by Zelensky.',
    },
    {
      id: 'where-struck',
      question: 'Where did the strikes hit?',
      records: ['overnight-strikes', 'kyiv-explosions'],
      chosen: {
        reading:
          'In the country the story is about: "the country faces freezing winter temperatures"; the explosions are in Kyiv, where the journalists heard them.',
        evidence: [{ start: 130, end: 179 }], // as the country faces freezing winter temperatures
      },
      alternatives: [
        {
          reading: 'In Kyiv: the explosions the journalists heard there, and the smoke above the capital, may be the strikes themselves.',
          evidence: [{ start: 510, end: 583 }], // Journalists in Kyiv reported hearing multiple explosions during the night
        },
      ],
      note: 'The strikes are placed in the country ("implied"); the explosions are "during" them ("implied"), in Kyiv ("implied"). On the other reading the strikes would also be placed in Kyiv.',
    },
    {
      id: 'invasion-and-war',
      question: 'Are the invasion "launched in February 2022" and "its nearly four-year war" one event?',
      records: [
        'russian-invasion',
        'overnight-strikes',
        'budapest-summit',
        'war-duration',
        'war-casualties',
        'war-is-illegal-land-grab',
        'russia-lacks-pressure',
      ],
      chosen: {
        reading: 'Yes: one event, the invasion and the war it began, still going on.',
        evidence: [{ start: 1648, end: 1703 }], // Russia’s invasion of Ukraine, launched in February 2022
      },
      alternatives: [
        {
          reading: 'Two: the invasion of February 2022, and the war since.',
          evidence: [{ start: 338, end: 373 }], // its nearly four-year war in Ukraine
        },
      ],
      note: 'The invasion is "ongoing", dated February 2022, and lasts "nearly four" years. On the other reading the records that name "the war" (the strikes during it, the talks to end it, its length and casualties, the claims about it) would point at a war event of their own.',
    },
    {
      id: 'as-of-now',
      question: 'Does "As of now" qualify the deaths as well as the injuries?',
      records: ['people-injured', 'people-killed', 'children-killed'],
      chosen: {
        reading: 'Only the injuries: "As of now" opens the sentence about the 17 injured.',
        evidence: [{ start: 376, end: 428 }], // As of now, 17 people are known to have been injured.
      },
      alternatives: [
        {
          reading: 'Both figures: the quotation goes on to the deaths, which may be counted as of now too.',
          evidence: [{ start: 429, end: 492 }], // Unfortunately, six people were killed, among them two children,
        },
      ],
      note: 'Of the figures, only people-injured carries the qualifiers "as-of" and "known-so-far" and the present time; on the other reading the deaths would carry them too.',
    },
    {
      id: 'casualties-of-what',
      question: 'Are Zelensky’s casualty figures about these strikes?',
      records: ['people-injured', 'people-killed', 'children-killed', 'zelensky-casualty-statement', 'casualty-figures'],
      chosen: {
        reading: 'Yes: they follow his condemnation of the attack, in the same paragraph.',
        evidence: [{ start: 376, end: 492 }], // As of now, 17 people are known to have been injured. Unfortunately, six people were killed, among them two children,
      },
      alternatives: [
        {
          reading: 'A tally for the whole night, or a wider period: the quotation itself names no attack.',
          evidence: [{ start: 429, end: 492 }], // Unfortunately, six people were killed, among them two children,
        },
      ],
      note: 'The statement "reports" the strikes with basis "implied"; the figures\' `about` has no basis of its own, so it is recorded here.',
    },
    {
      id: 'figures-channel',
      question: 'Did Zelensky give the casualty figures in the same social-media post as his condemnation?',
      records: ['casualty-figures', 'zelensky-casualty-statement'],
      chosen: {
        reading: 'Not said: the figures have no channel; the text names social media only for the condemnation.',
        evidence: [{ start: 202, end: 257 }], // Volodymyr Zelensky condemned the attack on social media
      },
      alternatives: [
        {
          reading: 'The same post: the quotation follows the condemnation in the same paragraph.',
          evidence: [{ start: 375, end: 507 }], // “As of now, … two children,” Zelensky said
        },
      ],
      note: 'The quote and the statement have channel null; on the other reading both would have the condemnation’s channel, social media.',
    },
    {
      id: 'follows-how',
      question: 'Does "The attack follows a diplomatic setback" say only that the attack came after it, or that it came because of it?',
      records: ['overnight-strikes'],
      chosen: {
        reading: 'Only sequence: the strikes came after the cancellation ("after", stated).',
        evidence: [{ start: 951, end: 990 }], // The attack follows a diplomatic setback
      },
      alternatives: [
        {
          reading: 'Consequence: the attack came in the wake of the setback, as its result, which the juxtaposition hints and the text does not say.',
          evidence: [{ start: 951, end: 1129 }], // The attack follows … was abruptly canceled on Tuesday
        },
      ],
      note: 'The relation is "after", not "results-from"; on the other reading it would be "results-from", with basis "implied".',
    },
    {
      id: 'smoke-reported-by',
      question: 'Is the plume of smoke above the capital part of what the journalists reported?',
      records: ['kyiv-explosions'],
      chosen: {
        reading: 'Yes: it continues the sentence of their report.',
        evidence: [{ start: 510, end: 546 }], // Journalists in Kyiv reported hearing
      },
      alternatives: [
        {
          reading: 'The outlet’s own narration, added to the report.',
          evidence: [{ start: 585, end: 637 }], // with a large plume of smoke rising above the capital
        },
      ],
      note: 'The explosions, smoke included, are attributed to the journalists ("reported"); on the other reading the smoke would be narrated by Punch.',
    },
    {
      id: 'which-hit',
      question: 'Is "which hit vital energy infrastructure" part of what the energy ministry confirmed?',
      records: ['overnight-strikes', 'ministry-confirmation'],
      chosen: {
        reading: 'Yes: the clause belongs to the strikes named in what the ministry confirmed.',
        evidence: [{ start: 639, end: 673 }], // The energy ministry confirmed that
      },
      alternatives: [
        {
          reading: 'The outlet’s own clause about the strikes.',
          evidence: [{ start: 767, end: 804 }], // which hit vital energy infrastructure
        },
      ],
      note: 'That the strikes hit energy infrastructure is then confirmed by the ministry, not narrated by Punch.',
    },
    {
      id: 'whose-assault',
      question: 'Whose assault is "the night’s assault" during which Russia says it intercepted 33 Ukrainian drones?',
      records: ['ukrainian-drone-assault', 'drone-interception', 'no-significant-damage', 'russia-intercepted-drones', 'russia-statement'],
      chosen: {
        reading: 'A Ukrainian drone attack, the one the drones belonged to.',
        evidence: [{ start: 867, end: 913 }], // 33 Ukrainian drones during the night’s assault
      },
      alternatives: [
        {
          reading: 'The Russian strikes the article is about, during which Russia intercepted Ukrainian drones.',
          evidence: [
            { start: 754, end: 765 }, // the strikes
            { start: 951, end: 969 }, // The attack follows
          ],
        },
      ],
      note: 'The Ukrainian drone assault is modelled as an event known only from Russia’s claim ("claimed"); the interception is "during" it and the statement "reports" it, both with basis "implied", and Russia as its target is a second inference (from the interception and the damage report). "Ukrainian" and "assault" are the outlet’s words in its paraphrase of Russia, but they are not taken as the outlet’s own assertion of a Ukrainian attack, which the text does not make. On the other reading there is no Ukrainian assault event.',
    },
    {
      id: 'damage-from-what',
      question: 'What is Russia’s "no significant damage" about?',
      records: ['no-significant-damage'],
      chosen: {
        reading: 'The Ukrainian drone assault: the damage it did, or failed to do, on Russia’s side.',
        evidence: [{ start: 867, end: 913 }], // 33 Ukrainian drones during the night’s assault
      },
      alternatives: [
        {
          reading: 'No damage in general: the text does not say where, or from what.',
          evidence: [{ start: 914, end: 948 }], // but reported no significant damage
        },
      ],
      note: 'The claim is about the assault; its summary keeps the doubt. This reading depends on whose-assault: if "the night’s assault" is the Russian strikes, there is no Ukrainian assault, and the claim would be about the interception.',
    },
    {
      id: 'cancelled-by-whom',
      question: 'Is Trump’s abandoning the plans the cancellation of the meeting?',
      records: ['summit-cancellation', 'plans-abandonment'],
      chosen: {
        reading: 'Two events: the meeting "was abruptly canceled" (by nobody the text names), and Trump "abandoned the plans".',
        evidence: [{ start: 1097, end: 1129 }], // was abruptly canceled on Tuesday
      },
      alternatives: [
        {
          reading: 'One event: Trump’s abandoning the plans is the cancellation, and he is its agent.',
          evidence: [{ start: 1210, end: 1241 }], // However, he abandoned the plans
        },
      ],
      note: 'The cancellation has no agent. The abandonment is before the strikes with basis "implied": it is part of the "diplomatic setback" the attack follows. The text does not order the cancellation and the abandonment: timeline() lists them in text order. On the other reading Trump would be the cancellation’s agent.',
    },
    {
      id: 'meeting-and-talks',
      question: 'Are the planned presidential meeting and the proposed peace talks in Budapest one event?',
      records: ['budapest-summit', 'talks-proposal', 'plans-abandonment', 'summit-cancellation', 'zelensky-reaction'],
      chosen: {
        reading: 'Yes: one meeting, in Budapest, the one proposed, cancelled and called "the canceled talks".',
        evidence: [{ start: 995, end: 1096 }], // a planned presidential meeting between US President Donald Trump and Russian President Vladimir Putin
      },
      alternatives: [
        {
          reading: 'The talks are a wider process, and the meeting one summit in it.',
          evidence: [{ start: 1161, end: 1184 }], // peace talks in Budapest
        },
      ],
      note: 'So the summit is in Budapest, concerns the war, and is what the proposal "proposes" and the abandonment "abandons", each with basis "implied". On the other reading the proposal and the abandonment would be of the wider talks, and the summit would have no place.',
    },
    {
      id: 'whose-word-wasted',
      question: 'Is "wasted" Trump’s word?',
      records: ['wasted-meeting', 'meeting-would-be-wasted'],
      chosen: {
        reading: 'Yes: a scare quote of his word, in a concern he cited.',
        evidence: [{ start: 1250, end: 1282 }], // concerns over a “wasted” meeting
      },
      alternatives: [
        {
          reading: 'The outlet’s quotation marks, setting the word apart: the text does not say Trump used it.',
          evidence: [{ start: 1266, end: 1274 }], // “wasted”
        },
      ],
      note: 'The quote’s speaker is Trump, its form "scare"; on the other reading the quote would have no speaker the text names.',
    },
    {
      id: 'pressure-who',
      question: 'Who is behind the "continuing pressure on Ukraine to cede territory"?',
      records: ['pressure-to-cede-territory', 'pressure-on-ukraine-cited', 'plans-abandonment'],
      chosen: {
        reading:
          'A second reason Trump cited for abandoning the plans: "citing concerns over a “wasted” meeting, and continuing pressure on Ukraine …"; who applies the pressure is not said.',
        evidence: [{ start: 1219, end: 1365 }], // he abandoned the plans, citing concerns over a “wasted” meeting, and continuing pressure on Ukraine to cede territory in the eastern Donbas region
      },
      alternatives: [
        {
          reading: 'Pressure Trump kept up: "continuing" as a participle, like "citing", so that he continued pressing Ukraine.',
          evidence: [{ start: 1284, end: 1318 }], // and continuing pressure on Ukraine
        },
      ],
      note: 'Every reading ties the pressure to Trump. The pressure is attributed to him ("cited") and has no agent; on the other reading Trump would be its agent, the pressure would be narrated by Punch, and pressure-on-ukraine-cited would not exist.',
    },
    {
      id: 'aims-framed-by',
      question: 'Are the invasion’s aims, "demilitarizing Ukraine and preventing NATO expansion", Putin’s framing or the outlet’s account?',
      records: ['invasion-aims', 'war-is-illegal-land-grab'],
      chosen: {
        reading: 'Putin’s framing: the phrase continues what "was framed as … by President Vladimir Putin", and Kyiv and its allies answer it.',
        evidence: [{ start: 1705, end: 1777 }], // was framed as a “special military operation” by President Vladimir Putin
      },
      alternatives: [
        {
          reading: 'The outlet’s own account of the invasion’s aims, the participle attaching to "Russia’s invasion of Ukraine".',
          evidence: [
            { start: 1648, end: 1676 }, // Russia’s invasion of Ukraine
            { start: 1779, end: 1840 }, // aimed at demilitarizing Ukraine and preventing NATO expansion
          ],
        },
      ],
      note: 'The aims are a claim framed by Putin, which Kyiv and its allies contradict (basis "implied", from "However"). On the other reading the aims would be narrated by Punch, stated as fact, which is why the data does not take it.',
    },
    {
      id: 'casualties-argued-by',
      question: 'Is "that has caused tens of thousands of … casualties" part of what Kyiv and its allies argue?',
      records: ['war-casualties', 'war-is-illegal-land-grab'],
      chosen: {
        reading: 'Yes: it continues the clause they argue.',
        evidence: [{ start: 1851, end: 1876 }], // Kyiv and its allies argue
      },
      alternatives: [
        {
          reading: 'The outlet’s own description of the war, inside the paraphrase.',
          evidence: [{ start: 1914, end: 2010 }], // that has caused tens of thousands of civilian and military casualties and widespread destruction
        },
      ],
      note: 'The figure is argued by Kyiv and its allies, the more cautious reading.',
    },
    {
      id: 'power-loss-and-outages',
      question: 'Are the emergency power outages what left thousands without electricity?',
      records: ['heating-and-power-loss', 'emergency-power-outages'],
      chosen: {
        reading: 'Not said: two events, with no relation between them.',
        evidence: [{ start: 80, end: 129 }], // leaving thousands without heating and electricity
      },
      alternatives: [
        {
          reading: 'The outages are (part of) what left them without electricity.',
          evidence: [{ start: 674, end: 738 }], // emergency power outages had been implemented across most regions
        },
      ],
      note: 'The loss results from the strikes ("stated"); the outages respond to them ("stated").',
    },
    {
      id: 'kyiv-the-state',
      question: 'Which is "Kyiv": the city, or Ukraine’s government?',
      records: ['ukraine', 'kyiv', 'kyiv-and-allies', 'journalists-in-kyiv'],
      chosen: {
        reading: 'The government (the state Ukraine) in "Kyiv’s stance" and "Kyiv and its allies"; the city in "Journalists in Kyiv" and "the capital".',
        evidence: [
          { start: 1472, end: 1485 }, // Kyiv’s stance
          { start: 510, end: 529 }, // Journalists in Kyiv
        ],
      },
      alternatives: [
        {
          reading: 'The city throughout.',
          evidence: [{ start: 1851, end: 1870 }], // Kyiv and its allies
        },
      ],
      note: 'A metonym: the capital for the government, as "Washington" for the United States.',
    },
    {
      id: 'allies-who',
      question: 'Who are "its allies" in "Kyiv and its allies"?',
      records: ['kyiv-and-allies', 'european-allies'],
      chosen: {
        reading: 'Unnamed: the group’s only member the text identifies is Ukraine.',
        evidence: [{ start: 1851, end: 1870 }], // Kyiv and its allies
      },
      alternatives: [
        {
          reading: 'The "European allies" named in the paragraph before, among others.',
          evidence: [{ start: 1445, end: 1460 }], // European allies
        },
      ],
      note: 'The European allies are not made members: the text does not say so.',
    },
    {
      id: 'source-or-publisher',
      question: 'Is Punch the publisher of the text, or the source it credits?',
      records: ['punch'],
      chosen: {
        reading: 'The publisher: the text is Punch’s report.',
        evidence: [{ start: 2013, end: 2026 }], // Source: Punch
      },
      alternatives: [
        {
          reading: 'The credited source of a republished text.',
          evidence: [{ start: 2013, end: 2026 }], // Source: Punch
        },
      ],
      note: 'Narrated attributions name Punch as the outlet whose voice the text is; on the other reading they would name an unknown original outlet, which the model cannot name.',
    },
  ],
};
