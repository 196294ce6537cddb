import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  composeSupergraph,
  printCurrentSdl,
  readSupergraphConfig,
  WORKSPACE_ROOT,
} from './supergraph';

// The gateway serves the committed supergraph: it must be exactly what the subgraphs' code composes to.
describe('the committed supergraph', () => {
  const config = readSupergraphConfig();
  let printed: Array<(typeof config.subgraphs)[number] & { sdl: string }>;

  beforeAll(async () => {
    printed = await Promise.all(
      config.subgraphs.map(async (subgraph) => ({
        ...subgraph,
        sdl: await printCurrentSdl(subgraph),
      })),
    );
  }, 60_000);

  it.each(config.subgraphs.map((subgraph) => subgraph.name))(
    'has the current SDL of the %s subgraph (else run `npm run compose`)',
    (name) => {
      const subgraph = printed.find((candidate) => candidate.name === name);
      expect(readFileSync(join(WORKSPACE_ROOT, subgraph?.schema ?? ''), 'utf8')).toBe(
        subgraph?.sdl,
      );
    },
  );

  it('composes, and matches apps/gateway/supergraph.graphql (else run `npm run compose`)', () => {
    const composition = composeSupergraph(printed);
    expect(composition.ok ? [] : composition.errors).toEqual([]);
    expect(composition.ok && composition.supergraphSdl).toBe(
      readFileSync(join(WORKSPACE_ROOT, config.supergraph), 'utf8'),
    );
  });

  it('reports composition errors instead of writing a broken supergraph', () => {
    const [grid] = printed;
    if (!grid) throw new Error('no subgraphs configured');
    // Two subgraphs that both define the same non-shareable field cannot compose.
    const clash = { ...grid, name: 'clash', sdl: grid.sdl };
    const composition = composeSupergraph([grid, clash]);
    expect(composition.ok).toBe(false);
  });
});
