// Pieces several views share: event cards, pagers, state pickers.
import {el, stateName, typeBadge, plural, EVENT_TYPES} from './dom.js';

export function reportHref(reportId, eventId) {
  return `#/report/${encodeURIComponent(reportId)}` + (eventId ? `?event=${encodeURIComponent(eventId)}` : '');
}

export function eventHref(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

export function personHref(id) {
  return `#/person/${encodeURIComponent(id)}`;
}

function participantList(e) {
  if (!e.participants.length) return null;
  return el('p', {class: 'participants'},
    e.participants.map((p, i) => [
      i ? ', ' : '',
      p.personId ? el('a', {href: personHref(p.personId)}, p.name) : p.name,
      p.country ? el('span', {class: 'muted'}, ` (${p.country})`) : '',
      p.role ? el('span', {class: 'muted'}, ` ${p.role}`) : '',
    ]));
}

/** One event with its evidence sentence and a link to it in its report. */
export function eventCard(e, {onShow = null, showReport = true} = {}) {
  const where = [e.place, e.placeState && e.place ? `(${e.placeState})` : null].filter(Boolean).join(' ');
  const head = el('div', {class: 'event-head'},
    typeBadge(e.type),
    el('span', {class: 'event-day'}, e.day || 'undated'),
    e.date && e.date !== e.day ? el('span', {class: 'muted', title: 'as the report dates it (TIMEX3)'}, ` ${e.date}`) : null,
    where ? el('span', {class: 'muted'}, ` · ${where}`) : null,
    e.status === 'PLANNED' ? el('span', {class: 'planned'}, 'planned') : null,
    e.reports && e.reports.length > 1
      ? el('span', {class: 'sources', title: 'reports telling of it; independent: not reprints of one another'},
        `${plural(e.reports.length, 'report')} · ${e.independentSources} independent`) : null);
  const states = el('p', {class: 'states'}, e.countries.map(stateName).join(' – '));
  const quote = e.evidenceText ? el('blockquote', {class: 'evidence-quote'}, e.evidenceText) : null;
  const actions = el('div', {class: 'event-actions'});
  if (onShow) {
    actions.append(el('button', {type: 'button', class: 'link', onclick: () => onShow(e)}, 'Show in text'));
  }
  if (showReport && e.reportId) {
    actions.append(el('a', {href: reportHref(e.reportId, e.id), class: 'source'},
      'Source: ', el('cite', {}, e.reportTitle || e.reportId), ' →'));
  }
  actions.append(el('a', {href: eventHref(e.id), class: 'occurrence-link'},
    e.reports && e.reports.length > 1 ? `All ${e.reports.length} reports →` : 'Event →'));
  return el('article', {class: `event t-border-${e.type}`, 'data-event': e.id},
    head, states, participantList(e), e.name ? el('p', {}, e.name) : null, quote, actions);
}

/** « 1 2 … » for a page of a list; go(page) navigates. */
export function pager(page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  if (pages <= 1) return el('p', {class: 'muted count'}, `${page.total} in all`);
  return el('nav', {class: 'pager', 'aria-label': 'pages'},
    el('button', {type: 'button', disabled: page.page <= 1, onclick: () => go(page.page - 1)}, '‹ Newer'),
    el('span', {class: 'muted'}, ` page ${page.page} of ${pages} · ${page.total} in all `),
    el('button', {type: 'button', disabled: page.page >= pages, onclick: () => go(page.page + 1)}, 'Older ›'));
}

export function stateSelect(name, states, selected, emptyLabel) {
  return el('select', {name, 'aria-label': name},
    emptyLabel ? el('option', {value: ''}, emptyLabel) : null,
    states.map((s) => el('option', {value: s, selected: s === selected}, `${stateName(s)} (${s})`)));
}

export function typeLegend() {
  return el('ul', {class: 'legend'}, EVENT_TYPES.map((t) => el('li', {}, el('span', {class: `swatch t-${t}`}), t.toLowerCase())));
}

/** The events behind a line or a marker, each with its evidence sentence and a link to it. */
export function eventLinks(events) {
  return el('ul', {class: 'plain event-links'}, events.map((e) => el('li', {'data-event': e.id},
    typeBadge(e.type), ' ', el('span', {class: 'event-day'}, e.day || 'undated'), ' ',
    e.reportId ? el('a', {href: reportHref(e.reportId, e.id), class: 'source'}, e.reportTitle || e.reportId) : null,
    ' ', el('a', {href: eventHref(e.id), class: 'occurrence-link'}, 'event →'),
    e.evidenceText ? el('blockquote', {class: 'evidence-quote'}, e.evidenceText) : null)));
}

/** Type and years, the filters the network and the map share; go(params) navigates. */
export function typeYearFilters(chosen, go, extra = null) {
  const form = el('form', {class: 'event-filters'},
    el('label', {}, 'Type ', el('select', {name: 'type'}, el('option', {value: ''}, 'any'),
      EVENT_TYPES.map((t) => el('option', {value: t, selected: t === chosen.type}, t.toLowerCase())))),
    el('label', {}, 'From ', el('input', {name: 'from', value: chosen.from, placeholder: '2020', size: 6, pattern: '\\d{4}'})),
    el('label', {}, 'to ', el('input', {name: 'to', value: chosen.to, placeholder: '2024', size: 6, pattern: '\\d{4}'})),
    extra,
    el('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const params = {};
    for (const f of form.elements) if (f.name) params[f.name] = f.value;
    go(params);
  });
  return form;
}

// Distinct hues for states, given in order of weight so the busiest states differ most.
const PALETTE = ['#1d4e89', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207',
  '#be185d', '#4d7c0f', '#475569', '#9333ea', '#0369a1'];

/** A colour per state, the busiest first; states past the palette share grey. */
export function stateColours(statesByWeight) {
  const colours = new Map();
  statesByWeight.forEach((s, i) => colours.set(s, i < PALETTE.length ? PALETTE[i] : '#8a9098'));
  return colours;
}
