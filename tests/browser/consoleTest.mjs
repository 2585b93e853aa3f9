// consoleTest.mjs — the console in a real browser (Debian's headless
// Chromium through puppeteer-core), against the real stack started by
// tests/integration/testConsole.py, which copies this file next to its
// node_modules in build/browser and runs it.
//
// Talks to the Python side over stdio for what a browser cannot do (inject
// a Gmail message through the fake Google, read the database):
//   stdout  "@@REQ <name> <json>"   ask for something
//   stdin   "@@RES <json>"          the answer
// Every other stdout line is a log line. Exit status 0 only when every step
// passed and the page logged no JavaScript error.
//
// Environment: CONSOLE_URL, ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_TOKEN and
// ADMIN_AGENT (JSON; used only when FEATURES.login is false), CHROMIUM (path),
// SHOT_DIR (screenshots, one per step), EXPIRED_TOKEN (a JWT whose exp has
// passed), CANNED_CODE / CANNED_TEXT (a canned response the stack has),
// FEATURES (JSON {inbox, login, canned, dashboard, whatsapp}), WA_CONVERSATION
// and WA_TEXT (a WhatsApp conversation and its customer's text).

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import puppeteer from 'puppeteer-core';

const URL_BASE = process.env.CONSOLE_URL;
// Which parts of the API the stack has (probed by testConsole.py): a step
// whose API is missing is skipped with a NOTE line instead of failing.
const FEATURES = JSON.parse(process.env.FEATURES || '{}');
const SHOTS = process.env.SHOT_DIR;
const STEP_TIMEOUT = 20000;

// --- stdio requests to the Python side --------------------------------------
const rl = readline.createInterface({ input: process.stdin });
const waiting = [];
rl.on('line', (line) => {
  if (!line.startsWith('@@RES ')) return;
  const w = waiting.shift();
  if (w) w(JSON.parse(line.slice(6)));
});
function ask(name, args = {}) {
  return new Promise((resolve) => {
    waiting.push(resolve);
    process.stdout.write('@@REQ ' + name + ' ' + JSON.stringify(args) + '\n');
  });
}

function log(...a) { console.log('[browser]', ...a); }

// --- what the page reports ----------------------------------------------------
const problems = [];
const expectedFailures = []; // [{pathname, status}] allowed exactly once each

function watch(page) {
  page.on('pageerror', (err) => problems.push('page error: ' + (err && err.message)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const text = msg.text();
      // Chromium logs every non-2xx fetch as "Failed to load resource";
      // those are judged by status in the 'response' handler below.
      if (!text.startsWith('Failed to load resource')) problems.push('console error: ' + text);
    }
  });
  page.on('response', (res) => {
    const status = res.status();
    if (status < 400) return;
    const u = new URL(res.url());
    // Without the inbox API the inbox answers 404 (what the console shows then is its error text).
    if (!FEATURES.inbox && status === 404 && u.pathname.startsWith('/conversations')) return;
    const i = expectedFailures.findIndex((f) => f.pathname === u.pathname && f.status === status);
    if (i >= 0) expectedFailures.splice(i, 1);
    else problems.push('HTTP ' + status + ' for ' + res.request().method() + ' ' + u.pathname);
  });
  page.on('requestfailed', (req) => {
    const u = new URL(req.url());
    // A WebSocket closed by a navigation or logout is not a failure.
    if (u.pathname.startsWith('/ws/')) return;
    problems.push('request failed: ' + req.method() + ' ' + u.pathname + ' ' + (req.failure() || {}).errorText);
  });
}

let shotNo = 0;
async function shot(page, name) {
  shotNo += 1;
  const file = path.join(SHOTS, String(shotNo).padStart(2, '0') + '-' + name + '.png');
  await new Promise((r) => setTimeout(r, 150)); // let the last paint land
  await page.screenshot({ path: file });
  log('screenshot', file);
}

async function step(name, fn) {
  log('step:', name);
  try {
    await fn();
  } catch (e) {
    e.message = 'step "' + name + '": ' + e.message;
    throw e;
  }
}

async function textOf(page, selector) {
  return page.$eval(selector, (el) => el.textContent);
}

async function waitText(page, selector, text, timeout = STEP_TIMEOUT) {
  await page.waitForFunction((sel, t) => Array.from(document.querySelectorAll(sel)).some((e) => e.textContent.includes(t)),
    { timeout }, selector, text);
}

function rowSelector(id) { return '#conv-list li[data-id="' + id + '"]'; }

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--lang=en-IN', '--font-render-hinting=none'],
  });
  let page;
  try {
    page = await browser.newPage();
    watch(page);
    await page.setViewport({ width: 1440, height: 900 });
    page.setDefaultTimeout(STEP_TIMEOUT);

    await step('login page at /', async () => {
      const res = await page.goto(URL_BASE + '/', { waitUntil: 'domcontentloaded' });
      const csp = res.headers()['content-security-policy'] || '';
      if (!csp.includes("script-src 'self'") || csp.includes('unsafe-inline')) throw new Error('bad CSP: ' + csp);
      await page.waitForSelector('#login-email');
      await shot(page, 'login');
    });

    if (!FEATURES.login) {
      log('NOTE: POST /auth/login (or setting a password) is not available: logging in with a minted token');
    } else await step('wrong password is refused', async () => {
      expectedFailures.push({ pathname: '/auth/login', status: 401 });
      await page.type('#login-email', process.env.ADMIN_EMAIL);
      await page.type('#login-password', 'not-the-password');
      await page.click('#login-submit');
      await waitText(page, '.form-error', 'Wrong email or password');
      const pw = await page.$eval('#login-password', (el) => el.value);
      if (pw !== '') throw new Error('the password field was not cleared');
    });

    await step('log in', async () => {
      if (FEATURES.login) {
        await page.type('#login-password', process.env.ADMIN_PASSWORD);
        await page.click('#login-submit');
      } else {
        await page.evaluate((t, a) => {
          sessionStorage.setItem('csd.token', t);
          sessionStorage.setItem('csd.agent', a);
        }, process.env.ADMIN_TOKEN, process.env.ADMIN_AGENT);
        await page.reload({ waitUntil: 'domcontentloaded' });
      }
      await page.waitForSelector(FEATURES.inbox ? '#conv-list li.conv' : '.nav-link');
      const stored = await page.evaluate(() => JSON.stringify(Object.assign({}, sessionStorage)));
      if (stored.includes(process.env.ADMIN_PASSWORD)) throw new Error('the password was stored in sessionStorage');
      await page.waitForSelector('.live-dot.live-live');
      await shot(page, 'inbox');
    });

    if (!FEATURES.inbox) {
      log('NOTE: GET /conversations is not available: the live email, conversation, reply, note, assign and resolve steps are skipped');
    } else {
      let newId;
      await step('a new email arrives live', async () => {
        await page.evaluate(() => { window.__noReload = true; });
        const r = await ask('inject_email', {});
        newId = r.conversation_id;
        await page.waitForSelector(rowSelector(newId), { timeout: 30000 });
        await waitText(page, rowSelector(newId), r.subject);
        const same = await page.evaluate(() => window.__noReload === true);
        if (!same) throw new Error('the page reloaded');
        await shot(page, 'new-email-live');
      });

      await step('open it', async () => {
        await page.click(rowSelector(newId));
        await page.waitForSelector('.timeline li.msg');
        const r = await ask('conversation_text', { id: newId });
        await waitText(page, '.timeline', r.snippet);
        await page.waitForSelector('.ai-card');
        await shot(page, 'conversation');
      });

      await step('reply with a canned response', async () => {
        await page.keyboard.press('r');
        await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'reply-text');
        if (FEATURES.canned) {
          await page.keyboard.type('/' + process.env.CANNED_CODE.slice(0, 3));
          await page.waitForSelector('.suggest:not([hidden]) li');
          await page.keyboard.press('Enter');
          const v = await page.$eval('#reply-text', (el) => el.value);
          if (!v.includes(process.env.CANNED_TEXT)) throw new Error('canned text not inserted: ' + v);
        } else {
          log('NOTE: /canned-responses is not available: typing the reply');
          await page.keyboard.type(process.env.CANNED_TEXT);
        }
        await page.keyboard.type(' Team Katyayani.');
        await page.click('#reply-send');
        await waitText(page, '.toast', 'Reply queued');
        await waitText(page, '.timeline .msg-out', process.env.CANNED_TEXT);
        await shot(page, 'replied');
      });

      await step('add a private note', async () => {
        await page.click('#mode-note');
        await page.type('#reply-text', 'Customer called too; checked courier status.');
        await page.click('#reply-send');
        await waitText(page, '.timeline .msg-note', 'checked courier status');
      });

      await step('assign to an agent', async () => {
        const r = await ask('agent', {});
        await page.waitForFunction((id) => !!document.querySelector('#conv-assignee option[value="' + id + '"]'), {}, String(r.id));
        await page.select('#conv-assignee', String(r.id));
        await waitText(page, '.toast', 'Assigned to ' + r.name);
        await waitText(page, rowSelector(newId) + ' .assignee', r.name);
        const got = await ask('conversation', { id: newId });
        if (String(got.assignee_id) !== String(r.id)) throw new Error('assignee in the database: ' + got.assignee_id);
        await shot(page, 'assigned');
      });

      await step('resolve with the keyboard (e)', async () => {
        await page.evaluate(() => document.activeElement && document.activeElement.blur());
        await page.keyboard.press('e');
        await waitText(page, '.toast', 'Resolved');
        await page.waitForFunction(() => document.querySelector('#conv-status').value === 'resolved');
        const got = await ask('conversation', { id: newId });
        if (got.status !== 'resolved') throw new Error('status in the database: ' + got.status);
        await shot(page, 'resolved');
      });
    }

    if (!FEATURES.whatsapp) {
      log('NOTE: the WhatsApp channel (Interakt webhook) is not available: the WhatsApp step is skipped');
    } else await step('a WhatsApp conversation: Hindi text and a photo', async () => {
      const id = process.env.WA_CONVERSATION;
      await page.waitForSelector(rowSelector(id));
      await page.click(rowSelector(id));
      await waitText(page, '.timeline', process.env.WA_TEXT);
      await page.waitForSelector('.timeline .kind-image img.msg-image');
      // The photo comes from our media store (a signed same-origin URL): it must load under the CSP.
      await page.waitForFunction(() => {
        const img = document.querySelector('.timeline .kind-image img.msg-image');
        return img && img.complete && img.naturalWidth > 0;
      });
      await shot(page, 'whatsapp');
    });

    if (!FEATURES.dashboard) {
      log('NOTE: /dashboard/* is not available: the dashboard step is skipped');
    } else await step('dashboard renders', async () => {
      await page.click('a.nav-link[data-route="dashboard"]');
      await page.waitForSelector('#chart-volume');
      await page.waitForFunction(() => {
        const c = document.querySelector('#chart-volume');
        return c && window.Chart && window.Chart.getChart(c) && c.width > 0;
      });
      await page.waitForSelector('.tiles .tile');
      await page.waitForSelector('#kept-rate');
      await page.waitForSelector('#agents-report tbody tr');
      // The page scrolls inside .main: a taller window shows all of it.
      await page.setViewport({ width: 1440, height: 1500 });
      await new Promise((r) => setTimeout(r, 300)); // charts resize
      await shot(page, 'dashboard');
      await page.setViewport({ width: 1440, height: 900 });
    });

    await step('phone-sized inbox', async () => {
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2 });
      await page.click('a.nav-link[data-route="inbox"]');
      await page.waitForSelector(FEATURES.inbox ? '#conv-list li.conv' : '.list-pane');
      await shot(page, 'phone-inbox');
      if (FEATURES.inbox) {
        // The resolved one left the Open list: open the other one.
        await page.click('#conv-list li.conv');
        await page.waitForSelector('.timeline li.msg');
        await shot(page, 'phone-conversation');
      }
      await page.setViewport({ width: 1440, height: 900 });
    });

    await step('log out', async () => {
      await page.click('button.logout');
      await page.waitForSelector('#login-email');
      const tok = await page.evaluate(() => sessionStorage.getItem('csd.token'));
      if (tok) throw new Error('token still stored after logout');
    });

    await step('an expired token returns to login', async () => {
      await page.evaluate((t) => {
        sessionStorage.setItem('csd.token', t);
        sessionStorage.setItem('csd.agent', JSON.stringify({ id: 1, name: 'Admin', role: 'admin' }));
      }, process.env.EXPIRED_TOKEN);
      await page.goto(URL_BASE + '/#/inbox', { waitUntil: 'domcontentloaded' });
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#login-email');
      await waitText(page, '.form-error', 'session has ended');
      await shot(page, 'expired');
    });
  } catch (e) {
    if (page) {
      try { await shot(page, 'failure'); } catch (_) { /* ignore */ }
    }
    throw e;
  } finally {
    await browser.close();
  }
  if (problems.length) throw new Error('the page reported problems:\n  ' + problems.join('\n  '));
  log('all steps passed');
}

main().then(() => { rl.close(); process.exit(0); }, (e) => {
  console.error('[browser] FAILED:', e && e.stack ? e.stack : e);
  if (problems.length) console.error('[browser] page problems:\n  ' + problems.join('\n  '));
  rl.close();
  process.exit(1);
});
