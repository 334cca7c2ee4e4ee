// Minimal GraphQL client: the page talks to the server only through /graphql.
import { csrfHeaders } from './csrf.js';

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) {
    throw new Error(`サーバーが応答しませんでした（HTTP ${response.status}）`);
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => e.message).join('\n'));
  }
  return body.data;
}
