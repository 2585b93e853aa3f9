// main.js — the console's shell: session, navigation, hash routes.
//
// Routes live in the URL fragment (#/inbox/42) so that no console path can
// collide with a REST route on the same origin, and nginx serves one page.

import { api, currentAgent, currentToken, endSession, expiredAtLoad, isAdmin, onSessionEnded, startSession, updateAgent } from './api.js';
import { h, mount, toast, avatar } from './dom.js';
import { channelsFor, onLiveState, startLive, stopLive } from './live.js';
import * as loginView from './views/login.js';
import * as inboxView from './views/inbox.js';
import * as dashboardView from './views/dashboard.js';
import * as agentsView from './views/agents.js';
import * as mailboxesView from './views/mailboxes.js';
import * as customersView from './views/customers.js';

const app = document.getElementById('app');

const ROUTES = [
  { name: 'inbox', label: 'Inbox', view: inboxView, admin: false, icon: 'M4 13h4l2 3h4l2-3h4 M4 13l2-8h12l2 8v6H4z' },
  { name: 'customers', label: 'Customers', view: customersView, admin: false, icon: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M2 21c0-4 3-7 7-7s7 3 7 7 M17 11a3 3 0 1 0 0-6 M22 20c0-3-2-5-4-6' },
  { name: 'dashboard', label: 'Dashboard', view: dashboardView, admin: true, icon: 'M4 20V10 M10 20V4 M16 20v-7 M22 20H2' },
  { name: 'agents', label: 'Agents', view: agentsView, admin: true, icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21c0-4 4-7 8-7s8 3 8 7' },
  { name: 'mailboxes', label: 'Mailboxes', view: mailboxesView, admin: true, icon: 'M3 6h18v12H3z M3 6l9 7 9-7' },
];

let current = null; // {route, view}
let shell = null;    // {main, nav, live}

function parseHash() {
  const parts = (window.location.hash || '').replace(/^#\/?/, '').split('/').filter(Boolean);
  return { name: parts[0] || '', args: parts.slice(1).map(decodeURIComponent) };
}

export function navigate(path) {
  if (window.location.hash !== '#' + path) window.location.hash = path;
  else route();
}

function svgIcon(d) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'nav-icon');
  svg.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', d);
  svg.appendChild(p);
  return svg;
}

function buildShell() {
  const agent = currentAgent();
  const liveDot = h('span', { class: 'live-dot', title: 'Live updates' });
  const liveText = h('span', { class: 'live-text', text: 'offline' });
  const avail = h('input', { type: 'checkbox', checked: agent.available !== false, 'aria-label': 'Available for new conversations' });
  avail.addEventListener('change', async () => {
    try {
      const me = await api('PATCH', '/me', { available: avail.checked });
      updateAgent({ ...currentAgent(), ...(me && me.agent ? me.agent : me) });
      toast(avail.checked ? 'You are available for new conversations' : 'Auto-assignment paused for you', 'ok');
    } catch (e) {
      avail.checked = !avail.checked;
      toast(e.message, 'error');
    }
  });
  const links = ROUTES.filter((r) => !r.admin || isAdmin()).map((r) =>
    h('a', { class: 'nav-link', href: '#/' + r.name, dataset: { route: r.name } }, svgIcon(r.icon), h('span', { text: r.label })));
  const nav = h('nav', { class: 'nav', 'aria-label': 'Main' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { class: 'brand-name', text: 'Katyayani Support' })),
    h('div', { class: 'nav-links' }, links),
    h('div', { class: 'nav-foot' },
      h('div', { class: 'live', 'aria-live': 'polite' }, liveDot, liveText),
      h('div', { class: 'me' }, avatar(agent.name),
        h('div', { class: 'me-text' }, h('div', { class: 'me-name', text: agent.name || agent.email }),
          h('div', { class: 'me-role', text: agent.role === 'admin' ? 'Admin' : 'Agent' }))),
      h('label', { class: 'switch' }, avail, h('span', { class: 'switch-track', 'aria-hidden': 'true' }), h('span', { text: 'Available' })),
      h('button', { class: 'btn btn-ghost logout', type: 'button', on: { click: () => endSession('logout') } }, 'Log out')));
  const main = h('main', { class: 'main', id: 'view' });
  mount(app, h('div', { class: 'shell' }, nav, main));
  onLiveState((st) => {
    liveDot.className = 'live-dot live-' + st;
    liveText.textContent = { live: 'live', partial: 'reconnecting', connecting: 'reconnecting', offline: 'offline' }[st] || st;
  });
  shell = { main, nav };
}

function disposeCurrent() {
  if (current && current.view.dispose) current.view.dispose();
  current = null;
}

async function route() {
  const { name, args } = parseHash();
  if (!currentToken()) {
    disposeCurrent();
    shell = null;
    stopLive();
    loginView.render(app, { onLoggedIn });
    return;
  }
  if (name === 'login' || name === '') return navigate('/inbox');
  let r = ROUTES.find((x) => x.name === name);
  if (!r || (r.admin && !isAdmin())) r = ROUTES[0];
  if (!shell) buildShell();
  for (const a of shell.nav.querySelectorAll('.nav-link')) a.classList.toggle('active', a.dataset.route === r.name);
  if (current && current.route === r && current.view.update) {
    current.view.update(args);
    return;
  }
  disposeCurrent();
  current = { route: r, view: r.view };
  mount(shell.main);
  r.view.render(shell.main, args, { navigate });
}

async function onLoggedIn(token, agent) {
  startSession(token, agent);
  startLive(channelsFor(agent));
  navigate('/inbox');
}

onSessionEnded((reason) => {
  stopLive();
  disposeCurrent();
  shell = null;
  if (reason === 'expired' || reason === 'unauthorized') loginView.setNotice('Your session has ended. Please log in again.');
  else loginView.setNotice('');
  window.location.hash = '#/login';
  route();
});

window.addEventListener('hashchange', route);

async function boot() {
  if (expiredAtLoad) loginView.setNotice('Your session has ended. Please log in again.');
  if (currentToken()) {
    try {
      // Refresh who we are (role, teams) from the server, never trusting storage.
      const me = await api('GET', '/me');
      updateAgent(me && me.agent ? me.agent : me);
    } catch (e) {
      if (e.status !== 401) toast(e.message, 'error');
    }
    // With the stored agent when /me failed for another reason than 401.
    if (currentToken() && currentAgent()) startLive(channelsFor(currentAgent()));
  }
  route();
}

boot();
