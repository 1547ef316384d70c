// One event across reports: what is known of it, and every report telling of it with the sentence
// that says so marked in the report's own text.
import {el, show, add, stateName, typeBadge, plural} from './dom.js';
import {api} from './api.js';
import {personHref, reportHref} from './parts.js';
import {reportText} from './highlight.js';
import {correctionsBox} from './corrections.js';

export async function occurrencePage(view, id) {
  const e = await api(`events/${encodeURIComponent(id)}`);
  const ids = [...new Set(e.reports.map((r) => r.reportId))];
  const details = new Map(await Promise.all(ids.map(async (rid) => [rid, await api(`reports/${encodeURIComponent(rid)}`)])));
  const states = e.countries.map(stateName).join(' – ');
  show(view,
    el('p', {class: 'crumbs'}, e.countries.length === 2
      ? el('a', {href: `#/dyad/${e.countries[0]}/${e.countries[1]}`}, `← ${states}`)
      : el('a', {href: '#/events'}, '← Events')),
    el('h1', {}, [`${e.type.charAt(0)}${e.type.slice(1).toLowerCase()}`, states, e.day || 'undated'].filter(Boolean).join(' · ')),
    facts(e),
    el('h2', {}, `Reports (${e.reports.length})`),
    e.reports.length ? e.reports.map((r) => toldBy(e, r, details.get(r.reportId)))
      : el('p', {class: 'muted'}, 'An analyst added this event; no report is attached.'),
    correctionsBox(e, {
      saved: () => occurrencePage(view, id),
      rejected: (outcome) => show(view,
        el('h1', {}, 'Event rejected'),
        el('p', {class: 'rejected'}, `Correction ${outcome.correction.id} by ${outcome.correction.author} is saved: this event no longer shows in lists, dyads, the network or the map. It stays in the corrections log (./attache correct log).`),
        el('p', {}, e.countries.length === 2
          ? el('a', {href: `#/dyad/${e.countries[0]}/${e.countries[1]}`}, `← ${states}`)
          : el('a', {href: '#/events'}, '← Events'))),
    }));
  return e;
}

function facts(e) {
  const yearFrom = e.yearFrom ? e.reports.find((r) => r.reportId === e.yearFrom) : null;
  const row = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
  return el('dl', {class: 'facts'},
    row('Date', e.date || 'unknown',
      e.day && e.day !== e.date ? el('span', {class: 'muted'}, ` (placed at ${e.day}, its report's day)`) : null,
      yearFrom ? el('span', {class: 'muted year-from'}, ' · year from ',
        el('a', {href: reportHref(yearFrom.reportId, e.id)}, yearFrom.reportTitle || yearFrom.reportId)) : null),
    row('Place', e.place ? [e.place, e.placeState && stateName(e.placeState) !== e.place ? ` (${stateName(e.placeState)})` : ''].join('') : 'not given'),
    row('States', e.countries.map(stateName).join(', ') || 'none named'),
    row('Participants', e.participants.length ? e.participants.map((p, i) => [i ? ', ' : '',
      p.personId ? el('a', {href: personHref(p.personId)}, p.name) : p.name,
      el('span', {class: 'muted'}, [p.country ? ` (${p.country})` : '', p.role ? ` ${p.role}` : ''].join(''))]) : 'none named'),
    e.name ? row('Name', e.name) : null,
    row('Type', typeBadge(e.type), e.cameo ? el('span', {class: 'muted'}, ` CAMEO ${e.cameo}`) : null),
    row('Status', e.status === 'PLANNED' ? 'planned' : 'took place'),
    row('Sources', `${plural(e.reports.length, 'report')}, ${plural(e.independentSources, 'independent source')}`));
}

/** One report: its headline and outlet, and its text with this event's evidence marked. */
function toldBy(e, r, detail) {
  const head = el('header', {},
    el('a', {href: reportHref(r.reportId, e.id), class: 'report-title'}, r.reportTitle || r.reportId),
    el('p', {class: 'meta'}, [r.outlet, r.published].filter(Boolean).join(' · ') || 'outlet and day unknown',
      r.date && r.date !== e.date ? el('span', {class: 'report-date'}, ` · dates it ${r.date}`) : null));
  const article = el('article', {class: 'occurrence-report', 'data-report': r.reportId}, head);
  if (!detail || !r.evidence) {
    return add(article, el('p', {class: 'muted'}, 'No evidence sentence is kept for this report.'));
  }
  const marks = detail.highlights.filter((h) => h.kind === 'block');
  marks.push({kind: 'evidence', start: r.evidence.start, end: r.evidence.end, label: `${e.type} ${e.date || ''}`.trim(), ref: e.id});
  const text = reportText(detail.text, marks);
  const box = el('div', {class: 'excerpt'}, text.node);
  add(article, box);
  // Once laid out, the box scrolls to the evidence (the page itself stays put).
  requestAnimationFrame(() => {
    const mark = box.querySelector('.evidence');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 24);
  });
  return article;
}
