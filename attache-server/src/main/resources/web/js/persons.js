// The persons list and one person's page.
import {el, clear, stateName} from './dom.js';
import {api} from './api.js';
import {eventCard, pager, personHref, reportHref, stateSelect} from './parts.js';

export async function personList(view, params, navigate) {
  const state = params.get('state') || '';
  const [states, page] = await Promise.all([
    api('states'), api('persons', {state, page: params.get('page') || 1, size: 50})]);
  const pick = stateSelect('state', states.states, state, 'All states');
  pick.addEventListener('change', () => navigate('persons', {state: pick.value}));
  const rows = page.items.map((p) => el('tr', {},
    el('td', {}, el('a', {href: personHref(p.id)}, p.name)),
    el('td', {}, p.country ? `${stateName(p.country)}` : '–'),
    el('td', {class: 'titles'}, p.titles.slice(0, 3).join('; ')),
    el('td', {class: 'num'}, String(p.reports))));
  clear(view).append(
    el('h1', {}, state ? `Persons serving ${stateName(state)}` : 'Persons'),
    el('p', {class: 'filters'}, el('label', {}, 'State ', pick)),
    page.items.length ? el('table', {class: 'grid'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'State'), el('th', {}, 'Titles'), el('th', {class: 'num'}, 'Reports'))),
      el('tbody', {}, rows)) : el('p', {class: 'empty'}, 'No persons.'),
    pager(page, (p) => navigate('persons', {state, page: p})));
}

export async function personPage(view, id) {
  const d = await api(`persons/${encodeURIComponent(id)}`);
  const p = d.person;
  clear(view).append(
    el('p', {class: 'crumbs'}, el('a', {href: '#/persons'}, '← Persons')),
    el('h1', {}, p.name),
    el('p', {class: 'meta'}, [p.country ? stateName(p.country) : 'state unknown', p.titles.join('; ')].filter(Boolean).join(' · ')),
    p.aliases.length > 1 ? el('p', {class: 'muted'}, 'Also written: ', p.aliases.filter((a) => a !== p.name).join(', ')) : null,
    el('div', {class: 'columns'},
      el('section', {},
        el('h2', {}, `Events (${d.events.length})`),
        d.events.length ? d.events.map((e) => eventCard(e)) : el('p', {class: 'muted'}, 'No events name this person yet.')),
      el('section', {},
        el('h2', {}, `Counterparts (${d.counterparts.length})`),
        el('ul', {class: 'plain'}, d.counterparts.map((c) => el('li', {},
          el('a', {href: personHref(c.id)}, c.name), el('span', {class: 'muted'}, c.country ? ` (${c.country})` : '')))),
        el('h2', {}, `Reports (${d.reports.length})`),
        el('ul', {class: 'plain'}, d.reports.map((r) => el('li', {},
          el('a', {href: reportHref(r.id)}, r.title || r.id), el('span', {class: 'muted'}, ` ${r.published || ''}`)))))));
}
