// Who met whom: persons (coloured by the state they serve) and states as nodes, events shared as
// edges. The layout is a plain force simulation run once, then drawn in SVG.
import {el, svg, show, add, stateName, plural, typeBadge} from './dom.js';
import {api} from './api.js';
import {eventLinks, personHref, stateColours, stateSelect, typeYearFilters} from './parts.js';

const [W, H] = [900, 640];
const FILTERS = ['type', 'from', 'to', 'state'];

export async function networkPage(view, params, navigate) {
  const chosen = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || '']));
  const [{states}, net] = await Promise.all([api('states'), api('network', chosen)]);
  const focus = el('label', {}, 'State ', stateSelect('state', states, chosen.state, 'any'));
  show(view,
    el('h1', {}, chosen.state ? `Network of ${stateName(chosen.state)}` : 'Network'),
    typeYearFilters(chosen, (p) => navigate('network', p), focus),
    el('p', {class: 'headline-figures'},
      el('strong', {}, String(net.nodes.filter((n) => n.kind === 'person').length)), ' persons · ',
      el('strong', {}, String(net.nodes.filter((n) => n.kind === 'state').length)), ' states · ',
      el('strong', {}, String(net.events)), ' events'));
  if (!net.edges.length) {
    add(view, el('p', {class: 'empty'}, 'No events with two parties match.'));
    return;
  }
  const side = el('aside', {class: 'net-side'});
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const colours = stateColours(net.nodes.filter((n) => n.kind === 'state')
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).map((n) => n.label));
  const showEdge = (edge) => edgeEvents(side, edge, byId);
  add(view, el('div', {class: 'net-layout'},
    drawing(net, layout(net.nodes, net.edges), colours, showEdge, navigate, chosen), side));
  strongest(side, net.edges, byId, showEdge);
}

function label(node) {
  return node.kind === 'state' ? stateName(node.label) : node.label;
}

/** Repulsion between every pair, springs along edges, a pull to the middle; a few hundred rounds. */
export function layout(nodes, edges) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  // Start on a circle in a fixed order, so the same data always gives the same picture.
  const pos = nodes.map((d, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / n),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / n)}));
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.55;
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]);
  for (let round = 0, heat = W / 8; round < 300; round++, heat *= 0.985) {
    const force = pos.map(() => ({x: 0, y: 0}));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (k * k) / d2;
        force[i].x += dx * f; force[i].y += dy * f;
        force[j].x -= dx * f; force[j].y -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = ((d * d) / k / d) * (1 + 0.3 * Math.log(w));
      force[a].x -= dx * f; force[a].y -= dy * f;
      force[b].x += dx * f; force[b].y += dy * f;
    }
    pos.forEach((p, i) => {
      force[i].x += (W / 2 - p.x) * 0.02;
      force[i].y += (H / 2 - p.y) * 0.02;
      const len = Math.max(Math.hypot(force[i].x, force[i].y), 0.01);
      const step = Math.min(len, heat);
      p.x += (force[i].x / len) * step;
      p.y += (force[i].y / len) * step;
    });
  }
  return fit(pos);
}

/** Scales the picture into the drawing, leaving room for the labels. */
function fit(pos) {
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min((W - 200) / Math.max(x1 - x0, 1), (H - 100) / Math.max(y1 - y0, 1), 6);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return pos.map((p) => ({x: W / 2 + (p.x - cx) * s, y: H / 2 + (p.y - cy) * s}));
}

function drawing(net, pos, colours, showEdge, navigate, chosen) {
  const at = new Map(net.nodes.map((d, i) => [d.id, pos[i]]));
  const picture = svg('svg', {viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'network', role: 'img', 'aria-label': 'network of persons and states'});
  const maxW = Math.max(...net.edges.map((e) => e.weight));
  // In a crowded network only the busiest persons are named; the others say who they are on hover.
  const named = new Set(net.nodes.filter((d) => d.kind === 'person')
    .sort((a, b) => b.events - a.events || a.label.localeCompare(b.label)).slice(0, 30).map((d) => d.id));
  for (const e of [...net.edges].reverse()) {
    const [a, b] = [at.get(e.source), at.get(e.target)];
    const width = 1.5 + (5 * Math.log(e.weight)) / Math.log(Math.max(maxW, 2));
    const title = svg('title', {}, `${plural(e.weight, 'event')}${e.first ? `, ${e.first}${e.last !== e.first ? ` to ${e.last}` : ''}` : ''}`);
    const line = svg('g', {class: `edge edge-${e.kind}`, tabindex: 0, 'data-source': e.source, 'data-target': e.target},
      title,
      svg('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge-line', 'stroke-width': width}),
      // A wide clear stroke so a thin line is easy to click.
      svg('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge-hit'}),
      e.weight > 1 && net.edges.length <= 40 ? svg('text', {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 4, class: 'edge-weight', 'text-anchor': 'middle'}, String(e.weight)) : null);
    line.addEventListener('click', () => showEdge(e));
    line.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') showEdge(e); });
    picture.append(line);
  }
  for (const d of net.nodes) {
    const p = at.get(d.id);
    const colour = colours.get(d.state) || '#8a9098';
    const open = d.kind === 'person'
      ? () => { location.hash = personHref(d.personId); }
      : () => navigate('network', {...chosen, state: d.label});
    const r = d.kind === 'state' ? 16 + Math.min(10, d.events) : 7 + Math.min(6, d.events);
    const node = svg('g', {class: `node node-${d.kind}`, tabindex: 0, 'data-node': d.id},
      svg('title', {}, `${label(d)}${d.kind === 'person' && d.state ? ` (${stateName(d.state)})` : ''}: ${plural(d.events, 'event')}`),
      d.kind === 'state'
        ? svg('rect', {x: p.x - r, y: p.y - r * 0.7, width: 2 * r, height: 1.4 * r, rx: 5, fill: colour})
        : svg('circle', {cx: p.x, cy: p.y, r, fill: colour}),
      d.kind === 'state'
        ? svg('text', {x: p.x, y: p.y + 5, 'text-anchor': 'middle', class: 'node-code'}, d.label)
        : null,
      d.kind === 'state' || named.has(d.id)
        ? svg('text', {x: p.x, y: p.y + r + 14, 'text-anchor': 'middle', class: 'node-label'}, label(d)) : null);
    node.addEventListener('click', open);
    node.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    picture.append(node);
  }
  return el('div', {class: 'net-box'}, picture,
    el('p', {class: 'muted net-help'}, 'Click a person to open their page, a state to centre the network on it, a line to list its events.'));
}

function edgeName(edge, byId) {
  return `${label(byId.get(edge.source))} – ${label(byId.get(edge.target))}`;
}

function edgeEvents(side, edge, byId) {
  document.querySelectorAll('.network .edge.current').forEach((g) => g.classList.remove('current'));
  document.querySelectorAll('.network .edge').forEach((g) => {
    if (g.dataset.source === edge.source && g.dataset.target === edge.target) g.classList.add('current');
  });
  show(side,
    el('h2', {}, edgeName(edge, byId)),
    el('p', {class: 'muted'}, plural(edge.weight, 'event'),
      edge.first ? `, ${edge.first}${edge.last !== edge.first ? ` to ${edge.last}` : ''}` : ''),
    eventLinks(edge.events),
    el('button', {type: 'button', class: 'link', onclick: () => strongest(side, side.edges, byId, (e) => edgeEvents(side, e, byId))}, '‹ Strongest ties'));
}

function strongest(side, edges, byId, showEdge) {
  side.edges = edges;
  const ties = edges.filter((e) => e.kind !== 'serves').slice(0, 12);
  show(side,
    el('h2', {}, 'Strongest ties'),
    el('ol', {class: 'ties'}, ties.map((e) => el('li', {},
      el('button', {type: 'button', class: 'link', onclick: () => showEdge(e)}, edgeName(e, byId)),
      el('span', {class: 'muted'}, ` ${plural(e.weight, 'event')}`),
      el('span', {class: 'muted'}, e.events.length ? ' · ' : ''),
      e.events.slice(0, 3).map((x) => typeBadge(x.type))))));
}
