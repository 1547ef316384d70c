// Two states' relationship: counts by year as a stacked bar chart, the timeline of events by type,
// the officials of each side.
import {el, svg, show, add, stateName, EVENT_TYPES, typeBadge, plural} from './dom.js';
import {api} from './api.js';
import {eventCard, personHref, reportHref, stateSelect, typeLegend} from './parts.js';

export async function dyadPage(view, a, b, navigate) {
  const {states} = await api('states');
  const first = stateSelect('first state', states, a, 'Pick a state');
  const second = stateSelect('second state', states, b, 'Pick a state');
  const form = el('form', {class: 'dyad-pick'}, first, el('span', {class: 'muted'}, ' and '), second, el('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (first.value && second.value) navigate(`dyad/${first.value}/${second.value}`);
  });
  show(view, el('h1', {}, a && b ? `${stateName(a)} – ${stateName(b)}` : 'Dyads'), form);
  if (!a || !b) {
    add(view, el('p', {class: 'muted'}, 'Pick two states to see the events between them.'));
    return;
  }
  const d = await api(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  add(view, 
    el('p', {class: 'headline-figures'},
      el('strong', {}, String(d.total)), ' events',
      Object.entries(d.byType).map(([t, n]) => [' · ', typeBadge(t), ` ${n}`]),
      d.undated ? el('span', {class: 'muted'}, ` · ${d.undated} undated`) : null,
      d.total ? el('span', {class: 'sources', title: 'reports telling of these events; independent: reprints of one text counted once'},
        ` · ${sourcesLine(d.sources)}`) : null,
      el('span', {class: 'muted'}, ` · ${plural(d.reports.length, 'report')} name both`)),
    d.total ? el('section', {class: 'chart-box'},
      el('div', {}, el('h2', {}, 'Events by year'), yearChart(d.byYear), typeLegend()),
      el('div', {}, el('h2', {}, 'By type'), typeBars(d.byType, d.total))) : null,
    el('div', {class: 'columns dyad-columns'},
      // Without events yet, the reports naming both states take the timeline's place.
      d.total ? el('section', {}, el('h2', {}, 'Timeline'), swimlanes(d.timeline), timeline(d.timeline))
        : el('section', {}, el('p', {class: 'muted'}, 'No events read between these states yet.'), bothReports(d.reports)),
      el('section', {},
        officials(d.a, d.officialsA),
        officials(d.b, d.officialsB),
        d.total ? bothReports(d.reports) : null)));
}

/** "3 reports (1 reprint family), 2 independent sources": as `attache dyad` and the brief count them. */
function sourcesLine(s) {
  const families = s.reprintFamilies ? ` (${s.reprintFamilies} reprint ${s.reprintFamilies === 1 ? 'family' : 'families'})` : '';
  return `${plural(s.reports, 'report')}${families}, ${plural(s.independentSources, 'independent source')}`;
}

function bothReports(reports) {
  return [
    el('h2', {}, `Reports naming both (${reports.length})`),
    el('ul', {class: 'plain dyad-reports'}, reports.map((r) => el('li', {},
      el('span', {class: 'event-day'}, r.published || 'undated'), ' ',
      el('a', {href: reportHref(r.id)}, r.title || r.lead || r.id),
      r.outlet ? el('span', {class: 'muted'}, ` · ${r.outlet}`) : null,
      r.title && r.lead ? el('p', {class: 'lead'}, r.lead) : null))),
  ];
}

/** A stacked bar a year, a colour a type; every year of the span, quiet ones too. */
export function yearChart(byYear) {
  if (!byYear.length) return el('p', {class: 'muted'}, 'No dated events.');
  const max = Math.max(1, ...byYear.map((y) => y.total));
  const [w, h, left, bottom, top] = [Math.max(320, byYear.length * 56 + 50), 220, 36, 28, 12];
  const barW = (w - left - 10) / byYear.length;
  const scale = (n) => (n / max) * (h - bottom - top);
  const chart = svg('svg', {viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: 'year-chart', role: 'img', 'aria-label': 'events by year and type'});
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = h - bottom - scale(tick);
    chart.append(svg('line', {x1: left, x2: w - 10, y1: y, y2: y, class: 'grid-line'}),
      svg('text', {x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis'}, String(tick)));
  }
  byYear.forEach((year, i) => {
    const x = left + i * barW + barW * 0.15;
    let y = h - bottom;
    for (const t of EVENT_TYPES) {
      const n = year.byType[t] || 0;
      if (!n) continue;
      const bh = scale(n);
      y -= bh;
      chart.append(svg('rect', {x, y, width: barW * 0.7, height: bh, class: `bar t-${t}`},
        svg('title', {}, `${year.year}: ${n} ${t.toLowerCase()}`)));
    }
    chart.append(svg('text', {x: x + barW * 0.35, y: h - bottom + 16, 'text-anchor': 'middle', class: 'axis'}, String(year.year)));
    if (year.total) {
      chart.append(svg('text', {x: x + barW * 0.35, y: y - 4, 'text-anchor': 'middle', class: 'bar-total'}, String(year.total)));
    }
  });
  return chart;
}

/** One horizontal bar a type, longest first, with its count and share. */
export function typeBars(byType, total) {
  const rows = Object.entries(byType).sort((x, y) => y[1] - x[1]);
  if (!rows.length) return el('p', {class: 'muted'}, 'No events.');
  const [w, rowH, label] = [320, 28, 90];
  const chart = svg('svg', {viewBox: `0 0 ${w} ${rows.length * rowH}`, width: w, height: rows.length * rowH, class: 'type-bars', role: 'img', 'aria-label': 'events by type'});
  const max = Math.max(...rows.map((r) => r[1]));
  rows.forEach(([type, n], i) => {
    const y = i * rowH;
    const bw = ((w - label - 70) * n) / max;
    chart.append(
      svg('text', {x: 0, y: y + 18, class: 'axis'}, type.toLowerCase()),
      svg('rect', {x: label, y: y + 6, width: bw, height: rowH - 12, rx: 2, class: `bar t-${type}`}),
      svg('text', {x: label + bw + 6, y: y + 18, class: 'bar-total'}, `${n} (${Math.round((100 * n) / total)}%)`));
  });
  return chart;
}

/** A day as a time: a year alone counts from mid-year, a month from mid-month. */
function instant(day) {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m ? m - 1 : 6, d || (m ? 15 : 1));
}

/** One lane a type, a dot an event on a shared time axis; a dot leads to its card below. */
function swimlanes(events) {
  const dated = events.filter((e) => e.day);
  if (dated.length < 2) return null;
  const types = EVENT_TYPES.filter((t) => dated.some((e) => e.type === t));
  const [w, lane, left, axis] = [760, 26, 90, 22];
  const h = types.length * lane + axis;
  const first = new Date(instant(dated[0].day)).getUTCFullYear();
  const last = new Date(instant(dated[dated.length - 1].day)).getUTCFullYear() + 1;
  const [t0, t1] = [Date.UTC(first, 0, 1), Date.UTC(last, 0, 1)];
  const x = (t) => left + ((w - left - 24) * (t - t0)) / (t1 - t0);
  const chart = svg('svg', {viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: 'swimlanes', role: 'img', 'aria-label': 'events over time by type'});
  types.forEach((t, i) => chart.append(
    svg('text', {x: 0, y: i * lane + 17, class: 'axis'}, t.toLowerCase()),
    svg('line', {x1: left, x2: w - 24, y1: i * lane + 13, y2: i * lane + 13, class: 'grid-line'})));
  const step = Math.max(1, Math.ceil((last - first) / 10));
  for (let y = first; y <= last; y += step) {
    chart.append(svg('text', {x: x(Date.UTC(y, 0, 1)), y: h - 4, 'text-anchor': 'middle', class: 'axis'}, String(y)));
  }
  for (const e of dated) {
    const dot = svg('circle', {cx: x(instant(e.day)), cy: types.indexOf(e.type) * lane + 13, r: 6, class: `dot t-${e.type}`, tabindex: 0},
      svg('title', {}, `${e.day} ${e.type.toLowerCase()}: ${e.evidenceText || ''}`));
    const go = () => {
      const card = [...document.querySelectorAll('.timeline .event')].find((c) => c.dataset.event === e.id);
      if (!card) return;
      document.querySelectorAll('.event.current').forEach((c) => c.classList.remove('current'));
      card.classList.add('current');
      card.scrollIntoView({block: 'center', behavior: 'smooth'});
    };
    dot.addEventListener('click', go);
    dot.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') go(); });
    chart.append(dot);
  }
  return chart;
}

function timeline(events) {
  if (!events.length) return el('p', {class: 'muted'}, 'No events between these states yet.');
  const list = el('ol', {class: 'timeline'});
  let year = undefined;
  for (const e of events) {
    const y = e.day ? e.day.slice(0, 4) : 'Undated';
    if (y !== year) {
      year = y;
      list.append(el('li', {class: 'timeline-year'}, y));
    }
    list.append(el('li', {class: 'timeline-item'}, eventCard(e)));
  }
  return list;
}

function officials(state, people) {
  return el('div', {class: 'officials'},
    el('h2', {}, `Officials of ${stateName(state)}`),
    people.length ? el('ul', {class: 'plain'}, people.map((p) => el('li', {},
      p.personId ? el('a', {href: personHref(p.personId)}, p.name) : p.name,
      el('span', {class: 'muted'}, [p.titles.length ? ` ${p.titles[0]}` : '', p.events ? ` · ${plural(p.events, 'event')}` : '', ` · ${plural(p.reports, 'report')}`].join('')))))
      : el('p', {class: 'muted'}, 'None named in these events or reports.'));
}
