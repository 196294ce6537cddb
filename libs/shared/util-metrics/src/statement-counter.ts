import { isInRequest } from '@erqi/shared/util-request-scope';
import type { Logger, QueryRunner } from 'typeorm';

/** Where a statement came from: answering a request, or background work (relays, consumers, scans). */
export type StatementOrigin = 'request' | 'background';

/**
 * A TypeORM logger that counts the SQL statements a data source sends, so that tests can prove
 * a nested list costs a constant number of queries, not one per row, and `/metrics` can publish it.
 */
export class StatementCounter implements Logger {
  private count = 0;
  private requestCount = 0;
  /** The most recent statements, newest last (a bounded window, so a long-running service does not grow). */
  readonly statements: string[] = [];

  /** @param onStatement called for every statement (the prom-client counter of `ServiceMetrics`) */
  constructor(
    private readonly window = 50,
    private readonly onStatement?: (origin: StatementOrigin) => void,
  ) {}

  get total(): number {
    return this.count;
  }

  /** Statements sent while answering requests, leaving out background work (outbox relays, consumers). */
  get inRequests(): number {
    return this.requestCount;
  }

  /** Forgets what the test saw so far (the published counter, like any Prometheus counter, only grows). */
  reset(): void {
    this.count = 0;
    this.requestCount = 0;
    this.statements.length = 0;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    const origin = isInRequest() ? 'request' : 'background';
    if (origin === 'request') this.requestCount += 1;
    this.onStatement?.(origin);
    this.statements.push(query);
    if (this.statements.length > this.window) this.statements.shift();
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
