// The reading view's behaviour, inlined into docs/index.html. It reads the view model from the
// page itself (#view-data), draws one underline per evidence span in its own lane, and shows a
// record on hover or focus and pins it on click or Enter. All text goes in through textContent.
(() => {
  const vm = JSON.parse(document.getElementById('view-data').textContent);
  const reading = document.getElementById('reading');
  const overlay = reading.querySelector('.overlay');
  const tip = document.getElementById('tip');
  const details = document.getElementById('details');
  const detailsBody = details.querySelector('.body');
  const highlights = [...overlay.querySelectorAll('.hl')];
  const segments = [...reading.querySelectorAll('.seg')];
  const paragraphs = [...reading.querySelectorAll('.text p')];
  const kindLabel = Object.fromEntries(vm.kinds.map((k) => [k.kind, k.label]));
  const LANE = 4;
  const hiddenKinds = new Set();
  let lastHighlight = null;

  /** Creates an element; children are nodes or strings (as text). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }

  // ---------- layout: lanes and underlines ----------

  /** Lane per visible span: shortest spans nearest the text, so nested evidence reads inside-out. */
  function assignLanes() {
    const visible = vm.spans.filter((s) => !hiddenKinds.has(s.kind));
    visible.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    const taken = [];
    const lanes = new Map();
    for (const s of visible) {
      let lane = 0;
      while ((taken[lane] ??= []).some(([a, b]) => a < s.end && s.start < b)) lane++;
      taken[lane].push([s.start, s.end]);
      lanes.set(s.index, lane);
    }
    return lanes;
  }

  /** The span's text as one rectangle per line, relative to the reading column. */
  function lineRects(span, origin) {
    const rects = [];
    for (const segment of vm.segments) {
      if (segment.start < span.start || segment.end > span.end) continue;
      for (const r of segments[segment.index].getClientRects()) {
        if (r.width > 0 && r.height > 0)
          rects.push({ left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top });
      }
    }
    rects.sort((a, b) => a.top - b.top || a.left - b.left);
    const lines = [];
    for (const r of rects) {
      const line = lines[lines.length - 1];
      if (line && Math.abs(line.top - r.top) < 2 && r.left <= line.right + 1) {
        line.right = Math.max(line.right, r.right);
        line.bottom = Math.max(line.bottom, r.bottom);
      } else lines.push({ ...r });
    }
    return lines;
  }

  function layout() {
    const lanes = assignLanes();
    for (const p of paragraphs) {
      const start = Number(p.dataset.start);
      const end = Number(p.dataset.end);
      let count = 0;
      for (const s of vm.spans) if (lanes.has(s.index) && s.start < end && s.end > start) count = Math.max(count, lanes.get(s.index) + 1);
      p.style.setProperty('--lanes', String(count));
    }
    const origin = reading.getBoundingClientRect();
    for (const button of highlights) {
      const span = vm.spans[Number(button.dataset.span)];
      button.hidden = hiddenKinds.has(span.kind);
      button.replaceChildren();
      if (button.hidden) continue;
      const lines = lineRects(span, origin);
      button.classList.toggle('unplaced', lines.length === 0);
      if (lines.length === 0) continue;
      const first = lines[0];
      Object.assign(button.style, {
        left: `${first.left}px`,
        top: `${first.top}px`,
        width: `${first.right - first.left}px`,
        height: `${first.bottom - first.top}px`,
      });
      const lane = lanes.get(span.index);
      for (const line of lines) {
        const x = line.left - first.left;
        const width = `${line.right - line.left}px`;
        const box = el('span', { class: 'box', 'aria-hidden': 'true' });
        Object.assign(box.style, {
          left: `${x - 1}px`,
          top: `${line.top - first.top}px`,
          width: `calc(${width} + 2px)`,
          height: `${line.bottom - line.top}px`,
        });
        const part = el('span', { class: 'part', 'aria-hidden': 'true' });
        Object.assign(part.style, { left: `${x}px`, top: `${line.bottom - first.top + 1 + lane * LANE}px`, width });
        button.append(box, part);
      }
    }
  }

  let pending = 0;
  const schedule = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      layout();
      if (lastHighlight && !tip.hidden && document.activeElement === lastHighlight) placeTip(lastHighlight);
    });
  };

  // ---------- cards ----------

  function spansOf(id) {
    return vm.records[id].spans.map((i) => vm.spans[i]).sort((a, b) => a.nth - b.nth);
  }

  function relatedItem(r, interactive) {
    const name = interactive
      ? el('button', { type: 'button', class: `rec k-${vm.records[r.id]?.kind ?? ''}`, 'data-record': r.id }, r.label)
      : el('span', {}, r.label);
    if (r.dir === 'out') return el('li', {}, `${r.rel}: `, name, r.basis ? el('span', { class: 'basis' }, ` (${r.basis})`) : null);
    return el('li', {}, name, el('span', { class: 'basis' }, ` (${r.rel})`));
  }

  function relatedList(items, interactive, limit) {
    const shown = interactive ? items : items.slice(0, limit);
    const list = el(
      'ul',
      {},
      shown.map((r) => relatedItem(r, interactive)),
    );
    if (shown.length < items.length) list.append(el('li', { class: 'more' }, `and ${items.length - shown.length} more: pin to see all`));
    return list;
  }

  /** A record as a card: the tooltip's (`interactive` false) or the details panel's. */
  function card(id, { span = null, interactive = false } = {}) {
    const r = vm.records[id];
    const root = el('div', { class: `card k-${r.kind}`, 'data-id': id });
    root.append(
      el(
        'div',
        { class: 'head' },
        el('span', { class: 'chip' }, kindLabel[r.kind] ?? r.kind),
        el('span', { class: 'subtype' }, r.subtype),
        el('code', { class: 'id' }, r.id),
      ),
      el('div', { class: 'title' }, r.title),
    );
    if (span !== null) {
      const s = vm.spans[span];
      root.append(el('p', { class: 'this' }, `Evidence ${s.nth} of ${s.of}: “${s.text}”`));
    }
    if (r.fields.length > 0)
      root.append(
        el(
          'dl',
          {},
          r.fields.map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]),
        ),
      );
    if (r.certainty.length > 0)
      root.append(
        el('h4', {}, 'Attribution and certainty'),
        el(
          'ul',
          { class: 'certainty' },
          r.certainty.map((c) => el('li', {}, c)),
        ),
      );
    const out = r.related.filter((x) => x.dir === 'out');
    const inward = r.related.filter((x) => x.dir === 'in');
    if (out.length > 0) root.append(el('h4', {}, 'Refers to'), relatedList(out, interactive, 6));
    if (inward.length > 0) root.append(el('h4', {}, 'Referred to by'), relatedList(inward, interactive, 4));
    if (interactive) {
      root.append(
        el('h4', {}, 'Evidence'),
        el(
          'ol',
          { class: 'evidence' },
          spansOf(id).map((s) => el('li', {}, el('button', { type: 'button', class: `rec lead k-${r.kind}`, 'data-span': s.index }, `“${s.text}”`))),
        ),
      );
    }
    return root;
  }

  /** The records under one segment of the text (`recordsAt`), as a list. */
  function hereList(segmentIndex, interactive) {
    const segment = vm.segments[segmentIndex];
    const ids = segment.records.filter((id) => !hiddenKinds.has(vm.records[id].kind));
    const root = el('div', { class: 'here', 'data-offset': segment.start });
    root.append(el('div', { class: 'title' }, `${ids.length} record${ids.length === 1 ? '' : 's'} at “${vm.text.slice(segment.start, segment.end)}”`));
    root.append(
      el(
        'ul',
        { class: 'here-list' },
        ids.map((id) => {
          const r = vm.records[id];
          const name = interactive ? el('button', { type: 'button', class: `rec k-${r.kind}`, 'data-record': id }, r.title) : el('span', {}, r.title);
          return el('li', { class: `k-${r.kind}` }, el('span', { class: 'chip' }, kindLabel[r.kind]), ' ', name);
        }),
      ),
    );
    if (!interactive) root.append(el('div', { class: 'note' }, 'Click to list them in the details panel.'));
    return root;
  }

  // ---------- tooltip ----------

  function showTip(content, kind, anchor) {
    tip.replaceChildren(content);
    tip.className = `tip${kind ? ` k-${kind}` : ''}`;
    tip.hidden = false;
    placeTip(anchor);
  }

  /** The words an anchor stands on, one client rectangle per line box: a highlight's segments, or a segment itself. */
  function wordRects(anchor) {
    const pieces = anchor.classList.contains('hl')
      ? vm.segments
          .filter((g) => {
            const span = vm.spans[Number(anchor.dataset.span)];
            return g.start >= span.start && g.end <= span.end;
          })
          .map((g) => segments[g.index])
      : [anchor];
    return pieces.flatMap((piece) => [...piece.getClientRects()]).filter((r) => r.width > 0 && r.height > 0);
  }

  /**
   * Puts the tooltip next to the line being read, never on it or on the line after it: above the
   * anchor's lines where the viewport has room (what is above has been read), else beside the
   * text column (over the side panels), else below the next line.
   */
  function placeTip(anchor) {
    const rects = wordRects(anchor);
    const own = rects.length > 0 ? rects : [anchor.getBoundingClientRect()];
    const first = anchor.classList.contains('hl') ? vm.segments.find((g) => g.start >= vm.spans[Number(anchor.dataset.span)].start) : null;
    const paragraph = (first ? segments[first.index] : anchor).closest('p');
    const lanes = Number(paragraph?.style.getPropertyValue('--lanes') || 0);
    const lineHeight = Math.max(...own.map((r) => r.height));
    const top = Math.min(...own.map((r) => r.top));
    const bottom = Math.max(...own.map((r) => r.bottom)) + lanes * LANE + 2;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const viewportWidth = document.documentElement.clientWidth;
    const column = reading.querySelector('.text').getBoundingClientRect();
    let x = Math.max(8, Math.min(own[0].left, viewportWidth - width - 8));
    let y;
    if (top - height - 6 >= 8) y = top - height - 6;
    else if (column.right + 16 + width <= viewportWidth - 8) {
      x = column.right + 16;
      y = Math.max(8, Math.min(top, window.innerHeight - height - 8));
    } else y = bottom + lineHeight + lanes * LANE + 6;
    tip.style.left = `${x + window.scrollX}px`;
    tip.style.top = `${y + window.scrollY}px`;
  }

  function hideTip() {
    tip.hidden = true;
    for (const h of overlay.querySelectorAll('.hl.hot')) h.classList.remove('hot');
    for (const s of reading.querySelectorAll('.seg.here')) s.classList.remove('here');
  }

  function showHighlight(button) {
    lastHighlight = button;
    for (const h of overlay.querySelectorAll('.hl.hot')) if (h !== button) h.classList.remove('hot');
    button.classList.add('hot');
    const span = vm.spans[Number(button.dataset.span)];
    showTip(card(span.record, { span: span.index }), span.kind, button);
  }

  // ---------- pinning ----------

  const closeButton = details.querySelector('.close');

  function openDetails(content, id) {
    detailsBody.replaceChildren(content);
    details.dataset.id = id ?? '';
    details.classList.add('open');
    closeButton.hidden = false;
  }

  function pin(id, span = null) {
    if (vm.records[id] === undefined) return;
    for (const h of highlights) {
      const mine = h.dataset.record === id;
      h.classList.toggle('pinned', mine);
      h.setAttribute('aria-pressed', String(mine));
    }
    for (const item of document.querySelectorAll('.panels [data-id].current')) item.classList.remove('current');
    for (const item of document.querySelectorAll(`.panels li[data-id="${CSS.escape(id)}"]`)) item.classList.add('current');
    openDetails(card(id, { span, interactive: true }), id);
  }

  function unpin() {
    for (const h of highlights) {
      h.classList.remove('pinned');
      h.setAttribute('aria-pressed', 'false');
    }
    details.classList.remove('open');
    details.dataset.id = '';
    closeButton.hidden = true;
    detailsBody.replaceChildren(el('p', { class: 'hint' }, 'Nothing pinned: click a highlight, a word of the text, or an entry below.'));
  }

  function reveal(spanIndex, focus) {
    const button = highlights[spanIndex];
    if (!button || button.hidden) return;
    button.scrollIntoView({ block: 'center' });
    if (focus) button.focus({ preventScroll: true });
  }

  // ---------- events ----------

  overlay.addEventListener('pointerover', (event) => {
    const button = event.target.closest('.hl');
    if (button) showHighlight(button);
  });
  overlay.addEventListener('pointerout', (event) => {
    const button = event.target.closest('.hl');
    if (button && !button.contains(event.relatedTarget) && document.activeElement !== button) hideTip();
  });
  overlay.addEventListener('focusin', (event) => {
    const button = event.target.closest('.hl');
    if (button) showHighlight(button);
  });
  overlay.addEventListener('focusout', () => hideTip());
  overlay.addEventListener('click', (event) => {
    const button = event.target.closest('.hl');
    if (!button) return;
    const span = vm.spans[Number(button.dataset.span)];
    pin(span.record, span.index);
    // The panel now shows what the tooltip showed; focus stays on the highlight.
    hideTip();
  });

  const textBox = reading.querySelector('.text');
  textBox.addEventListener('pointerover', (event) => {
    const seg = event.target.closest('.seg[data-covered]');
    if (!seg) return;
    for (const s of reading.querySelectorAll('.seg.here')) s.classList.remove('here');
    seg.classList.add('here');
    showTip(hereList(Number(seg.dataset.seg), false), null, seg);
  });
  textBox.addEventListener('pointerout', (event) => {
    if (event.target.closest('.seg') && !event.relatedTarget?.closest?.('.seg[data-covered]')) hideTip();
  });
  textBox.addEventListener('click', (event) => {
    const seg = event.target.closest('.seg[data-covered]');
    if (!seg || String(window.getSelection() ?? '') !== '') return;
    openDetails(hereList(Number(seg.dataset.seg), true), null);
  });

  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('.details .close')) {
      unpin();
      lastHighlight?.focus();
      return;
    }
    const rec = target.closest('button.rec[data-record]');
    if (rec) {
      const id = rec.dataset.record;
      pin(id);
      const first = spansOf(id)[0];
      if (first && !rec.closest('.details')) reveal(first.index, false);
      return;
    }
    const evidence = target.closest('button.rec[data-span]');
    if (evidence) reveal(Number(evidence.dataset.span), true);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (!tip.hidden) hideTip();
    else if (details.classList.contains('open')) {
      unpin();
      lastHighlight?.focus();
    }
  });

  for (const box of document.querySelectorAll('.legend input[data-kind]')) {
    box.addEventListener('change', () => {
      if (box.checked) hiddenKinds.delete(box.dataset.kind);
      else hiddenKinds.add(box.dataset.kind);
      hideTip();
      layout();
    });
  }

  window.addEventListener('resize', schedule);
  if ('ResizeObserver' in window) new ResizeObserver(schedule).observe(reading);
  document.fonts?.ready.then(schedule);
  layout();
  document.documentElement.dataset.ready = 'true';
})();
