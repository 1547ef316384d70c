// The persons list and one person's page.
import {el, show, stateName, plural} from './dom.js';
import {api} from './api.js';
import {eventCard, pager, personHref, reportHref, stateSelect} from './parts.js';

export async function personList(view, params, navigate) {
  const state = params.get('state') || '';
  const q = params.get('q') || '';
  const [states, page] = await Promise.all([
    api('states'), api('persons', {state, q, page: params.get('page') || 1, size: 50})]);
  const pick = stateSelect('state', states.states, state, 'All states');
  const name = el('input', {type: 'search', name: 'q', value: q, placeholder: 'Name', 'aria-label': 'Name'});
  const form = el('form', {class: 'filters person-filters'}, el('label', {}, 'State ', pick), name, el('button', {type: 'submit'}, 'Find'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('persons', {state: pick.value, q: name.value});
  });
  pick.addEventListener('change', () => navigate('persons', {state: pick.value, q: name.value}));
  const rows = page.items.map((p) => el('tr', {},
    el('td', {}, el('a', {href: personHref(p.id)}, p.name)),
    el('td', {}, p.country ? `${stateName(p.country)}` : '–'),
    el('td', {class: 'titles'}, p.titles.slice(0, 3).join('; ')),
    el('td', {class: 'num'}, String(p.reports))));
  show(view, 
    el('h1', {}, state ? `Persons serving ${stateName(state)}` : 'Persons'),
    form,
    page.items.length ? el('table', {class: 'grid'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'State'), el('th', {}, 'Titles'), el('th', {class: 'num'}, 'Reports'))),
      el('tbody', {}, rows)) : el('p', {class: 'empty'}, 'No persons.'),
    pager(page, (p) => navigate('persons', {state, q, page: p})));
}

/** Each title with the first and last day a report gave it: titles over time. */
function titlesOverTime(appearances) {
  const seen = new Map();
  for (const a of appearances) {
    for (const t of a.titles) {
      const s = seen.get(t) || {title: t, first: null, last: null, reports: 0};
      const day = a.report.published;
      if (day && (!s.first || day < s.first)) s.first = day;
      if (day && (!s.last || day > s.last)) s.last = day;
      s.reports++;
      seen.set(t, s);
    }
  }
  const rows = [...seen.values()].sort((x, y) => (x.first || '9').localeCompare(y.first || '9'));
  return el('ul', {class: 'plain titles-over-time'}, rows.map((s) => el('li', {},
    el('strong', {}, s.title),
    el('span', {class: 'muted'}, ` ${s.first === s.last ? (s.first || 'undated') : `${s.first} – ${s.last}`} · ${plural(s.reports, 'report')}`))));
}

function appearance(a) {
  const r = a.report;
  return el('article', {class: 'appearance'},
    el('div', {class: 'event-head'},
      el('span', {class: 'event-day'}, r.published || 'undated'),
      el('a', {href: reportHref(r.id)}, r.title || r.lead || r.id),
      r.outlet ? el('span', {class: 'muted'}, ` · ${r.outlet}`) : null),
    a.titles.length ? el('p', {class: 'muted as-titled'}, 'as ', a.titles.join('; ')) : null,
    a.sentences.map((q) => el('blockquote', {class: 'mention-quote'}, q.text, ' ',
      el('a', {href: `${reportHref(r.id)}?s=${encodeURIComponent(q.ref)}`, class: 'in-context', title: 'this sentence in its report'}, 'in context →'))));
}

export async function personPage(view, id) {
  const d = await api(`persons/${encodeURIComponent(id)}`);
  const p = d.person;
  show(view, 
    el('p', {class: 'crumbs'}, el('a', {href: '#/persons'}, '← Persons')),
    el('h1', {}, p.name),
    el('p', {class: 'meta'}, [p.country ? stateName(p.country) : 'state unknown', p.titles.join('; ')].filter(Boolean).join(' · ')),
    p.aliases.length > 1 ? el('p', {class: 'muted'}, 'Also written: ', p.aliases.filter((a) => a !== p.name).join(', ')) : null,
    el('div', {class: 'columns'},
      el('section', {},
        el('h2', {}, `Events (${d.events.length})`),
        d.events.length ? d.events.map((e) => eventCard(e)) : el('p', {class: 'muted'}, 'No events name this person yet.'),
        el('h2', {}, `In the reports (${d.appearances.length})`),
        d.appearances.map(appearance)),
      el('section', {},
        el('h2', {}, 'Titles over time'),
        titlesOverTime(d.appearances),
        el('h2', {}, `Counterparts (${d.counterparts.length})`),
        d.counterparts.length ? el('ul', {class: 'plain'}, d.counterparts.map((c) => el('li', {},
          el('a', {href: personHref(c.id)}, c.name), el('span', {class: 'muted'}, c.country ? ` (${c.country})` : ''))))
          : el('p', {class: 'muted'}, 'None met in the events read so far.'))));
}
