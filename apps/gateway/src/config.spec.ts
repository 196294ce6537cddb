import { subgraphsOf, subgraphUrlOverrides } from './config';

const SUPERGRAPH_EXCERPT = `
enum join__Graph {
  APPEAL @join__graph(name: "appeal", url: "http://127.0.0.1:4003/graphql")
  GRID @join__graph(name: "grid", url: "http://127.0.0.1:4001/graphql")
}`;

describe('gateway configuration', () => {
  it('reads subgraph names and URLs from the supergraph', () => {
    expect(subgraphsOf(SUPERGRAPH_EXCERPT)).toEqual([
      { name: 'appeal', url: 'http://127.0.0.1:4003/graphql' },
      { name: 'grid', url: 'http://127.0.0.1:4001/graphql' },
    ]);
  });

  it('lets SUBGRAPH_URL_<NAME> replace a URL, and leaves the others', () => {
    const overrides = subgraphUrlOverrides({ SUBGRAPH_URL_GRID: 'http://grid.internal/graphql', OTHER: 'x' });
    expect(overrides).toEqual({ grid: 'http://grid.internal/graphql' });
    expect(subgraphsOf(SUPERGRAPH_EXCERPT, overrides)[1]).toEqual({ name: 'grid', url: 'http://grid.internal/graphql' });
  });
});
