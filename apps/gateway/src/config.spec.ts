import { gatewayLimitsFromEnv, subgraphsOf, subgraphUrlOverrides } from './config';

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

  it('reads the limits from GATEWAY_* variables, with defaults for the rest', () => {
    expect(gatewayLimitsFromEnv({})).toEqual({
      queryLimits: { maxDepth: 10, maxAliases: 30, maxCost: 2_000_000, defaultListSize: 20 },
      rateLimit: { perSecond: 20, burst: 40 },
      maxBodyBytes: 100_000,
    });
    const limits = gatewayLimitsFromEnv({ GATEWAY_MAX_DEPTH: '6', GATEWAY_RATE_LIMIT_PER_SECOND: '0.5', GATEWAY_RATE_LIMIT_BURST: '3', GATEWAY_MAX_BODY_BYTES: '2048' });
    expect(limits).toMatchObject({ queryLimits: { maxDepth: 6 }, rateLimit: { perSecond: 0.5, burst: 3 }, maxBodyBytes: 2048 });
    expect(() => gatewayLimitsFromEnv({ GATEWAY_MAX_COST: 'lots' })).toThrow('GATEWAY_MAX_COST must be a positive number, not "lots"');
  });
});
