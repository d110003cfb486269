// What the reading view shows, computed in Node from the built package's own data and helpers:
// every evidence span as one highlight, the text cut into segments at every span boundary (each
// with the records `recordsAt` finds there), a card per record, and the three side panels.
// Nothing here names a record id; every list comes from the data or a query helper.

/** The record collections, in the order the article lists them, with the kind the view shows. */
export const KINDS = Object.freeze([
  { collection: 'actors', kind: 'actor', label: 'Actor' },
  { collection: 'places', kind: 'place', label: 'Place' },
  { collection: 'events', kind: 'event', label: 'Event' },
  { collection: 'quotes', kind: 'quote', label: 'Quote' },
  { collection: 'statistics', kind: 'statistic', label: 'Statistic' },
  { collection: 'claims', kind: 'claim', label: 'Claim' },
]);

/** A gloss of each attribution mode, from the model's own documentation of `AttributionMode`. */
const MODE_GLOSS = {
  narrated: 'in the outlet’s own voice',
  reported: 'reported by the source',
  confirmed: 'confirmed by the source',
  stated: 'said by the source',
  claimed: 'claimed; the text does not vouch for it',
  cited: 'given by the source as a reason',
  held: 'a position the text ascribes to the source',
  found: 'the finding of a court, inquiry or investigation',
  supported: 'the source backs another party’s position',
  argued: 'argued by the source against another view',
  framed: 'the source’s own framing',
};

/** What each quote form means, from the model's documentation of `QuoteForm`. */
const FORM_GLOSS = {
  direct: 'a full quoted utterance',
  partial: 'a fragment quoted inside paraphrase',
  scare: 'a word quoted to distance the writer from it',
  framing: 'a term one side uses for something',
};

const number = new Intl.NumberFormat('en');

/** `≥ 2,000 and < 10,000`, or `6`. */
export function formatQuantity(value) {
  if (value.kind === 'exact') return number.format(value.value);
  const ends = [];
  if (value.min !== null) ends.push(`${value.min.inclusive ? '≥' : '>'} ${number.format(value.min.value)}`);
  if (value.max !== null) ends.push(`${value.max.inclusive ? '≤' : '<'} ${number.format(value.max.value)}`);
  return ends.length === 0 ? 'any value' : ends.join(' and ');
}

/** The value with its unit, as the figures panel and the cards show it. */
export function formatStatistic(statistic) {
  const amount = formatQuantity(statistic.value);
  return statistic.unit === null ? `${amount} (the text gives no unit)` : `${amount} ${statistic.unit}`;
}

function truncate(words, max) {
  return words.length <= max ? words : `${words.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Builds the view model.
 *
 * @param pkg - the built package's module namespace (`article` and the query helpers)
 * @returns `{ text, paragraphs, kinds, spans, segments, records, panels, problems }`; `problems`
 *   lists what the view could not place (empty for a consistent article)
 */
export function viewModel(pkg) {
  const { article, evidenceOf, recordsAt, timeline, quotesBy, statisticsAbout, partsOf, mentioning, ambiguitiesOf, describeCameoCode } = pkg;
  const text = article.text;
  const words = (span) => text.slice(span.start, span.end);
  const problems = [];

  const entries = KINDS.flatMap(({ collection, kind }) => article[collection].map((record) => ({ collection, kind, record })));
  const byId = new Map();
  for (const entry of entries) {
    if (byId.has(entry.record.id)) problems.push({ id: entry.record.id, problem: 'duplicate id: only the first record is shown' });
    else byId.set(entry.record.id, entry);
  }

  /** A short name for a record, for lists of related records. */
  const label = (id) => {
    const entry = byId.get(id);
    if (entry === undefined) return `${id} (not in the article)`;
    const r = entry.record;
    switch (entry.collection) {
      case 'actors':
      case 'places':
        return r.name;
      case 'quotes':
        return `“${truncate(r.text, 60)}”`;
      case 'statistics':
        return r.measure;
      default:
        return truncate(r.summary, 80);
    }
  };

  // --- Spans: one highlight per evidence span, in text order (which is also the tab order).
  const spans = entries
    .flatMap((entry) =>
      evidenceOf(article, entry.record.id).map((span, nth, all) => ({
        record: entry.record.id,
        kind: entry.kind,
        start: span.start,
        end: span.end,
        text: span.text,
        nth: nth + 1,
        of: all.length,
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end || KINDS.findIndex((k) => k.kind === a.kind) - KINDS.findIndex((k) => k.kind === b.kind))
    .map((span, index) => ({ index, ...span }));

  // --- Segments: each paragraph cut at every span boundary inside it.
  const paragraphs = article.paragraphs.map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const s of spans) {
      if (s.start > paragraph.start && s.start < paragraph.end) cuts.add(s.start);
      if (s.end > paragraph.start && s.end < paragraph.end) cuts.add(s.end);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    return { start: paragraph.start, end: paragraph.end, segments: bounds.slice(1).map((end, i) => ({ start: bounds[i], end })) };
  });
  const segments = [];
  for (const paragraph of paragraphs) {
    paragraph.segments = paragraph.segments.map(({ start, end }) => {
      const covering = spans.filter((s) => s.start <= start && end <= s.end);
      const here = recordsAt(article, start).map((e) => e.record.id);
      const fromSpans = [...new Set(covering.map((s) => s.record))];
      if (here.length !== fromSpans.length || here.some((id) => !fromSpans.includes(id))) {
        throw new Error(`recordsAt(article, ${start}) gives [${here}] but the evidence spans covering ${start}–${end} belong to [${fromSpans}]`);
      }
      const segment = { index: segments.length, start, end, records: here, spans: covering.map((s) => s.index) };
      segments.push(segment);
      return segment.index;
    });
  }
  for (const span of spans) {
    span.placed = paragraphs.some((p) => span.start < p.end && span.end > p.start);
    span.whole = paragraphs.some((p) => p.start <= span.start && span.end <= p.end);
  }

  // --- Related records: every id a record's fields name (outgoing), and every record naming it (incoming).
  const outgoing = new Map(entries.map((e) => [e.record.id, refsOf(e)]));
  const incoming = new Map();
  for (const [from, refs] of outgoing) {
    for (const ref of refs) {
      if (ref.id === from) continue;
      if (!incoming.has(ref.id)) incoming.set(ref.id, []);
      const list = incoming.get(ref.id);
      if (!list.some((r) => r.id === from && r.rel === ref.rel)) list.push({ id: from, rel: ref.rel });
    }
  }
  // For actors and places the package answers "who refers to this" itself (`mentioning`); the
  // walk above only names the field each reference sits in.
  for (const entry of entries) {
    if (entry.collection !== 'actors' && entry.collection !== 'places') continue;
    const walked = incoming.get(entry.record.id) ?? [];
    incoming.set(
      entry.record.id,
      mentioning(article, entry.record.id).flatMap((e) => {
        const rels = walked.filter((r) => r.id === e.record.id);
        return rels.length > 0 ? rels : [{ id: e.record.id, rel: 'mentions' }];
      }),
    );
  }

  // --- Cards.
  const records = {};
  for (const entry of byId.values()) {
    const id = entry.record.id;
    const own = spans.filter((s) => s.record === id);
    const related = [
      ...outgoing
        .get(id)
        .filter((r) => r.id !== id)
        .map((r) => ({ ...r, dir: 'out', label: label(r.id), known: byId.has(r.id) })),
      ...(incoming.get(id) ?? []).map((r) => ({ id: r.id, rel: r.rel, basis: null, dir: 'in', label: label(r.id), known: true })),
    ];
    for (const r of related) if (!r.known) problems.push({ id, problem: `refers to ${r.id}, which is not a record of the article` });
    records[id] = {
      id,
      kind: entry.kind,
      collection: entry.collection,
      subtype: subtypeOf(entry),
      title: titleOf(entry),
      fields: [
        ...fieldsOf(entry, words, label, describeCameoCode),
        ...(entry.collection === 'events' ? statisticsAbout(article, id).map((s) => ['Figure', `${s.measure}: ${formatStatistic(s)}`]) : []),
        ...(entry.collection === 'statistics' ? partsOf(article, id).map((s) => ['Part', `${s.measure}: ${formatStatistic(s)}`]) : []),
      ],
      certainty: [...certaintyOf(entry, label), ...ambiguitiesOf(article, id).map((a) => `ambiguous: ${a.question} (the data reads: ${a.chosen.reading})`)],
      related,
      spans: own.map((s) => s.index),
    };
    if (own.length === 0 || own.every((s) => !s.placed)) problems.push({ id, problem: 'no evidence span falls in a paragraph of the text' });
    else for (const s of own) if (!s.placed) problems.push({ id, problem: `evidence ${s.start}–${s.end} falls outside every paragraph` });
  }

  // --- Panels.
  const timelineItems = timeline(article).map((event) => ({
    id: event.id,
    type: event.type,
    status: event.status,
    summary: event.summary,
    times: event.time.map((t) => ({ kind: t.kind, words: t.evidence.map(words).join(' … '), normalized: t.normalized ?? null })),
  }));
  const placedEvents = new Set(timelineItems.map((e) => e.id));
  for (const event of article.events) if (!placedEvents.has(event.id)) problems.push({ id: event.id, problem: 'not in timeline()' });

  const speakers = article.actors
    .map((actor) => ({
      id: actor.id,
      name: actor.name,
      quotes: quotesBy(article, actor.id).map((q) => ({ id: q.id, text: q.text, form: q.form, respondsTo: q.respondsTo && label(q.respondsTo) })),
    }))
    .filter((speaker) => speaker.quotes.length > 0);
  const quoted = new Set(speakers.flatMap((s) => s.quotes.map((q) => q.id)));
  for (const quote of article.quotes)
    if (!quoted.has(quote.id)) problems.push({ id: quote.id, problem: `speaker ${quote.speaker} is not an actor of the article` });

  const figureOf = (statistic, seen) => ({
    id: statistic.id,
    measure: statistic.measure,
    value: statistic.unit === null ? formatQuantity(statistic.value) : formatStatistic(statistic),
    unit: statistic.unit,
    reading: statistic.value.kind === 'range' ? statistic.value.reading : null,
    source: statistic.attribution.map((a) => `${a.mode} by ${label(a.source)}`).join('; '),
    qualifiers: statistic.qualifiers.map((q) => q.kind),
    parts: partsOf(article, statistic.id)
      .filter((part) => !seen.has(part.id))
      .map((part) => figureOf(part, new Set([...seen, part.id]))),
  });
  // Figures: the statistics that are no part of another, in text order, each with its parts nested.
  const figures = article.statistics
    .filter((s) => s.partOf === null || !byId.has(s.partOf.id))
    .map((s) => ({ ...figureOf(s, new Set([s.id])), about: s.about.map(label) }));
  const figured = new Set();
  const collect = (figure) => {
    figured.add(figure.id);
    figure.parts.forEach(collect);
  };
  figures.forEach(collect);
  for (const s of article.statistics) if (!figured.has(s.id)) problems.push({ id: s.id, problem: 'in a part-of cycle: not listed under figures' });

  return {
    id: article.id,
    publisher: article.publisher.name,
    text,
    paragraphs,
    kinds: KINDS.map((k) => ({ ...k, records: article[k.collection].length, spans: spans.filter((s) => s.kind === k.kind).length })),
    spans,
    segments,
    records,
    panels: { timeline: timelineItems, speakers, figures },
    problems,
  };
}

/** Every reference a record's fields make, with the field it sits in (a generic walk of the model). */
function refsOf({ collection, record: r }) {
  const refs = [];
  const add = (id, rel, basis = null) => {
    if (id !== null && id !== undefined) refs.push({ id, rel, basis });
  };
  const attribution = () => r.attribution.forEach((a) => add(a.source, `${a.mode} by`));
  switch (collection) {
    case 'actors':
      if (r.kind === 'person') r.titles.forEach((t) => add(t.of, `${t.title} of`));
      if (r.kind === 'organisation' || r.kind === 'company' || r.kind === 'court' || r.kind === 'party') add(r.partOf?.id, 'part of', r.partOf?.basis);
      if (r.kind === 'group') {
        r.members.forEach((m) => add(m.id, 'member', m.basis));
        add(r.location?.id, 'located in', r.location?.basis);
      }
      break;
    case 'places':
      add(r.partOf?.id, 'part of', r.partOf?.basis);
      break;
    case 'events':
      r.participants.forEach((p) => add(p.actor, p.role, p.basis));
      r.places.forEach((p) => add(p.id, 'place', p.basis));
      attribution();
      r.relations.forEach((rel) => add(rel.event, rel.type, rel.basis));
      r.time.forEach((t) => t.kind === 'duration' && add(t.statistic, 'duration'));
      break;
    case 'quotes':
      add(r.speaker, 'speaker');
      add(r.respondsTo, 'responds to');
      add(r.about, 'about');
      break;
    case 'statistics':
      attribution();
      r.about.forEach((id) => add(id, 'about'));
      add(r.partOf?.id, 'part of', r.partOf?.basis);
      r.time.forEach((t) => t.kind === 'duration' && add(t.statistic, 'duration'));
      break;
    case 'claims':
      attribution();
      r.about.forEach((id) => add(id, 'about'));
      r.relations.forEach((rel) => add(rel.claim, rel.type, rel.basis));
      break;
  }
  return refs;
}

function subtypeOf({ collection, record: r }) {
  switch (collection) {
    case 'actors':
    case 'places':
      return r.kind;
    case 'events':
      return r.status === 'occurred' ? `${r.type} event` : `${r.type} event, ${r.status}`;
    case 'quotes':
      return `${r.form} quote`;
    case 'statistics':
      return r.value.kind === 'exact' ? 'exact figure' : 'range';
    default:
      return 'attributed claim';
  }
}

function titleOf({ collection, record: r }) {
  switch (collection) {
    case 'actors':
    case 'places':
      return r.name;
    case 'quotes':
      return `“${r.text}”`;
    case 'statistics':
      return r.measure;
    default:
      return r.summary;
  }
}

/** The record's values as `[label, text]` rows. */
function fieldsOf({ collection, record: r }, words, label, describeCameoCode) {
  const rows = [];
  const quoted = (evidence) => evidence.map((s) => `“${truncate(words(s), 90)}”`).join(', ');
  const attribution = () => {
    for (const a of r.attribution) rows.push(['Attribution', `${a.mode} by ${label(a.source)} (${quoted(a.evidence)})`]);
  };
  const times = () => {
    for (const t of r.time) {
      const detail =
        t.kind === 'date' || t.kind === 'month' || t.kind === 'year'
          ? `${t.kind}, ${t.normalized}`
          : t.kind === 'duration'
            ? `duration: ${label(t.statistic)}`
            : t.kind === 'weekday'
              ? `weekday: ${t.weekday}`
              : t.kind;
      rows.push(['Time', `${quoted(t.evidence)} (${detail})`]);
    }
  };
  switch (collection) {
    case 'actors':
      rows.push(['Aliases', r.aliases.map((a) => `“${a}”`).join(', ')]);
      if (r.kind === 'person') for (const t of r.titles) rows.push(['Title', `${t.title}${t.of === null ? '' : ` of ${label(t.of)}`} (${quoted(t.evidence)})`]);
      break;
    case 'places':
      rows.push(['Aliases', r.aliases.map((a) => `“${a}”`).join(', ')]);
      if (r.kind === 'region') rows.push(['Named', r.named ? 'yes' : 'no: an unnamed set of regions']);
      break;
    case 'events':
      rows.push(['Status', r.status]);
      rows.push(['CAMEO', r.cameo.code === null ? `none: ${r.cameo.note}` : `${r.cameo.code} ${describeCameoCode(r.cameo.code).label}: ${r.cameo.note}`]);
      if (r.acled !== null) rows.push(['ACLED', `${r.acled.eventType}${r.acled.subEventType === null ? '' : ` / ${r.acled.subEventType}`}: ${r.acled.note}`]);
      times();
      if (r.type === 'strike') for (const t of r.targets) rows.push(['Target', `${t.description} (${quoted(t.evidence)})`]);
      if ('channel' in r && r.channel !== null) rows.push(['Channel', `${r.channel.medium} (${quoted(r.channel.evidence)})`]);
      attribution();
      break;
    case 'quotes':
      rows.push(['Speaker', label(r.speaker)]);
      rows.push(['Form', `${r.form}: ${FORM_GLOSS[r.form] ?? ''}`]);
      if (r.channel !== null) rows.push(['Channel', `${r.channel.medium} (${quoted(r.channel.evidence)})`]);
      break;
    case 'statistics':
      rows.push(['Value', formatStatistic(r)]);
      if (r.value.kind === 'range') rows.push(['Reading', r.value.reading]);
      for (const q of r.qualifiers) rows.push(['Qualifier', `${q.kind} (${quoted(q.evidence)})`]);
      times();
      attribution();
      break;
    case 'claims':
      attribution();
      break;
  }
  return rows;
}

/** How sure the text is: the attribution modes, the status, and which links it only implies. */
function certaintyOf({ collection, record: r }, label) {
  const notes = [];
  if ('attribution' in r) for (const a of r.attribution) notes.push(`${a.mode} by ${label(a.source)}: ${MODE_GLOSS[a.mode] ?? a.mode}`);
  if (collection === 'events' && r.status !== 'occurred') notes.push(`status ${r.status}`);
  if (collection === 'claims') notes.push('a position the text attributes and does not assert');
  if (collection === 'quotes') notes.push(`${r.form} quote: ${FORM_GLOSS[r.form] ?? r.form}`);
  if (collection === 'statistics') {
    notes.push(r.value.kind === 'exact' ? 'exact figure' : 'vague figure, kept as a range');
    for (const q of r.qualifiers) notes.push(q.kind === 'known-so-far' ? 'known so far: a floor that may rise' : 'as of the time of speaking');
  }
  const implied = refsOf({ collection, record: r }).filter((ref) => ref.basis === 'implied');
  if (implied.length > 0) notes.push(`implied, not stated: ${implied.map((ref) => `${ref.rel} ${label(ref.id)}`).join('; ')}`);
  return notes;
}
