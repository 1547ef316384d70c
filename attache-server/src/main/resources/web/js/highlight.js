// A report's text with what was read in it marked: persons, states and dates inline; the
// sentences events rest on as evidence. Built from text nodes only, never from HTML.
import {el} from './dom.js';

const INLINE = ['person', 'time', 'state']; // at an overlap the earlier kind wins
const LABELS = {person: 'Persons', state: 'States', time: 'Dates', evidence: 'Event evidence', block: 'Not prose'};

/** The inline marks, overlaps removed: persons over dates over states. */
function inlineMarks(highlights, length) {
  const chosen = [];
  for (const kind of INLINE) {
    for (const h of highlights) {
      if (h.kind !== kind || h.start >= h.end || h.end > length) continue;
      if (!chosen.some((c) => c.start < h.end && h.start < c.end)) chosen.push(h);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function covering(list, start) {
  return list.filter((h) => h.start <= start && start < h.end);
}

function markNode(h, piece) {
  const attrs = {class: `hl hl-${h.kind}`, title: h.label || ''};
  if (h.kind === 'person' && h.ref) {
    return el('a', {...attrs, href: `#/person/${encodeURIComponent(h.ref)}`}, piece);
  }
  return el('mark', attrs, piece);
}

export function reportText(text, highlights) {
  const marks = inlineMarks(highlights, text.length);
  const sentences = highlights.filter((h) => h.kind === 'sentence');
  const evidence = highlights.filter((h) => h.kind === 'evidence');
  const blocks = highlights.filter((h) => h.kind === 'block');
  const cuts = new Set([0, text.length]);
  for (const h of [...marks, ...sentences, ...evidence, ...blocks]) {
    cuts.add(Math.min(h.start, text.length));
    cuts.add(Math.min(h.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const node = el('div', {class: 'report-text', lang: 'en'});
  let sentence = null;
  let holder = node;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const s = covering(sentences, a)[0] || null;
    if (s !== sentence) {
      sentence = s;
      holder = s ? el('span', {class: 'sentence', 'data-sentence': s.ref}) : node;
      if (s) node.append(holder);
    }
    const piece = text.slice(a, b);
    const mark = covering(marks, a)[0];
    let part = mark ? markNode(mark, piece) : document.createTextNode(piece);
    const events = covering(evidence, a);
    if (events.length) {
      part = el('span', {class: 'evidence', 'data-event': events.map((e) => e.ref).join(' '),
        title: events.map((e) => e.label).join('; ')}, part);
    }
    const block = covering(blocks, a)[0];
    if (block) {
      // Headline, metadata and furniture: shown muted, named on hover, never read for facts.
      part = el('span', {class: `block block-${block.label}`, title: `${block.label}: not read for facts`}, part);
    }
    holder.append(part);
  }
  return {
    node,
    legend: legend(node, highlights),
    showEvent: (id) => showEvent(node, id),
    showSentence: (ref) => flash(node, [...node.querySelectorAll('.sentence')].filter((s) => s.dataset.sentence === ref)),
  };
}

/** Brings an event's evidence into view and makes it flash, so the eye finds it. */
function showEvent(node, id) {
  flash(node, [...node.querySelectorAll('.evidence')].filter((p) => p.dataset.event.split(' ').includes(id)));
}

function flash(node, parts) {
  node.querySelectorAll('.current').forEach((p) => p.classList.remove('current'));
  parts.forEach((p) => p.classList.add('current'));
  if (parts.length) parts[0].scrollIntoView({block: 'center', behavior: 'smooth'});
}

/** Counts of each kind, each a switch that shows or hides its marks. */
function legend(node, highlights) {
  const items = Object.entries(LABELS).map(([kind, label]) => {
    const n = new Set(highlights.filter((h) => h.kind === kind).map((h) => `${h.start}-${h.end}`)).size;
    const box = el('input', {type: 'checkbox', checked: true, 'data-kind': kind});
    box.addEventListener('change', () => node.classList.toggle(`hide-${kind}`, !box.checked));
    return el('label', {class: `legend-item key-${kind}`}, box, el('span', {class: `key hl-${kind}`}, label), ` ${n}`);
  });
  return el('div', {class: 'legend-box'}, items);
}
