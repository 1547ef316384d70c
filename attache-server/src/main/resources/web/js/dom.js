// Every node is built here with textContent and setAttribute: report text is untrusted and is
// never parsed as HTML. Nothing in this page uses innerHTML.

/** el('a', {href: '#/x', class: 'y'}, 'text', child) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      node.addEventListener(k.slice(2), v);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A link to an outside address, only for http(s): a report's URL is untrusted too. */
export function outsideLink(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', {href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank'}, label);
    }
  } catch (e) {
    // not an address: shown as text below
  }
  return el('span', {}, url);
}

const REGIONS = typeof Intl.DisplayNames === 'function'
  ? new Intl.DisplayNames(['en'], {type: 'region'}) : null;

/** "Azerbaijan" for AZ; the code itself when the browser does not know it. */
export function stateName(code) {
  if (!code) return '';
  try {
    return (REGIONS && REGIONS.of(code)) || code;
  } catch (e) {
    return code;
  }
}

export const EVENT_TYPES =
  ['MEETING', 'VISIT', 'EXERCISE', 'AGREEMENT', 'ARMS', 'TRAINING', 'SUPPORT'];

export function typeBadge(type) {
  return el('span', {class: `badge t-${type}`}, type.toLowerCase());
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Appends children; null and false ones are left out, as in el(). */
export function add(node, ...children) {
  append(node, children);
  return node;
}

/** Replaces a node's children; null and false children are left out, as in el(). */
export function show(node, ...children) {
  clear(node);
  append(node, children);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}
