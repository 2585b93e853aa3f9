// api.js — the REST client and the session.
//
// The session is the API token (and the agent it belongs to) in
// sessionStorage: it lives as long as the tab, is never shared with other
// tabs or written to disk by us, and the password is never kept anywhere.
// Any 401 from the API (expired or revoked token, deactivated agent) ends the
// session and returns to the login screen.

const TOKEN_KEY = 'csd.token';
const AGENT_KEY = 'csd.agent';

let token = sessionStorage.getItem(TOKEN_KEY);
let agent = null;
try { agent = JSON.parse(sessionStorage.getItem(AGENT_KEY) || 'null'); } catch (_) { agent = null; }
let expiryTimer = null;
let onSessionEnd = () => {};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || ('HTTP ' + status));
    this.status = status;
    this.code = code || '';
  }
}

export function currentToken() { return token; }
export function currentAgent() { return agent; }
export function isAdmin() { return Boolean(agent && agent.role === 'admin'); }

/** Called with a reason ('expired', 'logout', 'unauthorized') when the session ends. */
export function onSessionEnded(fn) { onSessionEnd = fn; }

/** The token's `exp` (seconds since the epoch), or 0 when it cannot be read. */
function tokenExpiry(tok) {
  try {
    const part = tok.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
    return Number(claims.exp) || 0;
  } catch (_) {
    return 0;
  }
}

function armExpiry() {
  clearTimeout(expiryTimer);
  const exp = token ? tokenExpiry(token) : 0;
  if (!exp) return;
  // setTimeout's delay is a signed 32-bit number of milliseconds.
  const ms = Math.min(exp * 1000 - Date.now(), 2 ** 31 - 1);
  expiryTimer = setTimeout(() => endSession('expired'), Math.max(0, ms));
}

export function startSession(newToken, newAgent) {
  token = newToken;
  agent = newAgent || null;
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(AGENT_KEY, JSON.stringify(agent));
  armExpiry();
}

export function updateAgent(newAgent) {
  agent = newAgent;
  sessionStorage.setItem(AGENT_KEY, JSON.stringify(agent));
}

export function endSession(reason) {
  const had = token !== null;
  token = null;
  agent = null;
  clearTimeout(expiryTimer);
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(AGENT_KEY);
  if (had) onSessionEnd(reason);
}

/** True when the page loaded with a stored token that had already expired. */
export let expiredAtLoad = false;

if (token) {
  if (tokenExpiry(token) && tokenExpiry(token) * 1000 <= Date.now()) {
    token = null;
    agent = null;
    expiredAtLoad = true;
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(AGENT_KEY);
  } else {
    armExpiry();
  }
}

/** Builds "?a=1&b=2" from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/**
 * api('GET', '/conversations', null) → the parsed JSON body (null for an
 * empty body). Throws ApiError with the API's error code and message for
 * any non-2xx answer; a 401 also ends the session.
 */
export async function api(method, path, body, { raw = false, anonymous = false } = {}) {
  const headers = { Accept: raw ? '*/*' : 'application/json' };
  if (token && !anonymous) headers.Authorization = 'Bearer ' + token;
  const init = { method, headers, cache: 'no-store', credentials: 'omit' };
  if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.');
  }
  if (raw && res.ok) return res;
  const type = res.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try { data = await res.json(); } catch (_) { data = null; }
  } else {
    await res.text();
  }
  if (!res.ok) {
    const err = (data && data.error) || {};
    if (res.status === 401 && !anonymous) endSession('unauthorized');
    throw new ApiError(res.status, err.code, err.message || defaultMessage(res.status));
  }
  return data;
}

function defaultMessage(status) {
  if (status === 404) return 'Not found (this part of the API may not be available yet).';
  if (status === 403) return 'You do not have permission to do that.';
  if (status === 429) return 'Too many attempts. Wait a few minutes and try again.';
  if (status >= 500) return 'The server had a problem (' + status + '). Try again.';
  return 'Request failed (' + status + ').';
}
