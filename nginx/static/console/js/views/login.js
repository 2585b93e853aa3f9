// login.js — email + password → POST /auth/login → {token, agent}.
// The password lives only in the form field until the request is sent.

import { api } from '../api.js';
import { h, mount } from '../dom.js';

let notice = '';

/** A message shown above the form next time (e.g. "session ended"). */
export function setNotice(text) { notice = text || ''; }

export function render(root, { onLoggedIn }) {
  const email = h('input', { type: 'email', name: 'email', id: 'login-email', autocomplete: 'username', required: true, placeholder: 'you@katyayani.example' });
  const password = h('input', { type: 'password', name: 'password', id: 'login-password', autocomplete: 'current-password', required: true });
  const error = h('div', { class: 'form-error', role: 'alert', hidden: !notice, text: notice });
  const submit = h('button', { class: 'btn btn-primary btn-block', type: 'submit', id: 'login-submit' }, 'Log in');
  const form = h('form', { class: 'login-card', 'aria-label': 'Log in' },
    h('div', { class: 'login-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }),
      h('div', null, h('h1', { text: 'Katyayani Support' }), h('p', { class: 'muted', text: 'Email, WhatsApp and calls in one inbox' }))),
    error,
    h('label', { for: 'login-email', text: 'Email' }), email,
    h('label', { for: 'login-password', text: 'Password' }), password,
    submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    submit.textContent = 'Logging in…';
    try {
      const res = await api('POST', '/auth/login', { email: email.value.trim(), password: password.value }, { anonymous: true });
      password.value = '';
      notice = '';
      if (!res || !res.token) throw new Error('The server did not return a token.');
      await onLoggedIn(res.token, res.agent || null);
    } catch (e) {
      password.value = '';
      error.textContent = e.status === 401 ? 'Wrong email or password.' : e.message;
      error.hidden = false;
      submit.disabled = false;
      submit.textContent = 'Log in';
      password.focus();
    }
  });
  mount(root, h('div', { class: 'login-page' }, form));
  email.focus();
}
