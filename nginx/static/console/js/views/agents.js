// agents.js — agents management (admin): list, add, edit (role, teams,
// capacity, password), deactivate / reactivate.

import { api, query, currentAgent } from '../api.js';
import { h, mount, avatar, label, teamLabel, toast, TEAMS } from '../dom.js';

let root = null;

export function render(container) {
  root = container;
  const list = h('div', { class: 'card' }, h('p', { class: 'muted', text: 'Loading…' }));
  mount(container, h('div', { class: 'page' },
    h('header', { class: 'page-head' }, h('h2', { text: 'Agents' }),
      h('button', { class: 'btn btn-primary', type: 'button', id: 'agent-add', on: { click: () => editDialog(null, reload) } }, 'Add agent')),
    list));
  async function reload() {
    try {
      const res = await api('GET', '/agents' + query({ limit: 100 }));
      if (root !== container) return;
      mount(list, table(res && res.data ? res.data : [], reload));
    } catch (e) {
      if (e.status !== 401) mount(list, h('p', { class: 'form-error', text: 'Could not load agents: ' + e.message }));
    }
  }
  reload();
}

export function dispose() { root = null; }

function table(rows, reload) {
  if (!rows.length) return h('p', { class: 'muted', text: 'No agents yet.' });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', null, h('tr', null, ['Name', 'Role', 'Teams', 'Capacity', 'Status', ''].map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', null, rows.map((a) => h('tr', { class: a.active === false ? 'inactive' : '' },
      h('td', null, h('div', { class: 'cust' }, avatar(a.name), h('div', null, h('div', { text: a.name }), h('div', { class: 'muted small', text: a.email })))),
      h('td', { text: label(a.role) }),
      h('td', null, (a.teams || []).map((t) => h('span', { class: 'chip team-chip', text: teamLabel(t) }))),
      h('td', { class: 'num', text: a.capacity ?? '—' }),
      h('td', null, a.active === false ? h('span', { class: 'chip', text: 'Deactivated' })
        : h('span', { class: ['chip', a.available === false ? 'chip-away' : 'chip-ok'], text: a.available === false ? 'Away' : 'Available' })),
      h('td', { class: 'row-actions' },
        h('button', { class: 'btn btn-xs', type: 'button', on: { click: () => editDialog(a, reload) } }, 'Edit'),
        a.active === false
          ? h('button', { class: 'btn btn-xs', type: 'button', on: { click: () => setActive(a, true, reload) } }, 'Reactivate')
          : String(a.id) !== String((currentAgent() || {}).id)
            ? h('button', { class: 'btn btn-xs btn-danger', type: 'button', on: { click: () => setActive(a, false, reload) } }, 'Deactivate') : null))))));
}

async function setActive(a, active, reload) {
  if (!active && !window.confirm('Deactivate ' + a.name + '? Their tokens stop working at once and their open conversations go back to the queue.')) return;
  try {
    if (active) await api('PATCH', '/agents/' + encodeURIComponent(a.id), { active: true });
    else await api('DELETE', '/agents/' + encodeURIComponent(a.id));
    toast(active ? 'Reactivated' : 'Deactivated', 'ok');
    reload();
  } catch (e) {
    toast(e.message, 'error');
  }
}

function editDialog(a, reload) {
  const isNew = !a;
  const name = h('input', { type: 'text', required: true, value: a ? a.name : '', 'aria-label': 'Name' });
  const email = h('input', { type: 'email', required: true, value: a ? a.email : '', 'aria-label': 'Email' });
  const role = h('select', { 'aria-label': 'Role' }, h('option', { value: 'agent' }, 'Agent'), h('option', { value: 'admin' }, 'Admin'));
  role.value = a ? a.role : 'agent';
  const capacity = h('input', { type: 'number', min: '0', max: '1000', value: a && a.capacity !== undefined ? a.capacity : 10, 'aria-label': 'Capacity' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', placeholder: isNew ? 'at least 8 characters' : 'leave empty to keep', 'aria-label': 'Password' });
  const teamBoxes = TEAMS.map((t) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: t, checked: Boolean(a && (a.teams || []).includes(t)) }), teamLabel(t)));
  const err = h('div', { class: 'form-error', hidden: true, role: 'alert' });
  const close = () => back.remove();
  const form = h('form', { class: 'dialog', role: 'dialog', 'aria-label': isNew ? 'Add agent' : 'Edit agent' },
    h('h3', { text: isNew ? 'Add agent' : 'Edit ' + a.name }), err,
    h('div', { class: 'form-grid' },
      h('label', { text: 'Name' }), name, h('label', { text: 'Email' }), email, h('label', { text: 'Role' }), role,
      h('label', { text: 'Capacity' }), capacity, h('label', { text: 'Password' }), password),
    h('fieldset', { class: 'teams' }, h('legend', { text: 'Teams' }), teamBoxes),
    h('div', { class: 'dialog-actions' }, h('button', { class: 'btn btn-ghost', type: 'button', on: { click: close } }, 'Cancel'),
      h('button', { class: 'btn btn-primary', type: 'submit' }, isNew ? 'Add' : 'Save')));
  const back = h('div', { class: 'dialog-backdrop' }, form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = {
      name: name.value.trim(), email: email.value.trim(), role: role.value,
      capacity: Number(capacity.value), teams: teamBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
    };
    if (password.value) body.password = password.value;
    try {
      if (isNew) await api('POST', '/agents', body);
      else await api('PATCH', '/agents/' + encodeURIComponent(a.id), body);
      password.value = '';
      close();
      toast(isNew ? 'Agent added' : 'Saved', 'ok');
      reload();
    } catch (e) {
      err.textContent = e.message;
      err.hidden = false;
    }
  });
  document.body.appendChild(back);
  name.focus();
}
