import type { Logger } from '@erqi/shared/util-logging';

/** How often each replica's `/health` is asked, in milliseconds. @default 2000 (GATEWAY_REPLICA_PROBE_MS) */
export const DEFAULT_REPLICA_PROBE_MS = 2000;

/** One replica of a subgraph: its `/graphql` URL and whether the gateway sends to it. */
interface Replica {
  url: string;
  healthUrl: string;
  up: boolean;
  /** Why it is down, for the log and `/health`. */
  reason?: string;
}

export interface ReplicaPoolOptions {
  /** The subgraph's name, for the log. */
  name: string;
  /** Its replicas' `/graphql` URLs, at least one. */
  urls: readonly string[];
  logger: Logger;
  /** @default DEFAULT_REPLICA_PROBE_MS */
  probeMs?: number;
  /** How long one health probe may take before the replica counts as down. @default 1500 */
  probeTimeoutMs?: number;
}

/** The replicas of `<NAME>_SUBGRAPH_URL`: one URL, or several separated by commas. */
export function replicaUrlsOf(value: string): string[] {
  return value
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

/**
 * A replica's `/ready` (its database answers) is beside its `/graphql`; `/health` only says the
 * process lives, so a replica whose database is gone would still take requests.
 */
function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = '/ready';
  return url.toString();
}

/** `/ready`, or `/health` from a replica of a release before `/ready` (during a rolling upgrade). */
async function askReady(readyUrl: string, timeoutMs: number): Promise<Response> {
  const response = await fetch(readyUrl, { signal: AbortSignal.timeout(timeoutMs) });
  if (response.status !== 404) return response;
  await response.arrayBuffer().catch(() => undefined);
  return fetch(readyUrl.replace(/\/ready$/, '/health'), { signal: AbortSignal.timeout(timeoutMs) });
}

/**
 * The replicas of one subgraph, taken in turn (round robin) among those up. A replica goes down when
 * its `/health` fails or a request to it cannot connect, and comes back when `/health` answers 200
 * again. With every replica down the pool still hands them out in turn: a request that might succeed
 * beats one refused by the gateway on a stale view.
 */
export class ReplicaPool {
  readonly name: string;
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;
  private readonly probeMs: number;
  private readonly probeTimeoutMs: number;

  constructor(private readonly options: ReplicaPoolOptions) {
    if (options.urls.length === 0) throw new RangeError(`no replica URL for ${options.name}`);
    this.name = options.name;
    this.replicas = options.urls.map((url) => ({ url, healthUrl: healthUrlOf(url), up: true }));
    this.probeMs = options.probeMs ?? DEFAULT_REPLICA_PROBE_MS;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 1500;
  }

  get urls(): string[] {
    return this.replicas.map((replica) => replica.url);
  }

  /** Probes every replica now, then every `probeMs` until `stop()`. */
  start(): void {
    if (this.timer) return;
    const round = (): void => {
      this.probing = this.probeAll().finally(() => {
        if (this.timer) this.timer = setTimeout(round, this.probeMs).unref();
      });
    };
    this.timer = setTimeout(round, 0).unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.probing;
  }

  /** The next replica up, in turn, other than those in `exclude`; undefined when none is left. */
  pick(exclude: ReadonlySet<string> = new Set()): string | undefined {
    const candidates = this.replicas.filter((replica) => !exclude.has(replica.url));
    if (candidates.length === 0) return undefined;
    const up = candidates.filter((replica) => replica.up);
    const from = up.length > 0 ? up : candidates;
    const chosen = from[this.next % from.length];
    this.next = (this.next + 1) % 1_000_000;
    return chosen?.url;
  }

  /** The first replica up (else the first), for the gateway's `/health` and the photo proxy; no turn taken. */
  firstUp(): string {
    const replica = this.replicas.find((candidate) => candidate.up) ?? this.replicas[0];
    return replica?.url ?? '';
  }

  /** A request could not reach `url`: send no more there until its `/health` answers again. */
  markDown(url: string, reason: string): void {
    const replica = this.replicas.find((candidate) => candidate.url === url);
    if (replica) this.setUp(replica, false, reason);
  }

  /** Each replica, up or not, for the gateway's `/health`. */
  status(): Array<{ url: string; up: boolean; reason?: string }> {
    return this.replicas.map(({ url, up, reason }) => ({
      url,
      up,
      ...(reason === undefined ? {} : { reason }),
    }));
  }

  /** Asks every replica's `/ready` once and marks each up or down. */
  async probeAll(): Promise<void> {
    await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const response = await askReady(replica.healthUrl, this.probeTimeoutMs);
          // Drain the body so the connection is reused.
          await response.arrayBuffer().catch(() => undefined);
          this.setUp(replica, response.ok, response.ok ? undefined : `answered ${response.status}`);
        } catch (error) {
          this.setUp(replica, false, error instanceof Error ? error.message : String(error));
        }
      }),
    );
  }

  private setUp(replica: Replica, up: boolean, reason: string | undefined): void {
    if (replica.up !== up) {
      const detail = { subgraph: this.name, replica: replica.url, ...(reason ? { reason } : {}) };
      if (up) this.options.logger.info('replica up again: sending requests to it', detail);
      else this.options.logger.warn('replica down: sending no requests to it', detail);
    }
    replica.up = up;
    if (up) delete replica.reason;
    else if (reason !== undefined) replica.reason = reason;
  }
}
