// Two states' relationship: counts by year as a stacked bar chart, the timeline of events by type,
// the officials of each side.
import {el, svg, show, stateName, EVENT_TYPES, typeBadge} from './dom.js';
import {api} from './api.js';
import {eventCard, personHref, stateSelect, typeLegend} from './parts.js';

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
    view.append(el('p', {class: 'muted'}, 'Pick two states to see the events between them.'));
    return;
  }
  const d = await api(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  view.append(
    el('p', {class: 'headline-figures'},
      el('strong', {}, String(d.total)), ' events',
      Object.entries(d.byType).map(([t, n]) => [' · ', typeBadge(t), ` ${n}`]),
      d.undated ? el('span', {class: 'muted'}, ` · ${d.undated} undated`) : null),
    el('section', {class: 'chart-box'}, el('h2', {}, 'Events by year'), yearChart(d.byYear), typeLegend()),
    el('div', {class: 'columns dyad-columns'},
      el('section', {}, el('h2', {}, 'Timeline'), timeline(d.timeline)),
      el('section', {},
        officials(d.a, d.officialsA),
        officials(d.b, d.officialsB))));
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
      el('span', {class: 'muted'}, [p.titles.length ? ` ${p.titles[0]}` : '', ` · ${p.events} event${p.events === 1 ? '' : 's'}`].join('')))))
      : el('p', {class: 'muted'}, 'None named in these events.'));
}
