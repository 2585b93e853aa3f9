// dashboard.js — the admin dashboard (design §14): summary figures, volume
// per day per channel, query types with the AI's kept-rate, agents, AI
// providers and cost; a date range (inclusive IST dates) and CSV downloads.

import { api, query } from '../api.js';
import { h, mount, duration, teamLabel, toast } from '../dom.js';

let charts = [];
let root = null;

function istToday() {
  // Report days are Asia/Kolkata dates (UTC+05:30, no daylight saving).
  return new Date(Date.now() + 330 * 60000).toISOString().slice(0, 10);
}
function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const COLORS = { email: '#2563eb', chat: '#16a34a', call: '#d97706', suggested: '#a5b4fc', kept: '#4f46e5' };

export function render(container) {
  dispose();
  root = container;
  const to = istToday();
  const from = addDays(to, -6);
  const fromIn = h('input', { type: 'date', id: 'dash-from', value: from, max: to, 'aria-label': 'From (IST date)' });
  const toIn = h('input', { type: 'date', id: 'dash-to', value: to, 'aria-label': 'To (IST date)' });
  const presets = [['7 days', 6], ['30 days', 29], ['90 days', 89]].map(([l, n]) =>
    h('button', { class: 'btn btn-ghost btn-xs', type: 'button', on: { click: () => { toIn.value = istToday(); fromIn.value = addDays(toIn.value, -n); refresh(); } } }, l));
  const body = h('div', { class: 'dash-body' });
  const refresh = () => load(body, fromIn.value, toIn.value);
  fromIn.addEventListener('change', refresh);
  toIn.addEventListener('change', refresh);
  mount(container, h('div', { class: 'page dashboard' },
    h('header', { class: 'page-head' }, h('h2', { text: 'Dashboard' }),
      h('div', { class: 'range' }, h('label', { class: 'field-inline' }, h('span', { text: 'From' }), fromIn),
        h('label', { class: 'field-inline' }, h('span', { text: 'To' }), toIn), presets)),
    body));
  refresh();
}

export function dispose() {
  for (const c of charts) c.destroy();
  charts = [];
  root = null;
}

async function get(report, from, to) {
  return api('GET', '/dashboard/' + report + query({ from, to }));
}

async function load(body, from, to) {
  for (const c of charts) c.destroy();
  charts = [];
  mount(body, h('div', { class: 'conv-loading' }, h('div', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading reports…'));
  const names = ['summary', 'volume', 'teams', 'agents', 'ai'];
  const results = await Promise.allSettled(names.map((n) => get(n, from, to)));
  if (!root || !body.isConnected) return;
  const r = {};
  names.forEach((n, i) => { r[n] = results[i].status === 'fulfilled' ? results[i].value : { error: results[i].reason }; });
  const bad = names.find((n) => r[n].error && r[n].error.status === 400);
  if (bad) {
    mount(body, h('div', { class: 'form-error', role: 'alert', text: r[bad].error.message }));
    return;
  }
  const csv = (report) => h('button', { class: 'btn btn-ghost btn-xs', type: 'button', title: 'Download CSV', on: { click: () => downloadCsv(report, from, to) } }, 'CSV');
  const card = (title, report, ...content) => h('section', { class: 'card dash-card', dataset: { report } },
    h('div', { class: 'card-head' }, h('h3', { text: title }), report ? csv(report) : null), ...content);
  const failed = (x) => h('p', { class: 'muted', text: 'Unavailable: ' + x.error.message });

  const s = r.summary;
  const tiles = s.error ? failed(s) : h('div', { class: 'tiles' },
    tile('Conversations', s.conversations_created), tile('Resolved', s.resolved), tile('Open now', s.open_now),
    tile('Unassigned', s.unassigned_now), tile('Missed calls', s.missed_calls, s.missed_calls > 0 ? 'warn' : ''),
    tile('First response', duration(s.first_response_seconds && s.first_response_seconds.median), '', 'p90 ' + duration(s.first_response_seconds && s.first_response_seconds.p90)),
    tile('Resolution', duration(s.resolution_seconds && s.resolution_seconds.median), '', 'p90 ' + duration(s.resolution_seconds && s.resolution_seconds.p90)));

  const volCanvas = h('canvas', { id: 'chart-volume', role: 'img', 'aria-label': 'Conversations per day per channel' });
  const teamCanvas = h('canvas', { id: 'chart-teams', role: 'img', 'aria-label': 'Conversations per team, and AI suggestions kept' });
  const teams = r.teams.error ? [] : (r.teams.data || []);
  const kept = teams.reduce((a, t) => a + Number(t.kept || 0), 0);
  const suggested = teams.reduce((a, t) => a + Number(t.suggested || 0), 0);
  const keptRate = suggested ? Math.round((kept / suggested) * 100) + '%' : '—';

  const ai = r.ai.error ? null : r.ai;
  const aiRows = ai ? ai.data || [] : [];
  const runs = aiRows.reduce((a, x) => a + Number(x.runs || 0), 0);
  const fallbacks = aiRows.reduce((a, x) => a + Number(x.fallback || 0), 0);

  mount(body,
    card('Overview', 'summary', tiles),
    h('div', { class: 'dash-grid' },
      card('Volume per day', 'volume', r.volume.error ? failed(r.volume) : h('div', { class: 'chart-box' }, volCanvas)),
      card('Query types', 'teams', r.teams.error ? failed(r.teams) : [
        h('p', { class: 'muted small' }, 'AI suggestion kept: ', h('strong', { id: 'kept-rate', text: keptRate }), suggested ? ' (' + kept + ' of ' + suggested + ')' : ''),
        h('div', { class: 'chart-box' }, teamCanvas)])),
    card('Agents', 'agents', r.agents.error ? failed(r.agents) : agentsTable(r.agents.data || [])),
    card('AI', 'ai', !ai ? failed(r.ai) : [
      h('div', { class: 'tiles' },
        tile('Cost per conversation', ai.cost_per_conversation_usd === null || ai.cost_per_conversation_usd === undefined ? '—' : '$' + Number(ai.cost_per_conversation_usd).toFixed(4)),
        tile('Runs', runs), tile('Fallback rate', runs ? Math.round((fallbacks / runs) * 100) + '%' : '—'), tile('Kept-rate', keptRate)),
      aiTable(aiRows)]));

  if (typeof window.Chart !== 'function') return; // the vendored script failed to load
  if (!r.volume.error) {
    const rows = r.volume.data || [];
    charts.push(new window.Chart(volCanvas, {
      type: 'bar',
      data: {
        labels: rows.map((x) => x.date),
        datasets: ['email', 'chat', 'call'].map((ch) => ({
          label: { email: 'Email', chat: 'WhatsApp', call: 'Calls' }[ch], data: rows.map((x) => Number(x[ch] || 0)), backgroundColor: COLORS[ch], borderRadius: 3,
        })),
      },
      options: chartOptions(true),
    }));
  }
  if (!r.teams.error) {
    charts.push(new window.Chart(teamCanvas, {
      type: 'bar',
      data: {
        labels: teams.map((t) => teamLabel(t.team)),
        datasets: [
          { label: 'Conversations', data: teams.map((t) => Number(t.conversations || 0)), backgroundColor: '#0f766e', borderRadius: 3 },
          { label: 'AI suggested', data: teams.map((t) => Number(t.suggested || 0)), backgroundColor: COLORS.suggested, borderRadius: 3 },
          { label: 'Suggestion kept', data: teams.map((t) => Number(t.kept || 0)), backgroundColor: COLORS.kept, borderRadius: 3 },
        ],
      },
      options: { ...chartOptions(false), indexAxis: 'y' },
    }));
  }
}

function chartOptions(stacked) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { family: 'system-ui, "Noto Sans", sans-serif' } } } },
    scales: {
      x: { stacked, grid: { display: false }, ticks: { precision: 0 } },
      y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
    },
  };
}

function tile(labelText, value, cls = '', sub = '') {
  return h('div', { class: ['tile', cls] }, h('div', { class: 'tile-label', text: labelText }),
    h('div', { class: 'tile-value', text: value === undefined || value === null ? '—' : String(value) }),
    sub ? h('div', { class: 'tile-sub', text: sub }) : null);
}

function agentsTable(rows) {
  if (!rows.length) return h('p', { class: 'muted', text: 'No agent activity in this range.' });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table', id: 'agents-report' },
    h('thead', null, h('tr', null, ['Agent', 'Assigned', 'Resolved', 'Open now', 'Replies', 'First response (median / p90)', 'Resolution (median / p90)'].map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', null, rows.map((a) => h('tr', null,
      h('td', { text: a.name }), h('td', { class: 'num', text: a.assigned }), h('td', { class: 'num', text: a.resolved }),
      h('td', { class: 'num', text: a.open_now }), h('td', { class: 'num', text: a.replies }),
      h('td', { text: pair(a.first_response_seconds) }), h('td', { text: pair(a.resolution_seconds) }))))));
}

function aiTable(rows) {
  if (!rows.length) return h('p', { class: 'muted', text: 'No AI runs in this range.' });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', null, h('tr', null, ['Provider', 'Model', 'Runs', 'OK', 'Fallback', 'Errors', 'Tokens in / out', 'Cost (USD)', 'Latency'].map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', null, rows.map((x) => h('tr', null,
      h('td', { text: x.provider }), h('td', { text: x.model || '—' }), h('td', { class: 'num', text: x.runs }),
      h('td', { class: 'num', text: x.ok }), h('td', { class: 'num', text: x.fallback }), h('td', { class: 'num', text: x.errors }),
      h('td', { class: 'num', text: (x.prompt_tokens ?? 0) + ' / ' + (x.output_tokens ?? 0) }),
      h('td', { class: 'num', text: x.cost_usd === null || x.cost_usd === undefined ? '—' : Number(x.cost_usd).toFixed(4) }),
      h('td', { class: 'num', text: latency(x.latency_ms) }))))));
}

function latency(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') {
    const ms = (x) => (x === null || x === undefined ? '—' : Math.round(Number(x)));
    return ms(v.median) + ' / ' + ms(v.p90) + ' ms';
  }
  return Math.round(Number(v)) + ' ms';
}

function pair(d) {
  if (!d || typeof d !== 'object') return duration(d);
  return duration(d.median) + ' / ' + duration(d.p90);
}

/** CSV needs the Authorization header, so it is fetched and saved as a blob. */
async function downloadCsv(report, from, to) {
  try {
    const res = await api('GET', '/dashboard/' + report + query({ from, to, format: 'csv' }), null, { raw: true });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: report + '_' + from + '_' + to + '.csv' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    toast(e.message, 'error');
  }
}
