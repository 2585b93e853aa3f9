// live.js — real-time events over nchan WebSockets (/ws/<channel>?token=).
//
// Every message is {"event": "...", "data": {...}, "at": "..."}. Publishes
// can be lost (a dropped socket, a failed publish on the server), so after
// any reconnect the listeners are told to re-read state over REST
// (onResync). Reconnects back off exponentially with jitter, capped at 30 s.

import { currentToken } from './api.js';

const MAX_BACKOFF_MS = 30000;
const MAX_MESSAGE_BYTES = 1 << 20;

let sockets = [];
let listeners = new Set();
let stateListeners = new Set();
let resyncListeners = new Set();
let wanted = [];
let stopped = true;

/** Subscribes fn(event, data, at) to every event; returns an unsubscribe function. */
export function onEvent(fn) { listeners.add(fn); return () => listeners.delete(fn); }
/** fn(state) with 'live' | 'connecting' | 'offline'. */
export function onLiveState(fn) { stateListeners.add(fn); fn(overallState()); return () => stateListeners.delete(fn); }
/** fn() after a reconnect: state may have changed while we were away. */
export function onResync(fn) { resyncListeners.add(fn); return () => resyncListeners.delete(fn); }

function overallState() {
  if (stopped || sockets.length === 0) return 'offline';
  if (sockets.every((s) => s.state === 'live')) return 'live';
  return sockets.some((s) => s.state === 'live') ? 'partial' : 'connecting';
}

function emitState() {
  const st = overallState();
  for (const fn of stateListeners) fn(st);
}

function dispatch(text) {
  if (typeof text !== 'string' || text.length > MAX_MESSAGE_BYTES) return;
  let msg;
  try { msg = JSON.parse(text); } catch (_) { return; }
  if (!msg || typeof msg.event !== 'string') return;
  for (const fn of listeners) {
    try {
      fn(msg.event, msg.data || {}, msg.at);
    } catch (e) {
      console.warn('live: listener failed for', msg.event, e);
    }
  }
}

class Channel {
  constructor(name) {
    this.name = name;
    this.state = 'connecting';
    this.attempt = 0;
    this.timer = null;
    this.ws = null;
    this.everOpened = false;
    this.connect();
  }

  connect() {
    const tok = currentToken();
    if (stopped || !tok) return;
    const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const url = proto + '//' + window.location.host + '/ws/' + encodeURIComponent(this.name) +
      '?token=' + encodeURIComponent(tok);
    this.state = 'connecting';
    emitState();
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.addEventListener('open', () => {
      if (this.ws !== ws) return;
      const reconnected = this.everOpened || this.attempt > 0;
      this.everOpened = true;
      this.attempt = 0;
      this.state = 'live';
      emitState();
      if (reconnected) for (const fn of resyncListeners) fn();
    });
    ws.addEventListener('message', (ev) => dispatch(ev.data));
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.state = 'connecting';
      emitState();
      this.schedule();
    });
    // 'error' is always followed by 'close'; the retry is scheduled there.
  }

  schedule() {
    if (stopped) return;
    const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.attempt, 5));
    const delay = base / 2 + Math.random() * base / 2;
    this.attempt += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // A refused handshake looks like any other close: ask the REST API
      // (which ends the session on 401) before trying again.
      for (const fn of resyncListeners) fn();
      this.connect();
    }, delay);
  }

  close() {
    clearTimeout(this.timer);
    const ws = this.ws;
    this.ws = null;
    if (ws) ws.close();
  }
}

/** (Re)starts the subscriptions for these channel names. */
export function startLive(channels) {
  const same = channels.length === wanted.length && channels.every((c, i) => c === wanted[i]);
  if (same && !stopped) return;
  stopLive();
  stopped = false;
  wanted = channels.slice();
  sockets = wanted.map((c) => new Channel(c));
  emitState();
}

export function stopLive() {
  stopped = true;
  for (const s of sockets) s.close();
  sockets = [];
  wanted = [];
  emitState();
}

/** The channels an agent should listen on (design §12). */
export function channelsFor(agent) {
  if (!agent) return [];
  if (agent.role === 'admin') return ['inbox'];
  const out = ['agent-' + agent.id];
  for (const t of agent.teams || []) out.push('team-' + t);
  return out;
}
