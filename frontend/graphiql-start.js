// Starts GraphiQL against this server's /graphql endpoint. A logged-in session's changing requests
// carry the CSRF token from the XSRF-TOKEN cookie (see csrf.js; this page loads classic scripts).
function csrfHeaders() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match.slice('XSRF-TOKEN='.length)) } : {};
}
const fetcher = GraphiQL.createFetcher({
  url: '/graphql',
  fetch: (url, init = {}) => fetch(url, { ...init, headers: { ...(init.headers || {}), ...csrfHeaders() } }),
});
const defaultQuery = `# マイナンバー・リネージの GraphQL API です。
query {
  status { mode nodeCount relationshipCount }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql'))
  .render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
