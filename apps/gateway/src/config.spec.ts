import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, renderEnvExample } from '@erqi/shared/util-config';
import {
  gatewayConfigSchema,
  gatewayLimits,
  loadGatewayConfig,
  subgraphsOf,
  subgraphUrlOverrides,
} from './config';

const SUPERGRAPH_EXCERPT = `
enum join__Graph {
  APPEAL @join__graph(name: "appeal", url: "http://127.0.0.1:4003/graphql")
  GRID @join__graph(name: "grid", url: "http://127.0.0.1:4001/graphql")
}`;

const ENV_EXAMPLE = join(__dirname, '..', '.env.example');

describe('gateway configuration', () => {
  it('reads subgraph names and URLs from the supergraph', () => {
    expect(subgraphsOf(SUPERGRAPH_EXCERPT)).toEqual([
      { name: 'appeal', url: 'http://127.0.0.1:4003/graphql' },
      { name: 'grid', url: 'http://127.0.0.1:4001/graphql' },
    ]);
  });

  it('lets <NAME>_SUBGRAPH_URL replace a URL, and leaves the others', () => {
    const overrides = subgraphUrlOverrides(
      loadGatewayConfig({ GRID_SUBGRAPH_URL: 'http://grid.internal/graphql', OTHER: 'x' }),
    );
    expect(overrides).toEqual({ grid: 'http://grid.internal/graphql' });
    expect(subgraphsOf(SUPERGRAPH_EXCERPT, overrides)[1]).toEqual({
      name: 'grid',
      url: 'http://grid.internal/graphql',
    });
  });

  it('takes several URLs, comma-separated, as the replicas of one subgraph, and refuses a list with a non-URL', () => {
    const replicas = 'http://10.0.0.11:4003/graphql, http://10.0.0.12:4003/graphql';
    expect(subgraphUrlOverrides(loadGatewayConfig({ APPEAL_SUBGRAPH_URL: replicas }))).toEqual({
      appeal: replicas,
    });
    expect(() =>
      loadGatewayConfig({ APPEAL_SUBGRAPH_URL: 'http://10.0.0.11:4003/graphql,appeal-2' }),
    ).toThrow(ConfigError);
  });

  it('reads the limits from GATEWAY_* variables, with defaults for the rest', () => {
    expect(gatewayLimits(loadGatewayConfig({}))).toEqual({
      queryLimits: { maxDepth: 10, maxAliases: 30, maxCost: 2_000_000, defaultListSize: 20 },
      rateLimit: { perSecond: 20, burst: 40 },
      maxBodyBytes: 100_000,
    });
    const limits = gatewayLimits(
      loadGatewayConfig({
        GATEWAY_MAX_DEPTH: '6',
        GATEWAY_RATE_LIMIT_PER_SECOND: '0.5',
        GATEWAY_RATE_LIMIT_BURST: '3',
        GATEWAY_MAX_BODY_BYTES: '2048',
      }),
    );
    expect(limits).toMatchObject({
      queryLimits: { maxDepth: 6 },
      rateLimit: { perSecond: 0.5, burst: 3 },
      maxBodyBytes: 2048,
    });
  });

  it('refuses to start naming every bad variable', () => {
    expect(() =>
      loadGatewayConfig({ GATEWAY_MAX_COST: 'lots', GRID_SUBGRAPH_URL: 'grid:4001', PORT: '-1' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadGatewayConfig({ GATEWAY_MAX_COST: 'lots', GRID_SUBGRAPH_URL: 'grid:4001', PORT: '-1' }),
    ).toThrow(
      /PORT holds "-1"[\s\S]*GATEWAY_MAX_COST holds "lots"[\s\S]*GRID_SUBGRAPH_URL holds "grid:4001"/,
    );
  });

  it('.env.example lists every variable the config reads, with its meaning and default (WRITE_ENV_EXAMPLE=1 rewrites it)', () => {
    const expected = renderEnvExample('gateway', gatewayConfigSchema);
    if (process.env['WRITE_ENV_EXAMPLE'] === '1') writeFileSync(ENV_EXAMPLE, expected);
    expect(readFileSync(ENV_EXAMPLE, 'utf8')).toBe(expected);
  });
});
