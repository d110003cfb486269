// Synthetic articles of n person records: generated text ("Person 0 spoke. Person 1 spoke. …"),
// one sentence per record, ten sentences a paragraph, each person's evidence its name.
export function syntheticInput(n) {
  const lead = 'Herald: ';
  let text = lead;
  const sentences = [];
  const actors = [{ kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] }];
  for (let i = 0; i < n; i++) {
    const name = `Person ${i}`;
    const start = text.length;
    text += `${name} spoke. `;
    sentences.push({ start, end: text.length - 1 });
    actors.push({ kind: 'person', id: `p${i}`, name, aliases: [name], titles: [], evidence: [{ start, end: start + name.length }] });
  }
  sentences[0] = { start: 0, end: sentences[0].end };
  const paragraphs = [];
  for (let i = 0; i < n; i += 10) paragraphs.push({ start: sentences[i].start, end: sentences[Math.min(i + 9, n - 1)].end });
  return {
    id: `synthetic-${n}`,
    publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
    language: 'en',
    text,
    paragraphs,
    sentences,
    actors,
    places: [],
    events: [],
    quotes: [],
    statistics: [],
    claims: [],
    context: null,
    ambiguities: [],
  };
}
