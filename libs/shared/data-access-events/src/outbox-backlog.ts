import type { OutboxBacklog } from '@erqi/shared/util-metrics';
import type { DataSource } from 'typeorm';

/** What waits in a service's outbox now: read at each `/metrics` scrape (the partial index on unsent rows keeps it cheap). */
export async function readOutboxBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS "unsent", COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS "oldestUnsentAgeSeconds"
       FROM outbox_message WHERE sent_at IS NULL`,
  )) as OutboxBacklog[];
  return row ?? { unsent: 0, oldestUnsentAgeSeconds: 0 };
}
