// The page's router: #/reports, #/report/ID, #/persons, #/person/ID, #/events, #/event/ID, #/dyad/A/B,
// #/network, #/map.
import {el, show} from './dom.js';
import {reportList, reportPage} from './reports.js';
import {personList, personPage} from './persons.js';
import {dyadPage} from './dyad.js';
import {eventList} from './events.js';
import {networkPage} from './network.js';
import {mapPage} from './map.js';
import {occurrencePage} from './occurrence.js';

const view = document.getElementById('view');

function navigate(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined && v !== 1) query.set(k, v);
  location.hash = '#/' + path + (query.toString() ? '?' + query : '');
}

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === (parts[0] || 'reports').replace(/^(report|person|event)$/, '$1s')));
  view.setAttribute('aria-busy', 'true');
  try {
    switch (parts[0] || 'reports') {
      case 'reports': await reportList(view, params, navigate); break;
      case 'report': await reportPage(view, parts[1], params); break;
      case 'persons': await personList(view, params, navigate); break;
      case 'person': await personPage(view, parts[1]); break;
      case 'events': await eventList(view, params, navigate); break;
      case 'event': await occurrencePage(view, parts[1]); break;
      case 'dyad': await dyadPage(view, parts[1], parts[2], navigate); break;
      case 'network': await networkPage(view, params, navigate); break;
      case 'map': await mapPage(view, params, navigate); break;
      default: throw new Error(`No page at #/${path}.`);
    }
    if (!params.get('event') && !params.get('s')) window.scrollTo(0, 0);
    const h1 = view.querySelector('h1');
    document.title = h1 ? `${h1.textContent} · Attaché` : 'Attaché';
  } catch (e) {
    show(view, el('h1', {}, 'Something went wrong'), el('p', {class: 'error'}, e.message));
  } finally {
    view.setAttribute('aria-busy', 'false');
  }
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  navigate('reports', {q: ev.target.q.value});
});
// "/" jumps to the search box, as on many sites analysts use.
document.addEventListener('keydown', (ev) => {
  const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
  if (ev.key === '/' && !typing) {
    ev.preventDefault();
    document.querySelector('#search input').focus();
  }
});
window.addEventListener('hashchange', route);
route();
