// Starts GraphiQL against this server's /graphql endpoint.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = `# マイナンバー・リネージの GraphQL API です。
query {
  status { mode nodeCount relationshipCount }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql'))
  .render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
