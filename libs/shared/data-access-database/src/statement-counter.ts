import { isInRequest } from '@erqi/shared/util-http-server';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends, so that tests can prove
 * a nested list costs a constant number of queries, not one per row.
 */
export class StatementCounter implements Logger {
  private count = 0;
  private requestCount = 0;
  /** The most recent statements, newest last (a bounded window, so a long-running service does not grow). */
  readonly statements: string[] = [];

  constructor(private readonly window = 50) {}

  get total(): number {
    return this.count;
  }

  /** Statements sent while answering requests, leaving out background work (outbox relays, consumers). */
  get inRequests(): number {
    return this.requestCount;
  }

  reset(): void {
    this.count = 0;
    this.requestCount = 0;
    this.statements.length = 0;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    if (isInRequest()) this.requestCount += 1;
    this.statements.push(query);
    if (this.statements.length > this.window) this.statements.shift();
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
