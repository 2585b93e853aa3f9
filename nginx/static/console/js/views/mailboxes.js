// mailboxes.js — monitored Gmail mailboxes (admin): list with watch and
// sync state, add, pause / resume, start / stop the Gmail watch, remove.

import { api } from '../api.js';
import { h, mount, when, toast } from '../dom.js';

let root = null;

export function render(container) {
  root = container;
  const email = h('input', { type: 'email', required: true, placeholder: 'support@katyayani.example', 'aria-label': 'Mailbox address' });
  const name = h('input', { type: 'text', placeholder: 'Display name (optional)', 'aria-label': 'Display name' });
  const list = h('div', { class: 'card' }, h('p', { class: 'muted', text: 'Loading…' }));
  const form = h('form', { class: 'card inline-form' }, h('h3', { text: 'Add a mailbox' }), email, name,
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Add'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await api('POST', '/support-emails', { email: email.value.trim(), display_name: name.value.trim() || null });
      email.value = '';
      name.value = '';
      toast('Mailbox added: its Gmail watch starts in the background', 'ok');
      reload();
    } catch (e) {
      toast(e.message, 'error');
    }
  });
  mount(container, h('div', { class: 'page' }, h('header', { class: 'page-head' }, h('h2', { text: 'Mailboxes' })), form, list));

  async function reload() {
    try {
      const res = await api('GET', '/support-emails');
      if (root !== container) return;
      mount(list, table((res && res.data) || [], reload));
    } catch (e) {
      if (e.status !== 401) mount(list, h('p', { class: 'form-error', text: 'Could not load mailboxes: ' + e.message }));
    }
  }
  reload();
}

export function dispose() { root = null; }

function table(rows, reload) {
  if (!rows.length) return h('p', { class: 'muted', text: 'No mailbox is monitored yet.' });
  const act = (label, fn, cls = '') => h('button', { class: ['btn', 'btn-xs', cls], type: 'button', on: { click: fn } }, label);
  const run = async (method, path, body, ok) => {
    try { await api(method, path, body); toast(ok, 'ok'); reload(); } catch (e) { toast(e.message, 'error'); }
  };
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', null, h('tr', null, ['Mailbox', 'Active', 'Watch until', 'Last sync', ''].map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', null, rows.map((m) => {
      const base = '/support-emails/' + encodeURIComponent(m.id);
      return h('tr', { class: m.is_active ? '' : 'inactive' },
        h('td', null, h('div', { text: m.display_name || m.email }), h('div', { class: 'muted small', text: m.email })),
        h('td', null, h('span', { class: ['chip', m.is_active ? 'chip-ok' : ''], text: m.is_active ? 'Active' : 'Paused' })),
        h('td', { text: m.watch_expiration ? when(m.watch_expiration) : '—' }),
        h('td', null, h('div', { text: m.last_sync_at ? when(m.last_sync_at) + ' · ' + (m.last_sync_status || '') : '—' }),
          m.last_error ? h('div', { class: 'form-error small', text: m.last_error }) : null),
        h('td', { class: 'row-actions' },
          act(m.is_active ? 'Pause' : 'Resume', () => run('PATCH', base, { is_active: !m.is_active }, m.is_active ? 'Paused' : 'Resumed')),
          act('Watch', () => run('POST', base + '/watch', null, 'Watch requested')),
          act('Stop watch', () => run('POST', base + '/stop-watch', null, 'Stop requested')),
          act('Remove', () => { if (window.confirm('Stop monitoring ' + m.email + '?')) run('DELETE', base, null, 'Removed'); }, 'btn-danger')));
    }))));
}
