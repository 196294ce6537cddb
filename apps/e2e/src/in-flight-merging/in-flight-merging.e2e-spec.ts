import { startExtraGateway } from '@erqi/shared/feature-local-system';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

/** The README's query across all four subgraphs: what each caller may see of it differs by role and scope. */
const EXCLUSIVE_CELLS = `query ExclusiveCells {
  gridCells(kind: ENTERPRISE_EXCLUSIVE, first: 3) {
    nodes {
      code
      name
      enterprises { name creditCode appeals { title status handlingMode dueAt } }
      volunteerTeams { name }
    }
  }
}`;

/** Copies of one request sent at once by each caller, per round. */
const COPIES = 8;

/** `gateway_subgraph_fetches_total` by outcome, from the gateway's /metrics. */
async function fetchCounts(gatewayBase: string): Promise<{ sent: number; merged: number }> {
  const text = await (await fetch(`${gatewayBase}/metrics`)).text();
  const read = (outcome: string): number =>
    Number(
      new RegExp(`^gateway_subgraph_fetches_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(
        text,
      )?.[1] ?? 0,
    );
  return { sent: read('sent'), merged: read('merged') };
}

/**
 * The gateway merges identical subgraph reads in flight (issue 16). Whatever it merges, no answer may
 * ever reach another caller: callers of different roles and scopes ask the very same query at the
 * same moment, many times over, and each must get exactly what it gets when asking alone.
 */
describe('identical subgraph reads merged in flight, never across callers', () => {
  const system = systemAddresses();
  let gateway: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    // A gateway of its own with the per-caller limit lifted: each caller sends many copies at once.
    gateway = await startExtraGateway(system.subgraphUrls, {
      env: { GATEWAY_RATE_LIMIT_PER_SECOND: '100000', GATEWAY_RATE_LIMIT_BURST: '100000' },
    });
  });
  afterAll(() => gateway.stop());

  it('gives every caller its own answer, while identical fetches of one caller are merged', async () => {
    const callers: Array<{ label: string; headers: Record<string, string> }> = [
      { label: 'supervisor', headers: await authHeaderFor(seedUser('SUPERVISOR')) },
      { label: 'grid worker', headers: await authHeaderFor(seedUser('GRID_WORKER')) },
      { label: 'enterprise', headers: await authHeaderFor(seedUser('ENTERPRISE')) },
      { label: 'department staff', headers: await authHeaderFor(seedUser('DEPARTMENT_STAFF')) },
      { label: 'anonymous', headers: {} },
    ];
    const url = `${gateway.url}/graphql`;
    const ask = async (headers: Record<string, string>): Promise<string> =>
      JSON.stringify((await postGraphQL(url, EXCLUSIVE_CELLS, {}, headers)).body);

    // Each caller alone first: the answer it must always get.
    const alone = new Map<string, string>();
    for (const caller of callers) alone.set(caller.label, await ask(caller.headers));
    // The callers see different things, so an answer given to the wrong one would show (the exclusive
    // cells' grid worker sees all of these cells, as the supervisor does: four different answers).
    expect(new Set(alone.values()).size).toBe(4);
    expect(alone.get('grid worker')).toBe(alone.get('supervisor'));
    expect(alone.get('supervisor')).toContain('"appeals":[{');

    const before = await fetchCounts(gateway.url);
    let merged = 0;
    for (let round = 0; round < 10 && merged === 0; round += 1) {
      const answers = await Promise.all(
        callers.flatMap((caller) =>
          Array.from({ length: COPIES }, async () => ({
            label: caller.label,
            answer: await ask(caller.headers),
          })),
        ),
      );
      for (const { label, answer } of answers)
        expect({ label, answer }).toEqual({ label, answer: alone.get(label) });
      merged = (await fetchCounts(gateway.url)).merged - before.merged;
    }
    // The merging was really exercised, not bypassed.
    expect(merged).toBeGreaterThan(0);
  });
});
