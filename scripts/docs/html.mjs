// The reading view's markup: one self-contained HTML file with the CSS, the script and the data
// inline. Every piece of text from the data goes through `escape`; the JSON is made safe to sit
// inside a <script> element.
import { readFileSync } from 'node:fs';

const asset = (name) => readFileSync(new URL(name, import.meta.url), 'utf8');

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** JSON for a `<script type="application/json">`: no `<`, so no `</script>` or `<!--` can end it early. */
export function scriptJson(value) {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}

const html = (strings, ...values) => strings.reduce((out, s, i) => out + s + (i < values.length ? values[i] : ''), '');

function recordButton(vm, id, content, lead = true) {
  const record = vm.records[id];
  const kind = record === undefined ? '' : ` k-${record.kind}`;
  return html`<button type="button" class="rec${lead ? ' lead' : ''}${kind}" data-record="${escapeHtml(id)}">${content}</button>`;
}

function highlightLabel(vm, span) {
  const record = vm.records[span.record];
  const where = span.of > 1 ? `, evidence ${span.nth} of ${span.of}` : '';
  return `${record.kind} ${record.title}${where}: “${span.text}”`;
}

function timelinePanel(vm) {
  const items = vm.panels.timeline.map((event) => {
    const times = event.times.map((t) => html`<span class="when" title="${escapeHtml(t.kind)}">${escapeHtml(t.words)}</span>`).join(' ');
    const status = event.status === 'occurred' ? '' : html` <span class="status">${escapeHtml(event.status)}</span>`;
    return html`<li data-id="${escapeHtml(event.id)}">${recordButton(vm, event.id, escapeHtml(event.summary))}${status}${times ? html`<div class="times">${times}</div>` : ''}</li>`;
  });
  return html`<ol class="timeline">${items.join('')}</ol>`;
}

function speakersPanel(vm) {
  return vm.panels.speakers
    .map(
      (speaker) =>
        html`<section class="speaker" data-id="${escapeHtml(speaker.id)}"><h3>${recordButton(vm, speaker.id, escapeHtml(speaker.name), false)}</h3><ul>${speaker.quotes
          .map(
            (q) =>
              html`<li data-id="${escapeHtml(q.id)}">${recordButton(vm, q.id, html`“${escapeHtml(q.text)}”`)} <span class="form">${escapeHtml(q.form)}</span>${
                q.respondsTo ? html`<div class="note">responding to: ${escapeHtml(q.respondsTo)}</div>` : ''
              }</li>`,
          )
          .join('')}</ul></section>`,
    )
    .join('');
}

function figure(vm, f) {
  const qualifiers = f.qualifiers.length > 0 ? html` <span class="form">${escapeHtml(f.qualifiers.join(', '))}</span>` : '';
  const about = f.about && f.about.length > 0 ? html`<div class="note">about: ${escapeHtml(f.about.join('; '))}</div>` : '';
  const reading = f.reading ? html`<div class="note">reading: ${escapeHtml(f.reading)}</div>` : '';
  const parts = f.parts.length > 0 ? html`<ul class="parts" aria-label="of which">${f.parts.map((p) => figure(vm, p)).join('')}</ul>` : '';
  return html`<li data-id="${escapeHtml(f.id)}">${recordButton(vm, f.id, html`<span class="value">${escapeHtml(f.value)}</span> ${escapeHtml(f.measure)}`)}${f.unit === null ? html`<div class="note">no unit in the text</div>` : ''}${qualifiers}<div class="note">source: ${escapeHtml(f.source)}</div>${about}${reading}${parts}</li>`;
}

function figuresPanel(vm) {
  return html`<ul class="figures">${vm.panels.figures.map((f) => figure(vm, f)).join('')}</ul>`;
}

/**
 * The whole page.
 *
 * @param vm - the view model (`viewModel(pkg)`)
 * @param options - `{ article, version, apiHref, title, invented, nav }`: the raw article to embed, the package
 *   version, the API reference link, the page's heading, whether the text is invented (said at the top),
 *   and the links to the other articles' pages (`{ label, href, current }`)
 * @returns the HTML text
 */
export function renderPage(
  vm,
  { article, version, apiHref, title = 'Russian strikes on Ukraine’s energy system: the annotated text', invented = false, nav = [] },
) {
  const links = nav
    .map((n) =>
      n.current
        ? html`<li><a href="${escapeHtml(n.href)}" aria-current="page">${escapeHtml(n.label)}</a></li>`
        : html`<li><a href="${escapeHtml(n.href)}">${escapeHtml(n.label)}</a></li>`,
    )
    .join('');
  const fiction = invented
    ? html`<p class="fiction"><strong>Invented text.</strong> This article was written for the package’s examples: its places, people and organisations do not exist.</p>`
    : '';
  const paragraphs = vm.paragraphs
    .map(
      (p) =>
        html`<p data-start="${p.start}" data-end="${p.end}"><span class="flow">${p.segments
          .map((i) => {
            const s = vm.segments[i];
            return html`<span class="seg" data-seg="${s.index}"${s.records.length > 0 ? ' data-covered=""' : ''}>${escapeHtml(vm.text.slice(s.start, s.end))}</span>`;
          })
          .join('')}</span></p>`,
    )
    .join('\n');
  const highlights = vm.spans
    .map(
      (s) =>
        html`<button type="button" class="hl k-${s.kind}" id="hl-${s.index}" data-span="${s.index}" data-record="${escapeHtml(s.record)}" data-kind="${s.kind}" data-start="${s.start}" data-end="${s.end}" aria-pressed="false" aria-label="${escapeHtml(highlightLabel(vm, s))}"></button>`,
    )
    .join('\n');
  const legend = vm.kinds
    .map(
      (k) =>
        html`<label class="kind k-${k.kind}" title="${k.records} ${k.records === 1 ? 'record' : 'records'}, ${k.spans} evidence ${k.spans === 1 ? 'span' : 'spans'}"><input type="checkbox" checked data-kind="${k.kind}"><span class="swatch" aria-hidden="true"></span>${escapeHtml(k.label)} <span class="count" aria-label="${k.records} ${k.records === 1 ? 'record' : 'records'}">${k.records}</span></label>`,
    )
    .join('');
  const problems =
    vm.problems.length === 0
      ? ''
      : html`<section class="problems"><h2>Records the view could not place</h2><ul>${vm.problems
          .map((p) => html`<li><code>${escapeHtml(p.id)}</code>: ${escapeHtml(p.problem)}</li>`)
          .join('')}</ul></section>`;

  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)} — ukraine-energy-strikes</title>
<link rel="icon" href="data:,">
<style>
${asset('page.css')}</style>
</head>
<body>
<a class="skip" href="#panels">Skip the highlights</a>
<header class="top">
  ${links === '' ? '' : html`<nav class="articles" aria-label="Articles"><ul>${links}</ul></nav>`}
  <h1>${escapeHtml(title)}</h1>
  ${fiction}
  <p class="sub">${escapeHtml(vm.publisher)}’s report with every record of <code>ukraine-energy-strikes</code>${version ? ` ${escapeHtml(version)}` : ''} underlined on the words that support it: ${vm.spans.length} evidence spans of ${Object.keys(vm.records).length} records. <a href="${escapeHtml(apiHref)}">API reference</a></p>
  <fieldset class="legend"><legend>Record kinds <span class="hint">(records of each; untick to hide)</span></legend>${legend}</fieldset>
</header>
<main class="layout">
  <article class="reading" id="reading" aria-label="Article text with highlights" aria-describedby="reading-help">
    <p class="help" id="reading-help">Each underline is one evidence span. Hover or focus (Tab) an underline to see its record; click it or press Enter to pin it in the details panel. Hover or tap the text to list every record there. Escape closes.</p>
    <div class="text">
${paragraphs}
    </div>
    <div class="overlay" role="group" aria-label="Highlights, in text order">
${highlights}
    </div>
  </article>
  <aside class="panels" id="panels" tabindex="-1" aria-label="Panels">
    <section class="panel details" id="details" aria-live="polite" aria-labelledby="details-h">
      <div class="panel-head"><h2 id="details-h">Details</h2><button type="button" class="close" hidden>Close</button></div>
      <div class="body"><p class="hint">Nothing pinned yet: click a highlight, a word of the text, or an entry below.</p></div>
    </section>
    <section class="panel" id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2><p class="hint">Events in the order the text establishes (<code>timeline()</code>), with their time as the text words it.</p>${timelinePanel(vm)}</section>
    <section class="panel" id="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">Who said what</h2>${speakersPanel(vm)}</section>
    <section class="panel" id="figures" aria-labelledby="figures-h"><h2 id="figures-h">Figures</h2><p class="hint">Statistics with their value or range and source; parts nested under their whole.</p>${figuresPanel(vm)}</section>
    ${problems}
  </aside>
</main>
<div id="tip" class="tip" role="tooltip" hidden></div>
<footer class="foot">Generated by <code>npm run docs</code> from the built package. ${invented ? 'Article text invented for the package’s examples.' : html`Article text © ${escapeHtml(vm.publisher)}, included for reference and annotation.`} No network requests: this file is the whole page.</footer>
<script type="application/json" id="article-data">${scriptJson(article)}</script>
<script type="application/json" id="view-data">${scriptJson(vm)}</script>
<script>
${asset('page.js')}</script>
</body>
</html>
`;
}
