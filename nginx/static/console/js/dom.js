// dom.js — building the page without HTML strings.
//
// Everything that comes from customers or agents (names, subjects, messages)
// reaches the page only as text nodes or attribute values set through the
// DOM, never through innerHTML: nothing in this console parses HTML except
// the sandboxed iframe that shows an email's (already sanitised) HTML.

/**
 * h('div', {class: 'x', on: {click: fn}}, 'text', child, [more, children])
 * Attributes: class, text, title, dataset {}, on {event: fn}, hidden,
 * disabled, value, checked, type, name, placeholder, href/src (checked by
 * safeUrl), for, role, aria-* and data-*; anything else is set as an
 * attribute only if it is listed in PLAIN_ATTRS.
 */
const PLAIN_ATTRS = new Set([
  'id', 'role', 'for', 'name', 'type', 'placeholder', 'autocomplete', 'min', 'max', 'step',
  'tabindex', 'rows', 'maxlength', 'required', 'sandbox', 'referrerpolicy', 'target', 'rel',
  'lang', 'dir', 'controls', 'preload', 'loading', 'alt', 'inputmode', 'spellcheck', 'accept',
  'download', 'pattern', 'size', 'colspan', 'scope', 'list',
]);

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
      else if (k === 'text') el.textContent = String(v);
      else if (k === 'title') el.title = String(v);
      else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k === 'value') el.value = String(v);
      else if (k === 'checked' || k === 'disabled' || k === 'hidden' || k === 'selected') el[k] = Boolean(v);
      else if (k === 'href' || k === 'src') {
        const u = safeUrl(v);
        if (u) el.setAttribute(k, u);
      } else if (k.startsWith('aria-') || k.startsWith('data-') || PLAIN_ATTRS.has(k)) {
        el.setAttribute(k, v === true ? '' : String(v));
      } else {
        throw new Error('h(): attribute not allowed: ' + k);
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces el's children with the given ones. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A URL safe to put in href/src: same-origin paths and http(s) only (no
 * javascript:, data: or other schemes from untrusted data). Returns the
 * absolute URL string, or null.
 */
export function safeUrl(value) {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const u = new URL(value, window.location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'blob:') return u.href;
  } catch (_) { /* not a URL */ }
  return null;
}

/** Relative age ("5m", "3h", "2d") of an ISO-8601 time. */
export function age(iso, now = Date.now()) {
  const t = Date.parse(iso || '');
  if (Number.isNaN(t)) return '';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return 'now';
  if (s < 3600) return Math.floor(s / 60) + 'm';
  if (s < 86400) return Math.floor(s / 3600) + 'h';
  if (s < 86400 * 30) return Math.floor(s / 86400) + 'd';
  return new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** "30 Nov, 14:05" in the browser's time zone (the API speaks UTC). */
export function when(iso) {
  const t = Date.parse(iso || '');
  if (Number.isNaN(t)) return '';
  return new Date(t).toLocaleString(undefined, {
    day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  });
}

/** "1h 5m" from seconds (durations in dashboard reports). */
export function duration(sec) {
  if (sec === null || sec === undefined || Number.isNaN(Number(sec))) return '—';
  const s = Math.round(Number(sec));
  if (s < 60) return s + 's';
  if (s < 3600) return Math.round(s / 60) + 'm';
  if (s < 86400) return Math.floor(s / 3600) + 'h ' + Math.round((s % 3600) / 60) + 'm';
  return Math.floor(s / 86400) + 'd ' + Math.round((s % 86400) / 3600) + 'h';
}

export const TEAMS = ['finance', 'support', 'dispatch', 'sales', 'technical', 'returns_refunds', 'general'];
export const STATUSES = ['open', 'pending', 'resolved', 'closed'];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'];
export const CHANNELS = ['email', 'chat', 'call'];

const TEAM_LABELS = { returns_refunds: 'Returns & refunds' };
export function teamLabel(t) {
  if (!t) return '—';
  return TEAM_LABELS[t] || t.charAt(0).toUpperCase() + t.slice(1);
}
export function label(s) {
  if (!s) return '—';
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ');
}
const CHANNEL_LABELS = { email: 'Email', chat: 'WhatsApp', call: 'Call' };
export function channelLabel(c) { return CHANNEL_LABELS[c] || label(c); }

/** A small inline icon per channel (built as SVG nodes, no markup strings). */
export function channelIcon(channel) {
  const paths = {
    email: 'M3 6h18v12H3z M3 6l9 7 9-7',
    chat: 'M4 19l1.5-4A8 8 0 1 1 9 18.5z',
    call: 'M6 3h4l2 5-2.5 1.5a11 11 0 0 0 5 5L16 12l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z',
  };
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'ch-icon ch-' + (paths[channel] ? channel : 'other'));
  svg.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', paths[channel] || 'M4 4h16v16H4z');
  svg.appendChild(p);
  const wrap = h('span', { class: 'ch-badge ch-' + channel, title: channelLabel(channel) });
  wrap.appendChild(svg);
  return wrap;
}

/** Initials avatar for a person. */
export function avatar(name, cls = '') {
  const parts = String(name || '?').trim().split(/\s+/).filter(Boolean);
  const ini = (parts[0] ? Array.from(parts[0])[0] : '?') + (parts[1] ? Array.from(parts[1])[0] : '');
  let hash = 0;
  for (const ch of String(name || '')) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return h('span', { class: ['avatar', 'av' + (hash % 6), cls], 'aria-hidden': 'true', text: ini.toUpperCase() });
}

/** A transient message in the corner. kind: 'ok' | 'error' | 'info'. */
export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  if (!box) return;
  const t = h('div', { class: ['toast', 'toast-' + kind], text: message });
  box.appendChild(t);
  setTimeout(() => t.remove(), kind === 'error' ? 6000 : 3000);
}

/** <select> with [value, label] options; value preselected. */
export function select(options, value, attrs = {}) {
  const el = h('select', attrs, options.map(([v, l]) => h('option', { value: v }, l)));
  el.value = String(value ?? '');
  return el;
}
