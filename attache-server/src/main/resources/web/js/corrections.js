// An analyst's corrections of one event: type, date, place, or rejecting it. Shown only once the
// analyst has given the server's token, kept for this tab only (sessionStorage).
import {el, show, EVENT_TYPES} from './dom.js';
import {post} from './api.js';

const TOKEN = 'attache.token';
const AUTHOR = 'attache.author';

/** The corrections box of event e; saved() runs after a change, rejected(outcome) after a reject. */
export function correctionsBox(e, {saved, rejected}) {
  const box = el('section', {class: 'corrections', 'aria-label': 'corrections'});
  const render = () => {
    const token = sessionStorage.getItem(TOKEN);
    show(box, el('h2', {}, 'Corrections'), token ? correctionForm(e, token, render, saved, rejected) : tokenForm(render));
  };
  render();
  return box;
}

function tokenForm(render) {
  const input = el('input', {type: 'password', name: 'token', autocomplete: 'off', placeholder: "the server's token", 'aria-label': "the server's token"});
  const form = el('form', {class: 'token-form'},
    el('span', {class: 'muted'}, 'Analysts correct events with the token the server was started with. '),
    input, el('button', {type: 'submit'}, 'Use token'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (input.value.trim()) {
      sessionStorage.setItem(TOKEN, input.value.trim());
      render();
    }
  });
  return form;
}

function correctionForm(e, token, render, saved, rejected) {
  // A report's own event names the event durably: re-analysis may merge reports differently.
  const target = (e.reports.find((r) => r.event) || {}).event || e.id;
  const field = (label, input) => el('label', {}, el('span', {}, label), input);
  const type = el('select', {name: 'type'}, EVENT_TYPES.map((t) => el('option', {value: t, selected: t === e.type}, t.toLowerCase())));
  // A date without its year (XXXX-10-28) is offered as a hint, not a value the form would refuse.
  const datePattern = '\\d{4}(-(\\d{2}(-\\d{2})?|SP|SU|FA|AU|WI))?';
  const settable = e.date && new RegExp(`^(${datePattern})$`).test(e.date);
  const date = el('input', {name: 'date', value: settable ? e.date : '', placeholder: e.date || '2023-10-28', pattern: datePattern, size: 12});
  const place = el('input', {name: 'place', value: e.place || '', placeholder: 'Baku', size: 18});
  const country = el('input', {name: 'country', value: e.placeState || '', placeholder: 'AZ', pattern: '[A-Za-z]{2}', size: 3});
  const author = el('input', {name: 'author', value: sessionStorage.getItem(AUTHOR) || '', required: true, placeholder: 'your name', size: 16});
  const reason = el('input', {name: 'reason', required: true, placeholder: 'the source or the reasoning', size: 40});
  const status = el('p', {class: 'correction-status', role: 'status'});
  const reject = el('button', {type: 'button', class: 'danger'}, 'Reject this event');
  const form = el('form', {class: 'correction-form'},
    el('div', {class: 'correction-fields'},
      field('Type', type), field('Date', date), field('Place', place), field('State', country)),
    el('div', {class: 'correction-fields'}, field('By', author), field('Why', reason)),
    el('div', {class: 'correction-actions'},
      el('button', {type: 'submit'}, 'Save changes'), reject,
      el('button', {type: 'button', class: 'link', onclick: () => { sessionStorage.removeItem(TOKEN); render(); }}, 'Forget the token')),
    status);
  const base = () => {
    sessionStorage.setItem(AUTHOR, author.value.trim());
    return {author: author.value, reason: reason.value};
  };
  const failed = (err) => {
    status.className = 'correction-status error';
    status.textContent = err.message;
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const changes = [];
    if (type.value !== e.type) changes.push({kind: 'EVENT_TYPE', type: type.value});
    if (date.value.trim() && date.value.trim() !== (e.date || '')) changes.push({kind: 'EVENT_DATE', date: date.value.trim()});
    if (place.value.trim() && (place.value.trim() !== (e.place || '') || country.value.trim().toUpperCase() !== (e.placeState || ''))) {
      changes.push({kind: 'EVENT_PLACE', place: place.value.trim(), country: country.value.trim()});
    }
    if (!changes.length) {
      status.className = 'correction-status muted';
      status.textContent = 'Nothing changed: edit the type, date or place first.';
      return;
    }
    try {
      for (const c of changes) await post('corrections', {...c, target, ...base()}, token);
      await saved();
    } catch (err) {
      failed(err);
    }
  });
  reject.addEventListener('click', async () => {
    // Only who and why matter to a rejection: a half-edited field does not hold it up.
    if (!author.reportValidity() || !reason.reportValidity()) return;
    try {
      rejected(await post('corrections', {kind: 'REJECT_EVENT', target: e.id, ...base()}, token));
    } catch (err) {
      failed(err);
    }
  });
  return form;
}
