import type { Logger } from '@erqi/shared/util-logging';
import type { Fetcher } from '../subgraph-fetch/keep-alive-fetcher';
import { replicaFetcher } from './replica-fetcher';
import { ReplicaPool, replicaUrlsOf } from './replica-pool';

/**
 * The gateway's subgraphs, each one URL or several replicas (`<NAME>_SUBGRAPH_URL=a,b`). A subgraph
 * with one URL is left to Apollo's own fetch; one with replicas gets a pool, probed in the background,
 * and a fetcher that spreads requests over the healthy replicas.
 */
export class SubgraphReplicas {
  private readonly pools = new Map<string, ReplicaPool>();

  constructor(
    subgraphs: ReadonlyArray<{ name: string; url: string }>,
    options: { logger: Logger; probeMs?: number },
  ) {
    for (const { name, url } of subgraphs) {
      const urls = replicaUrlsOf(url);
      if (urls.length > 1)
        this.pools.set(
          name,
          new ReplicaPool({
            name,
            urls,
            logger: options.logger,
            ...(options.probeMs === undefined ? {} : { probeMs: options.probeMs }),
          }),
        );
    }
  }

  /** What `RemoteGraphQLDataSource` needs for `name`: `send` itself, or over the healthy replicas when it has several. */
  dataSourceOptions(name: string, send: Fetcher): { url?: string; fetcher: Fetcher } {
    const pool = this.pools.get(name);
    return pool ? { url: pool.firstUp(), fetcher: replicaFetcher(pool, send) } : { fetcher: send };
  }

  /** The URL to use for `name` outside GraphQL (health, photos): a replica up, else the one URL. */
  urlOf(subgraph: { name: string; url: string }): string {
    return this.pools.get(subgraph.name)?.firstUp() ?? subgraph.url;
  }

  /** Each subgraph's replicas, up or down; empty for a subgraph with one URL. */
  status(): Record<string, ReturnType<ReplicaPool['status']>> {
    return Object.fromEntries([...this.pools].map(([name, pool]) => [name, pool.status()]));
  }

  start(): void {
    for (const pool of this.pools.values()) pool.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.stop()));
  }
}
