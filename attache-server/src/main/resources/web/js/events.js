// All events with the API's filters: states, type, days; each card quotes its evidence sentence.
import {el, show, EVENT_TYPES} from './dom.js';
import {api} from './api.js';
import {eventCard, pager, stateSelect} from './parts.js';

const FILTERS = ['state', 'with', 'type', 'from', 'to'];

export async function eventList(view, params, navigate) {
  const chosen = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || '']));
  const [{states}, page] = await Promise.all([
    api('states'), api('events', {...chosen, page: params.get('page') || 1, size: 25})]);
  const form = el('form', {class: 'event-filters'},
    el('label', {}, 'State ', stateSelect('state', states, chosen.state, 'any')),
    el('label', {}, 'with ', stateSelect('with', states, chosen.with, 'any')),
    el('label', {}, 'Type ', el('select', {name: 'type'}, el('option', {value: ''}, 'any'),
      EVENT_TYPES.map((t) => el('option', {value: t, selected: t === chosen.type}, t.toLowerCase())))),
    el('label', {}, 'From ', el('input', {name: 'from', value: chosen.from, placeholder: '2020', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?'})),
    el('label', {}, 'to ', el('input', {name: 'to', value: chosen.to, placeholder: '2024-06', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?'})),
    el('button', {type: 'submit'}, 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('events', Object.fromEntries(FILTERS.map((f) => [f, form.elements[f].value])));
  });
  show(view,
    el('h1', {}, 'Events'),
    form,
    page.items.length ? page.items.map((e) => eventCard(e)) : el('p', {class: 'empty'}, 'No events match.'),
    pager(page, (p) => navigate('events', {...chosen, page: p})));
}
