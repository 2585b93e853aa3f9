// customers.js — find a customer (GET /customers?q=) and see one customer
// across channels: identities and every conversation.

import { api, query } from '../api.js';
import { h, mount, age, avatar, channelIcon, label } from '../dom.js';

let root = null;
let detailEl = null;

export function render(container, args) {
  root = container;
  const input = h('input', { type: 'search', class: 'search', placeholder: 'Name, email or phone', 'aria-label': 'Search customers' });
  const results = h('div', { class: 'card' });
  const detail = h('div', { class: 'customer-detail' });
  let timer = null;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => search(input.value.trim(), results), 300); });
  mount(container, h('div', { class: 'page customers' },
    h('header', { class: 'page-head' }, h('h2', { text: 'Customers' }), input),
    h('div', { class: 'split' }, results, detail)));
  search('', results);
  detailEl = detail;
  update(args);
}

export function update(args) {
  if (!root || !detailEl) return;
  const id = args && args[0];
  if (id) show(id, detailEl); else mount(detailEl);
}

export function dispose() { root = null; detailEl = null; }

async function search(q, box) {
  try {
    const res = await api('GET', '/customers' + query({ q, limit: 50 }));
    const rows = (res && res.data) || [];
    mount(box, rows.length ? h('ul', { class: 'plain-list' }, rows.map((c) => h('li', null,
      h('a', { class: 'cust', href: '#/customers/' + c.id }, avatar(c.name || c.email || c.phone),
        h('div', null, h('div', { text: c.name || 'Unknown' }), h('div', { class: 'muted small', text: [c.email, c.phone].filter(Boolean).join(' · ') }))))))
      : h('p', { class: 'muted', text: q ? 'No customer matches.' : 'No customers yet.' }));
  } catch (e) {
    if (e.status !== 401) mount(box, h('p', { class: 'form-error', text: 'Could not search customers: ' + e.message }));
  }
}

async function show(id, box) {
  mount(box, h('div', { class: 'card' }, h('p', { class: 'muted', text: 'Loading…' })));
  try {
    const [c, convs] = await Promise.all([
      api('GET', '/customers/' + encodeURIComponent(id)),
      api('GET', '/conversations' + query({ customer_id: id, status: 'all', limit: 50 })),
    ]);
    const idents = (c && c.identities) || [];
    mount(box, h('section', { class: 'card' },
      h('div', { class: 'cust cust-big' }, avatar(c.name || c.email), h('div', null, h('h3', { text: c.name || 'Unknown customer' }),
        h('div', { class: 'muted small', text: [c.email, c.phone].filter(Boolean).join(' · ') }))),
      idents.length ? h('ul', { class: 'chips' }, idents.map((i) => h('li', { class: 'chip', text: i.kind + ': ' + i.value }))) : null,
      h('h3', { text: 'Conversations' }),
      h('ul', { class: 'others' }, ((convs && convs.data) || []).map((o) => h('li', null,
        h('a', { href: '#/inbox/' + o.id }, channelIcon(o.channel), h('span', { class: 'others-subj', text: o.subject || o.last_message_preview || '#' + o.id })),
        h('span', { class: 'muted small', text: label(o.status) + ' · ' + age(o.last_message_at || o.created_at) }))))));
  } catch (e) {
    if (e.status !== 401) mount(box, h('p', { class: 'form-error', text: 'Could not load customer: ' + e.message }));
  }
}
