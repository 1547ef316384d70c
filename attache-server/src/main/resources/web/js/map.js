// Where events happened: the world from world-atlas (Natural Earth, bundled under /geo), a marker
// for each state taking part or hosting, and a line for each pair of states that shared events.
import {el, svg, show, add, stateName, plural} from './dom.js';
import {api} from './api.js';
import {eventLinks, stateColours, typeYearFilters} from './parts.js';

const [W, H] = [1000, 560];
// Longitudes past 180 keep Chukotka beside the rest of Russia; Antarctica is left out.
const [LON0, LON1, LAT0, LAT1] = [-180, 190, -58, 84];
const FILTERS = ['type', 'from', 'to'];
let world = null;

async function loadWorld() {
  if (world) return world;
  const [topo, table] = await Promise.all([
    fetch('/geo/countries-110m.json').then((r) => r.json()),
    fetch('/geo/states.tsv').then((r) => r.text())]);
  const points = new Map();
  const codes = new Map();
  for (const line of table.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [a2, numeric, lon, lat] = line.split('\t');
    points.set(a2, [Number(lon), Number(lat)]);
    codes.set(numeric, a2);
  }
  world = {countries: countries(topo, codes), points};
  return world;
}

/** TopoJSON to rings of [lon, lat]: arcs are delta-encoded and quantized by the transform. */
export function countries(topo, codes) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indexes) => {
    const out = [];
    for (const i of indexes) {
      const pts = i >= 0 ? arcs[i] : [...arcs[~i]].reverse();
      out.push(...(out.length ? pts.slice(1) : pts));
    }
    return unwrap(out);
  };
  return topo.objects.countries.geometries
    .filter((g) => g.id !== '010' && g.arcs)
    .map((g) => ({
      code: codes.get(g.id) || null,
      name: g.properties.name,
      rings: (g.type === 'Polygon' ? [g.arcs] : g.arcs).flatMap((poly) => poly.map(ring)),
    }));
}

/** A ring along the antimeridian is drawn east of it, in one piece. */
function unwrap(pts) {
  const xs = pts.map((p) => p[0]);
  if (Math.max(...xs) - Math.min(...xs) < 300) return pts;
  return pts.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

const project = ([lon, lat]) =>
  [((lon - LON0) / (LON1 - LON0)) * W, ((LAT1 - lat) / (LAT1 - LAT0)) * H];

function pathOf(rings) {
  return rings.map((r) => 'M' + r.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L') + 'Z').join('');
}

/** Every event of the filters, page after page. */
async function allEvents(chosen) {
  const out = [];
  for (let page = 1; ; page++) {
    const p = await api('events', {...chosen, page, size: 500});
    out.push(...p.items);
    if (out.length >= p.total || !p.items.length) return out;
  }
}

/** Per state: the events it takes part in or hosts; per pair of states: the events they share. */
export function tally(events) {
  const states = new Map();
  const pairs = new Map();
  for (const e of events) {
    const here = new Set([...e.countries, ...(e.placeState ? [e.placeState] : [])]);
    for (const s of here) {
      if (!states.has(s)) states.set(s, {code: s, events: [], hosted: 0});
      states.get(s).events.push(e);
      if (s === e.placeState) states.get(s).hosted++;
    }
    const cs = [...e.countries].sort();
    for (let i = 0; i < cs.length; i++) {
      for (let j = i + 1; j < cs.length; j++) {
        const key = `${cs[i]}-${cs[j]}`;
        if (!pairs.has(key)) pairs.set(key, {a: cs[i], b: cs[j], events: []});
        pairs.get(key).events.push(e);
      }
    }
  }
  return {states: [...states.values()], pairs: [...pairs.values()]};
}

export async function mapPage(view, params, navigate) {
  const chosen = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || '']));
  const [{countries: shapes, points}, events] = await Promise.all([loadWorld(), allEvents(chosen)]);
  const {states, pairs} = tally(events);
  const placed = states.filter((s) => points.has(s.code));
  const unplaced = states.filter((s) => !points.has(s.code));
  const whole = params.get('world') === '1';
  show(view,
    el('h1', {}, 'Map'),
    typeYearFilters(chosen, (p) => navigate('map', {...p, world: whole ? '1' : ''})),
    el('p', {class: 'headline-figures'},
      el('strong', {}, String(events.length)), ' events · ',
      el('strong', {}, String(states.length)), ' states · ',
      el('strong', {}, String(pairs.length)), ' pairs',
      el('span', {class: 'muted'}, ` · ${events.filter((e) => e.placeState).length} with a known place`),
      ' ', el('button', {type: 'button', class: 'link', onclick: () => navigate('map', {...chosen, world: whole ? '' : '1'})},
        whole ? 'Fit to the events' : 'Whole world')));
  const side = el('aside', {class: 'net-side'},
    el('h2', {}, 'Where'),
    el('p', {class: 'muted'}, 'Click a marker for the events of a state, a line for the events two states shared. A ringed marker hosted events.'));
  const colours = stateColours([...states].sort((a, b) => b.events.length - a.events.length || a.code.localeCompare(b.code)).map((s) => s.code));
  add(view, el('div', {class: 'net-layout'},
    el('div', {class: 'net-box'}, drawing(shapes, points, placed, pairs, colours, side, whole),
      unplaced.length ? el('p', {class: 'muted'}, `Not on the map: ${unplaced.map((s) => stateName(s.code)).join(', ')}.`) : null),
    side));
}

/** The part of the world the markers need, with a margin, at the drawing's proportions. */
function viewBox(placed, points, whole) {
  if (whole || !placed.length) return [0, 0, W, H];
  const xy = placed.map((s) => project(points.get(s.code)));
  let [x0, x1] = [Math.min(...xy.map((p) => p[0])), Math.max(...xy.map((p) => p[0]))];
  let [y0, y1] = [Math.min(...xy.map((p) => p[1])), Math.max(...xy.map((p) => p[1]))];
  const w = Math.max(x1 - x0 + 110, 200, ((y1 - y0 + 90) * W) / H);
  const h = (w * H) / W;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return [cx - w / 2, cy - h / 2, w, h].map((v) => Number(v.toFixed(1)));
}

function drawing(shapes, points, placed, pairs, colours, side, whole) {
  const box = viewBox(placed, points, whole);
  const scale = box[2] / W;
  const busy = new Set(placed.map((s) => s.code));
  const picture = svg('svg', {viewBox: box.join(' '), width: W, height: H, class: 'world-map', role: 'img', 'aria-label': 'map of where events happened'});
  picture.append(svg('rect', {x: box[0], y: box[1], width: box[2], height: box[3], class: 'sea'}));
  for (const c of shapes) {
    picture.append(svg('path', {d: pathOf(c.rings), class: busy.has(c.code) ? 'land busy' : 'land', 'stroke-width': 0.6 * scale},
      svg('title', {}, c.name)));
  }
  const maxPair = Math.max(1, ...pairs.map((p) => p.events.length));
  for (const p of pairs) {
    if (!points.has(p.a) || !points.has(p.b)) continue;
    const [a, b] = [project(points.get(p.a)), project(points.get(p.b))];
    // A gentle arc, so lines between neighbours and lines across the map stay apart.
    const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const [nx, ny] = [-(b[1] - a[1]) * 0.2, (b[0] - a[0]) * 0.2];
    const d = `M${a[0]},${a[1]}Q${mx + nx},${my + ny} ${b[0]},${b[1]}`;
    const width = (1.5 + (4 * p.events.length) / maxPair) * scale;
    const line = svg('g', {class: 'pair', tabindex: 0, 'data-pair': `${p.a}-${p.b}`},
      svg('title', {}, `${stateName(p.a)} – ${stateName(p.b)}: ${plural(p.events.length, 'event')}`),
      svg('path', {d, class: 'pair-line', 'stroke-width': width}),
      svg('path', {d, class: 'edge-hit', 'stroke-width': 12 * scale}));
    const open = () => listEvents(side, `${stateName(p.a)} – ${stateName(p.b)}`, p.events, 0, line);
    line.addEventListener('click', open);
    line.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    picture.append(line);
  }
  const maxState = Math.max(1, ...placed.map((s) => s.events.length));
  for (const s of placed) {
    const [x, y] = project(points.get(s.code));
    const r = (6 + (10 * Math.sqrt(s.events.length)) / Math.sqrt(maxState)) * scale;
    const marker = svg('g', {class: 'marker', tabindex: 0, 'data-state': s.code},
      svg('title', {}, `${stateName(s.code)}: ${plural(s.events.length, 'event')}${s.hosted ? `, ${s.hosted} held there` : ''}`),
      svg('circle', {cx: x, cy: y, r, fill: colours.get(s.code), class: s.hosted ? 'hosted' : '', 'stroke-width': (s.hosted ? 3 : 1.5) * scale}),
      svg('text', {x, y: y + r + 16 * scale, 'text-anchor': 'middle', class: 'marker-label', 'font-size': 16 * scale, 'stroke-width': 3 * scale},
        `${stateName(s.code)} · ${s.events.length}`));
    const open = () => listEvents(side, stateName(s.code), s.events, s.hosted, marker);
    marker.addEventListener('click', open);
    marker.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    picture.append(marker);
  }
  return picture;
}

function listEvents(side, title, events, hosted, shape) {
  document.querySelectorAll('.world-map .current').forEach((g) => g.classList.remove('current'));
  shape.classList.add('current');
  show(side,
    el('h2', {}, title),
    el('p', {class: 'muted'}, plural(events.length, 'event'), hosted ? `, ${hosted} held there` : ''),
    eventLinks(events));
}
