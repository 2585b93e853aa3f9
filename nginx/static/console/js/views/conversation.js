// conversation.js — one conversation: the timeline across channels, the AI
// triage, the customer and their other conversations, and the actions
// (reply with canned responses or a WhatsApp template, note, assign / take /
// release, status, priority, team).

import { api, currentAgent, isAdmin, query } from '../api.js';
import { h, mount, age, when, avatar, channelIcon, channelLabel, label, select, teamLabel, toast, safeUrl, TEAMS, STATUSES, PRIORITIES } from '../dom.js';

const WINDOW_MS = 24 * 3600 * 1000;       // WhatsApp customer-service window
const MAX_REPLY_CHARS = 20000;
let agentsCache = null;                    // GET /agents (admins), per page load
let cannedCache = null;                    // GET /canned-responses

/** The conversation item, whatever wrapper the detail route uses. */
function unwrap(d) {
  const conv = d && d.conversation ? d.conversation : d;
  const messages = (d && d.messages) || (conv && conv.messages) || [];
  return { conv, messages };
}

export async function loadCanned() {
  if (cannedCache) return cannedCache;
  try {
    const res = await api('GET', '/canned-responses' + query({ limit: 100 }));
    cannedCache = (res && res.data) || [];
  } catch (e) {
    cannedCache = [];
  }
  return cannedCache;
}

async function loadAgents() {
  if (agentsCache) return agentsCache;
  const res = await api('GET', '/agents' + query({ limit: 100 }));
  agentsCache = ((res && res.data) || []).filter((a) => a.active !== false);
  return agentsCache;
}

/**
 * Mounts conversation `id` into root. hooks.onChanged(item) is called with
 * the updated conversation item after every action; hooks.onClose() for
 * the phone-size back button. Returns a controller.
 */
export function openConversation(root, id, hooks) {
  const s = { id, conv: null, messages: [], disposed: false, mode: 'reply', reloadTimer: null };
  // Agents and canned responses change in other tabs: read them again per conversation.
  agentsCache = null;
  cannedCache = null;
  const el = {};

  mount(root, h('div', { class: 'conv-loading' }, h('div', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading conversation…'));

  async function reload() {
    try {
      const d = await api('GET', '/conversations/' + encodeURIComponent(id));
      if (s.disposed) return;
      const { conv, messages } = unwrap(d);
      const first = !s.conv;
      s.conv = conv;
      s.messages = messages;
      if (first) build(); else paint();
    } catch (e) {
      if (s.disposed || e.status === 401) return;
      mount(root, h('div', { class: 'placeholder' }, h('p', { text: 'Could not open conversation #' + id + ': ' + e.message }),
        h('button', { class: 'btn', type: 'button', on: { click: hooks.onClose } }, 'Back to the inbox')));
    }
  }

  function scheduleReload() {
    clearTimeout(s.reloadTimer);
    s.reloadTimer = setTimeout(() => { if (!s.disposed) reload(); }, 200);
  }

  // --- actions ---------------------------------------------------------------
  async function patch(body, okText) {
    try {
      const item = await api('PATCH', '/conversations/' + encodeURIComponent(id), body);
      applyItem(item);
      if (okText) toast(okText, 'ok');
    } catch (e) {
      toast(e.message, 'error');
      paint();
    }
  }

  async function assign(agentId, okText, force = false) {
    try {
      const body = { agent_id: agentId };
      if (force) body.force = true;
      const res = await api('POST', '/conversations/' + encodeURIComponent(id) + '/assignment', body);
      const item = res && res.conversation ? res.conversation : res;
      if (item && item.id !== undefined) applyItem(item); else scheduleReload();
      toast(okText, 'ok');
    } catch (e) {
      if (e.code === 'at_capacity' && isAdmin() && !force &&
          window.confirm(e.message.replace(/;.*$/, '') + '. Assign anyway?')) {
        assign(agentId, okText, true);
        return;
      }
      toast(e.message, 'error');
      paint();
    }
  }

  function applyItem(item) {
    if (!item || item.id === undefined || s.disposed) return;
    s.conv = { ...s.conv, ...item };
    paint();
    hooks.onChanged(s.conv);
  }

  function resolve() {
    if (!s.conv) return;
    if (s.conv.status === 'resolved') { toast('Already resolved'); return; }
    patch({ status: 'resolved' }, 'Resolved');
  }

  // --- building ----------------------------------------------------------------
  function build() {
    el.title = h('h2', { class: 'conv-title' });
    el.sub = h('div', { class: 'conv-sub' });
    el.status = select(STATUSES.map((x) => [x, label(x)]), '', { 'aria-label': 'Status', id: 'conv-status', on: { change: (e) => patch({ status: e.target.value }, 'Status: ' + label(e.target.value)) } });
    el.priority = select([['', 'No priority'], ...PRIORITIES.map((p) => [p, label(p)])], '', { 'aria-label': 'Priority', id: 'conv-priority', on: { change: (e) => patch({ priority: e.target.value || null }, 'Priority updated') } });
    el.team = select([['', 'No team'], ...TEAMS.map((t) => [t, teamLabel(t)])], '', { 'aria-label': 'Team', id: 'conv-team', on: { change: (e) => patch({ team: e.target.value || null }, 'Team: ' + teamLabel(e.target.value)) } });
    el.assign = h('div', { class: 'assign' });
    el.resolveBtn = h('button', { class: 'btn btn-primary', type: 'button', id: 'conv-resolve', on: { click: () => (s.conv.status === 'resolved' ? patch({ status: 'open' }, 'Reopened') : resolve()) } }, 'Resolve');
    const back = h('button', { class: 'btn btn-ghost back', type: 'button', 'aria-label': 'Back to the list', on: { click: hooks.onClose } }, '←');
    const header = h('header', { class: 'conv-header' },
      h('div', { class: 'conv-heading' }, back, h('div', { class: 'conv-heading-text' }, el.title, el.sub), el.resolveBtn),
      h('div', { class: 'conv-actions' }, el.assign,
        h('label', { class: 'field-inline' }, h('span', { text: 'Status' }), el.status),
        h('label', { class: 'field-inline' }, h('span', { text: 'Priority' }), el.priority),
        h('label', { class: 'field-inline' }, h('span', { text: 'Team' }), el.team)));
    el.timeline = h('ol', { class: 'timeline', 'aria-label': 'Messages' });
    el.composer = buildComposer();
    el.side = h('aside', { class: 'conv-side' });
    mount(root, h('div', { class: 'conversation' }, header,
      h('div', { class: 'conv-body' },
        h('div', { class: 'conv-main' }, h('div', { class: 'timeline-scroll' }, el.timeline), el.composer.root),
        el.side)));
    paint();
    loadOthers();
    el.timeline.parentElement.scrollTop = el.timeline.parentElement.scrollHeight;
  }

  function paint() {
    if (!el.title || !s.conv) return;
    const c = s.conv;
    const cust = c.customer || {};
    el.title.textContent = c.subject || c.last_message_preview || channelLabel(c.channel) + ' conversation';
    mount(el.sub, channelIcon(c.channel), h('span', { text: cust.name || cust.email || cust.phone || 'Unknown customer' }),
      h('span', { class: 'dot-sep', text: '·' }), h('span', { text: '#' + c.id }),
      h('span', { class: 'dot-sep', text: '·' }), h('span', { title: c.created_at, text: 'opened ' + when(c.created_at) }));
    el.status.value = c.status || 'open';
    el.priority.value = c.priority || '';
    el.team.value = c.team || '';
    el.resolveBtn.textContent = c.status === 'resolved' ? 'Reopen' : 'Resolve';
    el.resolveBtn.classList.toggle('btn-primary', c.status !== 'resolved');
    paintAssign();
    paintTimeline();
    paintSide();
    el.composer.refresh();
  }

  function paintAssign() {
    const c = s.conv;
    const me = currentAgent() || {};
    const mine = c.assignee && String(c.assignee.id) === String(me.id);
    if (isAdmin()) {
      const sel = select([['', c.assignee ? 'Unassign' : 'Unassigned'], ...(c.assignee ? [[String(c.assignee.id), c.assignee.name]] : [])],
        c.assignee ? String(c.assignee.id) : '', { 'aria-label': 'Assignee', id: 'conv-assignee' });
      sel.addEventListener('change', () => {
        const v = sel.value;
        const name = sel.options[sel.selectedIndex].textContent;
        assign(v ? Number(v) : null, v ? 'Assigned to ' + name : 'Unassigned');
      });
      // Fill the list of agents once it is known.
      loadAgents().then((agents) => {
        if (s.disposed) return;
        const cur = sel.value;
        mount(sel, h('option', { value: '' }, c.assignee ? 'Unassign' : 'Unassigned'),
          agents.map((a) => h('option', { value: String(a.id) }, a.name + (a.available === false ? ' (away)' : ''))));
        sel.value = cur;
      }).catch(() => {});
      mount(el.assign, h('label', { class: 'field-inline' }, h('span', { text: 'Assignee' }), sel),
        !mine ? h('button', { class: 'btn', type: 'button', id: 'conv-take', on: { click: () => assign(Number(me.id), 'Assigned to you') } }, 'Take') : null);
    } else if (!c.assignee) {
      mount(el.assign, h('button', { class: 'btn', type: 'button', id: 'conv-take', on: { click: () => assign(Number(me.id), 'Assigned to you') } }, 'Take'));
    } else if (mine) {
      mount(el.assign, h('span', { class: 'assignee' }, avatar(c.assignee.name, 'av-sm'), 'You'),
        h('button', { class: 'btn btn-ghost', type: 'button', id: 'conv-release', on: { click: () => assign(null, 'Released to the queue') } }, 'Release'));
    } else {
      mount(el.assign, h('span', { class: 'assignee' }, avatar(c.assignee.name, 'av-sm'), c.assignee.name));
    }
  }

  function paintTimeline() {
    const box = el.timeline.parentElement;
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    const msgs = s.messages.slice().sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)) || Number(a.id) - Number(b.id));
    mount(el.timeline, msgs.length ? msgs.map(messageNode) : h('li', { class: 'muted empty-timeline', text: 'No messages yet.' }));
    if (atBottom) box.scrollTop = box.scrollHeight;
  }

  function paintSide() {
    const c = s.conv;
    const cust = c.customer || {};
    const ai = h('section', { class: 'card ai-card' },
      h('h3', null, h('span', { class: 'ai-spark', 'aria-hidden': 'true', text: '✦' }), 'AI triage'),
      c.summary ? h('p', { class: 'ai-summary', text: c.summary }) : h('p', { class: 'muted', text: 'Not triaged yet.' }),
      h('dl', { class: 'facts' },
        h('dt', { text: 'Suggested team' }), h('dd', null, c.suggested_team ? teamLabel(c.suggested_team) : '—',
          c.suggested_team && c.suggested_team !== c.team
            ? h('button', { class: 'btn btn-xs', type: 'button', id: 'conv-accept-team', on: { click: () => patch({ team: c.suggested_team }, 'Team: ' + teamLabel(c.suggested_team)) } }, 'Use')
            : null),
        h('dt', { text: 'Language' }), h('dd', { text: languageName(c.language) }),
        h('dt', { text: 'Sentiment' }), h('dd', null, c.sentiment ? h('span', { class: 'chip sent-' + c.sentiment, text: label(c.sentiment) }) : '—'),
        h('dt', { text: 'Priority' }), h('dd', { text: label(c.priority) })),
      h('button', { class: 'btn btn-ghost btn-xs', type: 'button', on: { click: retriage } }, 'Run triage again'));
    const customer = h('section', { class: 'card' },
      h('h3', { text: 'Customer' }),
      h('div', { class: 'cust' }, avatar(cust.name || cust.email), h('div', null,
        h('div', { class: 'cust-name', text: cust.name || 'Unknown' }),
        cust.email ? h('div', { class: 'muted small', text: cust.email }) : null,
        cust.phone ? h('div', { class: 'muted small', text: cust.phone }) : null)),
      cust.id !== undefined ? h('a', { class: 'small', href: '#/customers/' + cust.id, text: 'Customer profile' }) : null);
    el.others = el.others || h('ul', { class: 'others' }, h('li', { class: 'muted small', text: 'Loading…' }));
    mount(el.side, ai, customer, h('section', { class: 'card' }, h('h3', { text: 'Other conversations' }), el.others));
  }

  async function loadOthers() {
    const cust = (s.conv && s.conv.customer) || {};
    if (cust.id === undefined) { mount(el.others, h('li', { class: 'muted small', text: '—' })); return; }
    try {
      const res = await api('GET', '/conversations' + query({ customer_id: cust.id, status: 'all', limit: 10 }));
      if (s.disposed) return;
      const list = ((res && res.data) || []).filter((x) => String(x.id) !== String(id));
      mount(el.others, list.length ? list.map((o) => h('li', null,
        h('a', { href: '#/inbox/' + o.id }, channelIcon(o.channel), h('span', { class: 'others-subj', text: o.subject || o.last_message_preview || '#' + o.id })),
        h('span', { class: 'muted small', text: label(o.status) + ' · ' + age(o.last_message_at || o.created_at) })))
        : h('li', { class: 'muted small', text: 'None' }));
    } catch (e) {
      if (!s.disposed) mount(el.others, h('li', { class: 'muted small', text: 'Unavailable' }));
    }
  }

  async function retriage() {
    try {
      await api('POST', '/conversations/' + encodeURIComponent(id) + '/triage', {});
      toast('Triage queued: the result arrives live', 'ok');
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  // --- composer ----------------------------------------------------------------
  function buildComposer() {
    const text = h('textarea', { class: 'composer-text', id: 'reply-text', rows: '3', maxlength: String(MAX_REPLY_CHARS), placeholder: 'Write a reply… type / for canned responses', 'aria-label': 'Reply' });
    const suggest = h('ul', { class: 'suggest', role: 'listbox', hidden: true });
    const tabReply = h('button', { class: 'ctab active', type: 'button', id: 'mode-reply' }, 'Reply');
    const tabNote = h('button', { class: 'ctab', type: 'button', id: 'mode-note' }, 'Private note');
    const send = h('button', { class: 'btn btn-primary', type: 'button', id: 'reply-send' }, 'Send');
    const hint = h('span', { class: 'muted small composer-hint' });
    const tplName = h('input', { type: 'text', id: 'tpl-name', placeholder: 'template name, e.g. ticket_update', 'aria-label': 'Template name' });
    const tplLang = h('input', { type: 'text', id: 'tpl-lang', value: 'en', size: '4', 'aria-label': 'Template language' });
    const tplVals = h('input', { type: 'text', id: 'tpl-values', placeholder: 'body values, separated by |', 'aria-label': 'Template body values' });
    const tplBox = h('div', { class: 'template-box', hidden: true },
      h('p', { class: 'small', text: 'WhatsApp’s 24-hour window is closed: only an approved template can be sent.' }),
      h('div', { class: 'template-fields' }, tplName, tplLang, tplVals));
    const root2 = h('div', { class: 'composer' },
      h('div', { class: 'composer-tabs' }, tabReply, tabNote),
      tplBox,
      h('div', { class: 'composer-input' }, text, suggest),
      h('div', { class: 'composer-foot' }, hint, send));
    let sel = 0;
    let matches = [];

    function setMode(m) {
      s.mode = m;
      tabReply.classList.toggle('active', m === 'reply');
      tabNote.classList.toggle('active', m === 'note');
      root2.classList.toggle('is-note', m === 'note');
      text.placeholder = m === 'note' ? 'Write a private note (only agents see it)…' : 'Write a reply… type / for canned responses';
      send.textContent = m === 'note' ? 'Add note' : 'Send';
      refresh();
    }
    tabReply.addEventListener('click', () => setMode('reply'));
    tabNote.addEventListener('click', () => setMode('note'));

    function windowClosed() {
      if (!s.conv || s.conv.channel !== 'chat') return false;
      const lastIn = s.messages.filter((m) => m.direction === 'in' && !m.private).map((m) => Date.parse(m.created_at)).filter((t) => !Number.isNaN(t));
      if (s.conv.last_inbound_at) lastIn.push(Date.parse(s.conv.last_inbound_at));
      if (!lastIn.length) return true;
      return Date.now() - Math.max(...lastIn) > WINDOW_MS;
    }

    function refresh() {
      const tpl = s.mode === 'reply' && (windowClosed() || s.forceTemplate);
      tplBox.hidden = !tpl;
      const ch = s.conv ? s.conv.channel : '';
      hint.textContent = s.mode === 'note' ? 'Only agents see notes' :
        ch === 'email' ? 'Sent by email in the same thread' : ch === 'chat' ? 'Sent on WhatsApp' : ch === 'call' ? 'Calls have no reply channel: add a note' : '';
    }

    function currentWord() {
      const pos = text.selectionStart;
      const before = text.value.slice(0, pos);
      const m = /(^|\s)\/([\w-]*)$/.exec(before);
      return m ? { start: pos - m[2].length - 1, end: pos, code: m[2].toLowerCase() } : null;
    }

    async function showSuggest() {
      const w = currentWord();
      if (!w) { suggest.hidden = true; return; }
      const canned = await loadCanned();
      matches = canned.filter((c) => String(c.short_code || '').toLowerCase().replace(/^\//, '').startsWith(w.code)).slice(0, 8);
      sel = 0;
      if (!matches.length) { suggest.hidden = true; return; }
      mount(suggest, matches.map((c, i) => h('li', { role: 'option', class: i === sel ? 'active' : '', dataset: { i: String(i) },
        on: { mousedown: (e) => { e.preventDefault(); pick(i); } } },
      h('strong', { text: '/' + String(c.short_code).replace(/^\//, '') }), h('span', { class: 'muted', text: ' ' + String(c.text).slice(0, 80) }))));
      suggest.hidden = false;
    }

    function pick(i) {
      const w = currentWord();
      const c = matches[i];
      if (!w || !c) return;
      text.value = text.value.slice(0, w.start) + c.text + text.value.slice(w.end);
      const caret = w.start + String(c.text).length;
      text.setSelectionRange(caret, caret);
      suggest.hidden = true;
      text.focus();
    }

    text.addEventListener('input', showSuggest);
    text.addEventListener('blur', () => { setTimeout(() => { suggest.hidden = true; }, 150); });
    text.addEventListener('keydown', (e) => {
      if (!suggest.hidden && matches.length) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          sel = (sel + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
          for (const li of suggest.children) li.classList.toggle('active', li.dataset.i === String(sel));
          e.preventDefault();
          return;
        }
        if (e.key === 'Enter' || e.key === 'Tab') { pick(sel); e.preventDefault(); return; }
        if (e.key === 'Escape') { suggest.hidden = true; e.stopPropagation(); return; }
      }
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); }
    });

    async function submit() {
      const body = { text: text.value.trim() };
      if (s.mode === 'note') body.private = true;
      const tpl = !tplBox.hidden;
      if (tpl) {
        if (!tplName.value.trim()) { toast('Choose a template name', 'error'); tplName.focus(); return; }
        body.template = { name: tplName.value.trim(), language: tplLang.value.trim() || 'en',
          body_values: tplVals.value ? tplVals.value.split('|').map((x) => x.trim()) : [] };
        if (!body.text) delete body.text;
      } else if (!body.text) {
        toast('Write something first', 'error');
        text.focus();
        return;
      }
      send.disabled = true;
      try {
        const res = await api('POST', '/conversations/' + encodeURIComponent(id) + '/messages', body);
        text.value = '';
        s.forceTemplate = false;
        const msg = res && res.message ? res.message : res;
        if (msg && msg.id !== undefined && !s.messages.some((m) => String(m.id) === String(msg.id))) {
          s.messages.push(msg);
          paintTimeline();
        }
        toast(s.mode === 'note' ? 'Note added' : 'Reply queued', 'ok');
        scheduleReload();
      } catch (e) {
        if (e.code === 'window_closed') {
          s.forceTemplate = true;
          refresh();
          toast('The WhatsApp window is closed: pick a template', 'error');
        } else {
          toast(e.message, 'error');
        }
      } finally {
        send.disabled = false;
      }
    }
    send.addEventListener('click', submit);
    return { root: root2, refresh, focus: () => { setMode(s.mode === 'note' ? 'note' : 'reply'); text.focus(); } };
  }

  reload();

  return {
    id,
    dispose() { s.disposed = true; clearTimeout(s.reloadTimer); },
    focusReply() { if (el.composer) el.composer.focus(); },
    resolve,
    onEvent(event, data) {
      if (event.startsWith('message.')) {
        scheduleReload();
      } else if (data && data.id !== undefined && String(data.id) === String(id) && 'status' in data && 'customer' in data) {
        s.conv = { ...s.conv, ...data };
        paint();
      } else {
        scheduleReload();
      }
    },
  };
}

function languageName(code) {
  return { en: 'English', hi: 'Hindi', hinglish: 'Hinglish', mixed: 'Mixed (Hindi and English)' }[code] || (code ? String(code) : '—');
}

// --- one timeline message -----------------------------------------------------

function messageNode(m) {
  const author = m.author || {};
  const isNote = m.private || m.kind === 'note';
  const dir = isNote ? 'note' : m.direction === 'out' ? 'out' : 'in';
  const who = author.name || (author.type === 'customer' ? 'Customer' : author.type === 'system' ? 'System' : 'Agent');
  const head = h('div', { class: 'msg-head' }, avatar(who, 'av-sm'), h('span', { class: 'msg-author', text: who }),
    isNote ? h('span', { class: 'chip chip-note', text: 'Private note' }) : h('span', { class: 'msg-channel' }, channelIcon(m.channel), channelLabel(m.channel)),
    h('time', { class: 'msg-time', title: m.created_at || '', text: when(m.created_at) }),
    m.direction === 'out' && m.status && !isNote ? h('span', { class: 'chip msg-status st-' + m.status, title: m.error || '', text: label(m.status) }) : null);
  return h('li', { class: ['msg', 'msg-' + dir, 'kind-' + (m.kind || 'text')], dataset: { id: String(m.id) } },
    head, h('div', { class: 'msg-body' }, messageBody(m)),
    m.error ? h('div', { class: 'msg-error', text: 'Failed: ' + m.error }) : null,
    attachmentsNode(m.attachments));
}

function messageBody(m) {
  const url = safeUrl(m.media_url);
  const text = m.text ? h('div', { class: 'msg-text', text: m.text }) : null;
  switch (m.kind) {
    case 'image':
      return [url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, h('img', { class: 'msg-image', src: url, alt: m.text || 'Image from the customer', loading: 'lazy' })) : null, text];
    case 'audio':
      return [url ? h('audio', { controls: true, preload: 'none', src: url }) : null, text];
    case 'video':
      return [url ? h('video', { class: 'msg-video', controls: true, preload: 'metadata', src: url }) : null, text];
    case 'document':
      return [url ? h('a', { class: 'doc-link', href: url, target: '_blank', rel: 'noopener noreferrer', text: m.text || 'Open document' }) : text];
    case 'call':
      return [h('div', { class: 'call-line', text: callLine(m) }),
        url ? h('audio', { class: 'recording', controls: true, preload: 'none', src: url, 'aria-label': 'Call recording' }) : null];
    default:
      if (m.channel === 'email' && m.html) return emailFrame(m);
      return text || h('div', { class: 'msg-text muted', text: '(no text)' });
  }
}

function callLine(m) {
  const parts = [m.direction === 'out' ? 'Outgoing call' : 'Incoming call'];
  if (m.text) parts.push(m.text);
  return parts.join(' · ');
}

/**
 * An email's HTML (sanitised by the server already) in a sandboxed iframe:
 * no scripts, no same-origin access, links open in a new tab. The console's
 * Content-Security-Policy also applies inside (srcdoc inherits it), so
 * remote images and inline styles stay blocked; our own stylesheet is
 * linked for legibility.
 */
function emailFrame(m) {
  const frame = h('iframe', {
    class: 'email-frame', sandbox: 'allow-popups allow-popups-to-escape-sandbox', referrerpolicy: 'no-referrer',
    title: 'Email content', loading: 'lazy',
  });
  // No script runs inside to measure it: size from the text, resizable.
  const text = String(m.text || '');
  const lines = text.split('\n').length + Math.floor(text.length / 90);
  frame.style.height = Math.min(600, Math.max(120, lines * 26 + 70)) + 'px';
  const css = new URL('/console/css/email.css', window.location.href).href;
  frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8"><base target="_blank">' +
    '<link rel="stylesheet" href="' + css + '"></head><body>' + String(m.html) + '</body></html>';
  return frame;
}

function attachmentsNode(list) {
  if (!Array.isArray(list) || !list.length) return null;
  return h('ul', { class: 'attachments' }, list.slice(0, 50).map((a) => {
    const name = a.filename || a.name || 'attachment';
    const size = Number(a.size) ? ' (' + Math.max(1, Math.round(Number(a.size) / 1024)) + ' KB)' : '';
    const url = safeUrl(a.url || a.media_url);
    return h('li', { class: 'chip attach' }, url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: name + size }) : name + size);
  }));
}
