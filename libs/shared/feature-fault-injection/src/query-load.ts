import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';

/** What a stream of reads through the gateway saw, before and after a moment marked by the scenario. */
export interface QueryCounts {
  sent: number;
  failed: number;
  /** Sent after `mark()` (e.g. the SIGKILL of a replica). */
  sentAfterMark: number;
  failedAfterMark: number;
  /** The first few failures before the mark, then after it, to say what the caller saw. */
  failures: string[];
  failuresAfterMark: string[];
}

export interface QueryLoad {
  /** From now on, answers count as "after the mark". */
  mark(): void;
  /** Reads sent after the mark that have had their answer (or failed). */
  answeredAfterMark(): number;
  /** Stops sending and resolves once every query sent has had its answer. */
  stop(): Promise<QueryCounts>;
}

/**
 * The exclusive cells with their enterprises' appeals and the cells' volunteer teams: one query that
 * needs all four subgraphs (grid, enterprise, appeal, volunteer), as the grid worker's home asks it.
 */
const CELLS_WITH_APPEALS_AND_TEAMS = `{ gridCells(kind: ENTERPRISE_EXCLUSIVE) { nodes { code enterprises { name appeals(first: 5) { title status } } volunteerTeams { name } } } }`;

/**
 * A grid worker asking the gateway the same read up to `perSecond` times a second, counting failures.
 * At most `maxInFlight` at once: on a slow machine the reads wait for answers rather than pile up.
 */
export function startQueryLoad(options: {
  gatewayUrl: string;
  perSecond: number;
  /** @default 2 */
  maxInFlight?: number;
  /** @default 15000 */
  requestTimeoutMs?: number;
}): QueryLoad {
  const counts: QueryCounts = {
    sent: 0,
    failed: 0,
    sentAfterMark: 0,
    failedAfterMark: 0,
    failures: [],
    failuresAfterMark: [],
  };
  let marked = false;
  let answeredAfterMark = 0;
  let running = true;
  const inFlight = new Set<Promise<void>>();
  const fail = (afterMark: boolean, reason: string): void => {
    counts.failed += 1;
    if (afterMark) counts.failedAfterMark += 1;
    const list = afterMark ? counts.failuresAfterMark : counts.failures;
    if (list.length < 5) list.push(reason);
  };
  const askOnce = async (headers: Record<string, string>): Promise<void> => {
    const afterMark = marked;
    counts.sent += 1;
    if (afterMark) counts.sentAfterMark += 1;
    try {
      const response = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: CELLS_WITH_APPEALS_AND_TEAMS }),
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 15_000),
      });
      const body = (await response.json()) as {
        data?: { gridCells?: { nodes?: unknown[] } | null } | null;
        errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
      };
      if (!response.ok || body.errors?.length || !body.data?.gridCells?.nodes?.length)
        fail(
          afterMark,
          `HTTP ${response.status}: ${body.errors?.map((error) => `${String(error.extensions?.code)} ${error.message}`).join('; ') ?? 'no cells'}`,
        );
    } catch (error) {
      fail(afterMark, error instanceof Error ? error.message : String(error));
    }
    if (afterMark) answeredAfterMark += 1;
  };
  const loop = (async () => {
    const headers = await authHeaderFor(seedUser('GRID_WORKER'), { expiresIn: '2h' });
    const started = performance.now();
    for (let index = 0; running; index += 1) {
      const wait = started + (index * 1000) / options.perSecond - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      while (running && inFlight.size >= (options.maxInFlight ?? 2)) await Promise.race(inFlight);
      if (!running) break;
      const query = askOnce(headers);
      inFlight.add(query);
      void query.finally(() => inFlight.delete(query));
    }
  })();
  return {
    mark: () => {
      marked = true;
    },
    answeredAfterMark: () => answeredAfterMark,
    async stop() {
      running = false;
      await loop;
      await Promise.all([...inFlight]);
      return counts;
    },
  };
}
