// The report list with search, and one report's page with its spans highlighted.
import {el, show, outsideLink, plural} from './dom.js';
import {api} from './api.js';
import {eventCard, pager, reportHref, personHref} from './parts.js';
import {reportText} from './highlight.js';

/**
 * The search's terms as the server reads them (TextQuery): "quoted phrases" and plain words, each a
 * list of words (runs of letters and digits).
 */
function terms(query) {
  const words = (s) => s.match(/[\p{L}\p{M}\p{N}]+/gu) || [];
  return [...query.matchAll(/"([^"]*)"?|[^\s"]+/g)]
    .map((m) => words(m[1] !== undefined ? m[1] : m[0]))
    .filter((t) => t.length);
}

/** The text with each whole-word match of a term in a <mark>, built from text nodes. */
function marked(text, query) {
  const escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = terms(query).map((t) => t.map(escape).join('[^\\p{L}\\p{M}\\p{N}]+'));
  if (!alternatives.length) return [text];
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  const out = [];
  let from = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(from, m.index), el('mark', {class: 'hit'}, m[0]));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

export async function reportList(view, params, navigate) {
  const q = params.get('q') || '';
  const outlet = params.get('outlet') || '';
  const [page, {problems}] = await Promise.all([
    api('reports', {q, outlet, page: params.get('page') || 1, size: 25}), api('problems')]);
  const form = el('form', {class: 'inline-search', role: 'search'},
    el('input', {type: 'search', name: 'q', value: q, placeholder: 'Words in the title or text', 'aria-label': 'Search reports'}),
    el('button', {type: 'submit'}, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('reports', {q: form.q.value});
  });
  const rows = page.items.map((r) => el('li', {class: 'report-row'},
    el('a', {href: reportHref(r.id), class: r.title ? 'report-title' : 'report-title untitled', title: r.title ? null : 'no headline found: the first sentence'}, r.title || r.lead || '(no headline)'),
    r.match ? el('p', {class: 'lead match'}, marked(r.match, q))
      : r.title && r.lead ? el('p', {class: 'lead'}, r.lead) : null,
    el('div', {class: 'meta'},
      r.published || 'undated',
      r.outlet ? [' · ', el('a', {href: `#/reports?outlet=${encodeURIComponent(r.outlet)}`, title: 'reports of this outlet'}, r.outlet)] : null,
      r.dateline ? ` · ${r.dateline}` : null,
      el('span', {class: 'counts'}, ` · ${plural(r.persons, 'person')} · ${plural(r.events, 'event')}`))));
  show(view, 
    el('h1', {}, q ? `Reports with “${q}”` : 'Reports'),
    form,
    outlet ? el('p', {class: 'filters'}, `Outlet: ${outlet} `, el('a', {href: '#/reports' + (q ? `?q=${encodeURIComponent(q)}` : '')}, '(all outlets)')) : null,
    page.items.length ? el('ol', {class: 'report-list'}, rows) : el('p', {class: 'empty'}, q ? 'No report contains that.' : 'No reports yet: run ./attache analyze first.'),
    pager(page, (p) => navigate('reports', {q, outlet, page: p})),
    problems.length ? el('details', {class: 'problems'},
      el('summary', {}, `${plural(problems.length, 'file')} could not be read`),
      el('ul', {class: 'plain'}, problems.map((p) => el('li', {}, el('code', {}, p.source), ` — ${p.message}`)))) : null);
}

export async function reportPage(view, id, params) {
  const r = await api(`reports/${encodeURIComponent(id)}`);
  const meta = r.report;
  const text = reportText(r.text, r.highlights);
  const showEvent = (e) => text.showEvent(e.id);
  const side = el('aside', {class: 'side'},
    text.legend,
    el('h2', {}, `Events (${r.events.length})`),
    r.events.length ? r.events.map((e) => eventCard(e, {onShow: showEvent, showReport: false}))
      : el('p', {class: 'muted'}, 'No events read in this report.'),
    el('h2', {}, `Persons (${r.persons.length})`),
    el('ul', {class: 'plain'}, r.persons.map((p) => el('li', {},
      el('a', {href: personHref(p.id)}, p.name),
      el('span', {class: 'muted'}, [p.country ? ` (${p.country})` : '', p.titles.length ? ` ${p.titles[0]}` : ''].join(''))))));
  show(view, 
    el('p', {class: 'crumbs'}, el('a', {href: '#/reports'}, '← Reports')),
    el('h1', {class: 'report-headline'}, meta.title || '(no headline)'),
    el('p', {class: 'meta'},
      [meta.outlet, meta.published, meta.author, meta.dateline].filter(Boolean).join(' · '),
      meta.url ? [' · ', outsideLink(meta.url, 'original')] : null),
    el('div', {class: 'report-layout'}, el('section', {class: 'text-col'}, text.node), side));
  if (params.get('event')) text.showEvent(params.get('event'));
  if (params.get('s')) text.showSentence(params.get('s'));
}
