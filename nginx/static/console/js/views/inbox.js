// inbox.js — the conversation list (tabs Mine / Unassigned / All with
// counts, filters, search, keyset "load more") beside the open conversation,
// kept current by live events, with keyboard shortcuts:
//   j / k  next / previous conversation      r  reply      e  resolve
//   /      search                            ?  this help  Esc  leave a field

import { api, currentAgent, query } from '../api.js';
import { h, mount, age, avatar, channelIcon, channelLabel, label, select, teamLabel, toast, TEAMS, PRIORITIES, CHANNELS } from '../dom.js';
import { onEvent, onResync } from '../live.js';
import { openConversation } from './conversation.js';

const PAGE = 30;
const TABS = [['mine', 'Mine'], ['unassigned', 'Unassigned'], ['all', 'All']];

let st = null; // everything of the mounted view; null when not mounted

function freshState() {
  return {
    tab: 'all',
    filters: { status: 'open', team: '', channel: '', priority: '' },
    q: '',
    items: [],
    cursor: null,
    loading: false,
    seq: 0,
    openId: null,
    detail: null,
    refreshTimer: null,
    known: new Set(),     // ids already shown: a new one is highlighted once
    unsub: [],
    el: {},
  };
}

export function render(root, args) {
  dispose();
  st = freshState();
  st.tab = sessionStorage.getItem('csd.inbox.tab') || 'all';
  const el = st.el;

  el.tabs = h('div', { class: 'tabs', role: 'tablist' }, TABS.map(([v, l]) =>
    h('button', { class: 'tab', type: 'button', role: 'tab', dataset: { tab: v }, on: { click: () => setTab(v) } },
      h('span', { text: l }), h('span', { class: 'count', dataset: { count: v }, text: '' }))));
  el.search = h('input', { type: 'search', class: 'search', placeholder: 'Search subject, summary, messages  ( / )', 'aria-label': 'Search conversations' });
  let searchTimer = null;
  el.search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { st.q = el.search.value.trim(); load(true); }, 300);
  });
  const f = st.filters;
  const onFilter = (key) => (ev) => { f[key] = ev.target.value; load(true); };
  el.filters = h('div', { class: 'filters' },
    select([['open', 'Open'], ['pending', 'Pending'], ['resolved', 'Resolved'], ['closed', 'Closed'], ['all', 'All statuses']], f.status, { 'aria-label': 'Status', on: { change: onFilter('status') } }),
    select([['', 'Team'], ...TEAMS.map((t) => [t, teamLabel(t)])], f.team, { 'aria-label': 'Team', on: { change: onFilter('team') } }),
    select([['', 'Channel'], ...CHANNELS.map((c) => [c, channelLabel(c)])], f.channel, { 'aria-label': 'Channel', on: { change: onFilter('channel') } }),
    select([['', 'Priority'], ...PRIORITIES.map((p) => [p, label(p)])], f.priority, { 'aria-label': 'Priority', on: { change: onFilter('priority') } }));
  el.list = h('ul', { class: 'conv-list', role: 'listbox', 'aria-label': 'Conversations', id: 'conv-list' });
  el.more = h('button', { class: 'btn btn-ghost load-more', type: 'button', hidden: true, on: { click: () => load(false) } }, 'Load more');
  el.empty = h('div', { class: 'empty', hidden: true });
  el.detail = h('section', { class: 'detail-pane', 'aria-label': 'Conversation' });
  el.listPane = h('section', { class: 'list-pane' },
    h('div', { class: 'list-head' }, h('div', { class: 'list-title' }, h('h2', { text: 'Inbox' }),
      h('button', { class: 'btn btn-ghost btn-icon', type: 'button', title: 'Keyboard shortcuts (?)', 'aria-label': 'Keyboard shortcuts', on: { click: showHelp } }, '?')),
    el.tabs, el.search, el.filters),
    h('div', { class: 'list-scroll' }, el.list, el.empty, el.more));
  el.root = h('div', { class: 'inbox' }, el.listPane, el.detail);
  mount(root, el.root);

  st.unsub.push(onEvent(onLiveEvent), onResync(() => scheduleRefresh(0)));
  document.addEventListener('keydown', onKey);
  paintTabs();
  loadCounts();
  load(true);
  update(args);
}

export function dispose() {
  if (!st) return;
  document.removeEventListener('keydown', onKey);
  for (const u of st.unsub) u();
  clearTimeout(st.refreshTimer);
  if (st.detail) st.detail.dispose();
  st = null;
}

/** Route change within the inbox: #/inbox/<id> opens a conversation. */
export function update(args) {
  if (!st) return;
  const id = args && args[0] ? String(args[0]) : null;
  st.el.root.classList.toggle('has-detail', Boolean(id));
  if (id === st.openId && st.detail) return;
  if (st.detail) st.detail.dispose();
  st.detail = null;
  st.openId = id;
  paintSelection();
  if (!id) {
    mount(st.el.detail, h('div', { class: 'placeholder' },
      h('div', { class: 'placeholder-art', 'aria-hidden': 'true' }),
      h('p', { text: 'Select a conversation' }),
      h('p', { class: 'muted small', text: 'j / k to move, r to reply, e to resolve' })));
    return;
  }
  st.detail = openConversation(st.el.detail, id, {
    onChanged: (item) => upsert(item),
    onClose: () => { window.location.hash = '#/inbox'; },
  });
}

function setTab(tab) {
  st.tab = tab;
  sessionStorage.setItem('csd.inbox.tab', tab);
  paintTabs();
  load(true);
}

function paintTabs() {
  for (const b of st.el.tabs.querySelectorAll('.tab')) {
    const on = b.dataset.tab === st.tab;
    b.classList.toggle('active', on);
    b.setAttribute('aria-selected', on ? 'true' : 'false');
  }
}

async function loadCounts() {
  const mine = st;
  try {
    const c = await api('GET', '/conversations/counts');
    if (st !== mine || !c) return;
    for (const [k] of TABS) {
      const span = st.el.tabs.querySelector('[data-count="' + k + '"]');
      if (span) span.textContent = c[k] === undefined ? '' : String(c[k]);
    }
  } catch (e) {
    if (e.status !== 401) console.warn('counts:', e.message);
  }
}

function params(cursor) {
  const p = { limit: PAGE, cursor, q: st.q, ...st.filters };
  if (st.tab === 'mine') p.assignee = 'me';
  else if (st.tab === 'unassigned') p.assignee = 'unassigned';
  return p;
}

/** reset: the first page again (filters changed); otherwise the next page. */
async function load(reset) {
  const mine = st;
  const seq = ++st.seq;
  st.loading = true;
  if (reset) st.el.list.classList.add('loading');
  try {
    const page = await api('GET', '/conversations' + query(params(reset ? null : st.cursor)));
    if (st !== mine || seq !== st.seq) return; // a newer request won
    const data = (page && page.data) || [];
    if (reset) st.known.clear();
    else for (const x of data) st.known.add(String(x.id)); // older pages are not news
    st.items = reset ? data : st.items.concat(data.filter((x) => !st.items.some((y) => y.id === x.id)));
    st.cursor = page ? page.next_cursor : null;
    paintList();
  } catch (e) {
    if (st !== mine) return;
    if (e.status !== 401) {
      mount(st.el.list);
      st.el.empty.hidden = false;
      mount(st.el.empty, h('p', { text: 'Could not load conversations: ' + e.message }));
    }
  } finally {
    if (st === mine) {
      st.loading = false;
      st.el.list.classList.remove('loading');
    }
  }
}

/** Re-reads the first page and the counts after live events (debounced),
 * keeping the pages loaded beyond it. */
function scheduleRefresh(delay = 250) {
  if (!st) return;
  clearTimeout(st.refreshTimer);
  st.refreshTimer = setTimeout(async () => {
    if (!st) return;
    const mine = st;
    loadCounts();
    try {
      const page = await api('GET', '/conversations' + query(params(null)));
      if (st !== mine || !page) return;
      const fresh = page.data || [];
      const ids = new Set(fresh.map((x) => x.id));
      const hadMore = st.items.length > fresh.length;
      st.items = hadMore ? fresh.concat(st.items.filter((x) => !ids.has(x.id)).slice(fresh.length)) : fresh;
      if (!hadMore) st.cursor = page.next_cursor;
      paintList();
    } catch (e) {
      if (e.status !== 401) console.warn('refresh:', e.message);
    }
  }, delay);
}

function sortItems() {
  st.items.sort((a, b) => (String(b.last_message_at || b.created_at || '')).localeCompare(String(a.last_message_at || a.created_at || '')) || Number(b.id) - Number(a.id));
}

/** Does a conversation belong in the list as filtered now? */
function matches(c) {
  const me = currentAgent();
  const f = st.filters;
  if (st.q) return st.items.some((x) => x.id === c.id); // only the server can search
  if (f.status !== 'all' && c.status !== f.status) return false;
  if (f.team && c.team !== f.team) return false;
  if (f.channel && c.channel !== f.channel) return false;
  if (f.priority && c.priority !== f.priority) return false;
  if (st.tab === 'mine' && !(c.assignee && me && String(c.assignee.id) === String(me.id))) return false;
  if (st.tab === 'unassigned' && c.assignee) return false;
  return true;
}

/** Applies a conversation item (from an action or an event) to the list. */
function upsert(c) {
  if (!st || !c || c.id === undefined) return;
  const i = st.items.findIndex((x) => String(x.id) === String(c.id));
  if (matches(c)) {
    if (i >= 0) st.items[i] = { ...st.items[i], ...c };
    else st.items.unshift(c);
  } else if (i >= 0) {
    st.items.splice(i, 1);
  }
  sortItems();
  paintList();
}

function isConversationItem(d) {
  return d && d.id !== undefined && typeof d.channel === 'string' && typeof d.status === 'string' && 'customer' in d;
}

function onLiveEvent(event, data) {
  if (!st) return;
  if (event.startsWith('conversation.') || event === 'assignee.changed' || event === 'status.changed' || event === 'triage.completed') {
    if (isConversationItem(data)) upsert(data);
    const id = data.conversation_id !== undefined ? data.conversation_id : data.id;
    if (st.detail && String(id) === String(st.openId)) st.detail.onEvent(event, data);
  } else if (event.startsWith('message.')) {
    if (st.detail && String(data.conversation_id) === String(st.openId)) st.detail.onEvent(event, data);
  }
  scheduleRefresh();
}

function paintSelection() {
  if (!st) return;
  for (const li of st.el.list.children) {
    const on = li.dataset.id === String(st.openId);
    li.classList.toggle('selected', on);
    li.setAttribute('aria-selected', on ? 'true' : 'false');
  }
}

function row(c) {
  const cust = c.customer || {};
  const who = cust.name || cust.email || cust.phone || 'Unknown customer';
  const subject = c.subject || c.last_message_preview || '(no text)';
  const assignee = c.assignee ? h('span', { class: 'assignee', title: 'Assigned to ' + c.assignee.name }, avatar(c.assignee.name, 'av-sm'), h('span', { text: c.assignee.name }))
    : h('span', { class: 'assignee unassigned', text: 'Unassigned' });
  const team = c.team || c.suggested_team;
  return h('li', {
    class: ['conv', 'prio-' + (c.priority || 'none'), c.status !== 'open' ? 'is-' + c.status : ''],
    role: 'option', tabindex: '-1', dataset: { id: String(c.id) },
    on: { click: () => { window.location.hash = '#/inbox/' + c.id; } },
  },
  h('div', { class: 'conv-top' }, channelIcon(c.channel), h('span', { class: 'conv-customer', text: who }),
    c.priority === 'urgent' || c.priority === 'high' ? h('span', { class: 'chip chip-prio-' + c.priority, text: label(c.priority) }) : null,
    h('time', { class: 'conv-age', title: c.last_message_at || '', text: age(c.last_message_at || c.created_at) })),
  h('div', { class: 'conv-subject', text: subject }),
  c.summary ? h('div', { class: 'conv-summary', text: c.summary }) : null,
  h('div', { class: 'conv-meta' },
    team ? h('span', { class: ['chip', 'team-chip', c.team ? '' : 'chip-suggested'], title: c.team ? 'Team' : 'Suggested team (AI)', text: (c.team ? '' : 'AI: ') + teamLabel(team) }) : null,
    c.status !== 'open' ? h('span', { class: 'chip chip-status-' + c.status, text: label(c.status) }) : null,
    assignee));
}

function paintList() {
  if (!st) return;
  const scroll = st.el.list.parentElement.scrollTop;
  const first = st.known.size === 0;
  mount(st.el.list, st.items.map((c) => {
    const li = row(c);
    if (!first && !st.known.has(String(c.id))) li.classList.add('is-new');
    st.known.add(String(c.id));
    return li;
  }));
  st.el.list.parentElement.scrollTop = scroll;
  st.el.more.hidden = !st.cursor;
  st.el.empty.hidden = st.items.length > 0;
  if (!st.items.length) {
    mount(st.el.empty, h('div', { class: 'placeholder-art small', 'aria-hidden': 'true' }),
      h('p', { text: st.q ? 'No conversation matches “' + st.q + '”.' : 'Nothing here. Inbox zero!' }));
  }
  paintSelection();
}

function move(delta) {
  if (!st || !st.items.length) return;
  let i = st.items.findIndex((x) => String(x.id) === String(st.openId));
  i = i < 0 ? 0 : Math.min(st.items.length - 1, Math.max(0, i + delta));
  window.location.hash = '#/inbox/' + st.items[i].id;
  const li = st.el.list.querySelector('[data-id="' + CSS.escape(String(st.items[i].id)) + '"]');
  if (li) li.scrollIntoView({ block: 'nearest' });
}

function typing(target) {
  const t = target && target.tagName;
  return t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT' || (target && target.isContentEditable);
}

function onKey(ev) {
  if (!st || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === 'Escape') {
    if (typing(ev.target)) ev.target.blur();
    const dlg = document.querySelector('.dialog-backdrop');
    if (dlg) dlg.remove();
    return;
  }
  if (typing(ev.target)) return;
  switch (ev.key) {
    case 'j': move(1); break;
    case 'k': move(-1); break;
    case 'r': if (st.detail) st.detail.focusReply(); break;
    case 'e': if (st.detail) st.detail.resolve(); else toast('Open a conversation first'); break;
    case '/': st.el.search.focus(); break;
    case '?': showHelp(); break;
    default: return;
  }
  ev.preventDefault();
}

function showHelp() {
  const keys = [['j', 'Next conversation'], ['k', 'Previous conversation'], ['r', 'Reply'], ['e', 'Resolve'],
    ['/', 'Search'], ['Ctrl+Enter', 'Send the reply'], ['Esc', 'Leave a field, close this']];
  const close = () => back.remove();
  const back = h('div', { class: 'dialog-backdrop', on: { click: (e) => { if (e.target === back) close(); } } },
    h('div', { class: 'dialog', role: 'dialog', 'aria-label': 'Keyboard shortcuts' },
      h('h3', { text: 'Keyboard shortcuts' }),
      h('dl', { class: 'keys' }, keys.map(([k, d]) => [h('dt', null, h('kbd', { text: k })), h('dd', { text: d })])),
      h('button', { class: 'btn', type: 'button', on: { click: close } }, 'Close')));
  document.body.appendChild(back);
}
