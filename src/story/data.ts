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
      summary: 'Strikes targeted residential areas and hit energy infrastructure in Ukraine.',
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
          type: 'after',
          event: 'overnight-strikes',
          basis: 'implied',
          evidence: [{ start: 80, end: 87 }], // leaving
        },
      ],
      type: 'power-outage',
      id: 'heating-and-power-loss',
      status: 'occurred',
      summary: 'Thousands were left without heating and electricity as freezing winter temperatures set in.',
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
      time: [],
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
      summary: 'Multiple explosions were heard in Kyiv during the night, and smoke rose above the capital.',
      evidence: [{ start: 547, end: 637 }], // multiple explosions during the night, with a large plume of smoke rising above the capital
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
      summary: 'Emergency power outages were implemented across most regions in response to the strikes.',
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
      ],
      type: 'statement',
      id: 'russia-statement',
      status: 'occurred',
      summary: 'Russia issued a separate statement on drones it intercepted and damage.',
      channel: null,
      evidence: [
        { start: 807, end: 830 }, // In a separate statement
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
        {
          actor: 'ukraine',
          role: 'target',
          basis: 'stated',
          evidence: [{ start: 870, end: 879 }], // Ukrainian
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
      type: 'interception',
      id: 'drone-interception',
      status: 'occurred',
      summary: 'Russia says it intercepted 33 Ukrainian drones during the night.',
      evidence: [{ start: 855, end: 913 }], // intercepted 33 Ukrainian drones during the night’s assault
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
          basis: 'stated',
          evidence: [{ start: 1185, end: 1208 }], // aimed at ending the war
        },
      ],
      type: 'meeting',
      id: 'budapest-summit',
      status: 'cancelled',
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
          basis: 'stated',
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
          basis: 'stated',
          evidence: [{ start: 1222, end: 1241 }], // abandoned the plans
        },
        {
          type: 'after',
          event: 'talks-proposal',
          basis: 'stated',
          evidence: [{ start: 1131, end: 1241 }], // Trump had previously proposed peace talks in Budapest aimed at ending the war. However, he abandoned the plans
        },
      ],
      type: 'abandonment',
      id: 'plans-abandonment',
      status: 'occurred',
      summary: 'Trump abandoned the plans for the talks, citing concerns over a “wasted” meeting.',
      evidence: [{ start: 1219, end: 1282 }], // he abandoned the plans, citing concerns over a “wasted” meeting
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
          source: 'punch',
          mode: 'narrated',
          evidence: [{ start: 1288, end: 1365 }], // continuing pressure on Ukraine to cede territory in the eastern Donbas region
        },
      ],
      relations: [],
      type: 'pressure',
      id: 'pressure-to-cede-territory',
      status: 'ongoing',
      summary: 'Continuing pressure on Ukraine to cede territory in the eastern Donbas region.',
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
      summary: 'Zelensky reacted to the cancelled talks.',
      channel: null,
      evidence: [{ start: 1487, end: 1533 }], // Zelensky, reacting to the canceled talks, said
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
      respondsTo: 'overnight-strikes',
      about: null,
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
      about: null,
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
        reading: '"thousands": at least two thousand (plural). The upper bound is the conventional reading ("thousands", not "tens of thousands"); the text does not force it. The text does not say thousands of what (people, households).',
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
        reading: '"nearly four-year": less than four years, and more than three (else it would be "three-year"). The words stand in a paraphrase of Zelensky\'s statement, so they are attributed to him; they may be the outlet\'s.',
      },
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
      time: [],
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
          inclusive: false,
        },
        reading: '"most regions": more than half of the regions. "Not all of them" is the usual implicature of "most", not something the text states.',
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
      time: [],
      about: ['drone-interception'],
      partOf: null,
      unit: 'drones',
      id: 'drones-intercepted',
      measure: 'Ukrainian drones Russia says it intercepted',
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
      summary: 'The attack shows that Russia does not feel enough pressure to end the war.',
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
      summary: 'There was no significant damage (Russia’s report; the text does not say where, or from what).',
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
      about: ['drone-interception'],
      relations: [],
      evidence: [
        { start: 832, end: 838 }, // Russia
        { start: 918, end: 948 }, // reported no significant damage
      ],
    },
    {
      id: 'russia-intercepted-drones',
      summary: 'Russia intercepted 33 Ukrainian drones during the night.',
      attribution: [
        {
          source: 'russia',
          mode: 'claimed',
          evidence: [{ start: 832, end: 846 }], // Russia claimed
        },
      ],
      about: ['drone-interception'],
      relations: [],
      evidence: [{ start: 832, end: 913 }], // Russia claimed to have intercepted 33 Ukrainian drones during the night’s assault
    },
    {
      id: 'meeting-would-be-wasted',
      summary: 'The meeting risked being “wasted” (a concern Trump cited).',
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
      id: 'no-land-for-russia',
      summary: 'Ukraine rejects giving up land to Russia.',
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
      summary: 'Russia’s words about diplomacy mean nothing while its leadership does not feel critical problems.',
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
      summary: 'The invasion is a “special military operation”.',
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
      summary: 'The invasion aims to demilitarise Ukraine and prevent NATO expansion.',
      attribution: [
        {
          source: 'putin',
          mode: 'framed',
          evidence: [{ start: 1705, end: 1777 }], // was framed as a “special military operation” by President Vladimir Putin
        },
      ],
      about: ['russian-invasion', 'nato'],
      relations: [],
      evidence: [
        { start: 1705, end: 1777 }, // was framed as a “special military operation” by President Vladimir Putin
        { start: 1779, end: 1840 }, // aimed at demilitarizing Ukraine and preventing NATO expansion
      ],
    },
    {
      id: 'war-is-illegal-land-grab',
      summary: 'The war is an illegal land grab that has caused tens of thousands of casualties and widespread destruction.',
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
          basis: 'stated',
          evidence: [{ start: 1842, end: 1849 }], // However
        },
        {
          type: 'contradicts',
          claim: 'invasion-aims',
          basis: 'stated',
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
};
