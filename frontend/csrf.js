// The session's CSRF token, which the server keeps in the XSRF-TOKEN cookie; every changing
// request from a logged-in page echoes it in the X-XSRF-TOKEN header (anonymous reads need none).
export function csrfHeaders() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match.slice('XSRF-TOKEN='.length)) } : {};
}
