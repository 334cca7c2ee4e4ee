// The login form posts to Spring Security's /login; its CSRF token comes from the XSRF-TOKEN cookie
// at the moment of sending (a static page cannot have it written in).
import { csrfHeaders } from './csrf.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);

function fillToken(input) {
  input.value = csrfHeaders()['X-XSRF-TOKEN'] ?? '';
}

if (params.has('error')) {
  $('message').textContent = '利用者名またはパスワードが違います。';
  $('message').hidden = false;
}
$('login').addEventListener('submit', () => fillToken($('csrf')));
$('logout').addEventListener('submit', () => fillToken($('logout-csrf')));
