import { isInRequest, runInRequest } from '@erqi/shared/util-request-scope';
import { ServiceMetrics } from './service-metrics';

/** The value of one series in a Prometheus text exposition. */
function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return Number(line?.slice(series.length + 1) ?? Number.NaN);
}

describe('ServiceMetrics', () => {
  it('publishes process metrics and counts SQL statements by origin', async () => {
    const metrics = new ServiceMetrics('grid');
    const statements = metrics.statements;
    runInRequest(() => statements.logQuery('SELECT 1'));
    statements.logQuery('SELECT 2');
    statements.logQuery('SELECT 3');
    const text = await metrics.text();
    expect(valueOf(text, 'sql_statements_total{service="grid",origin="request"}')).toBe(1);
    expect(valueOf(text, 'sql_statements_total{service="grid",origin="background"}')).toBe(2);
    expect(valueOf(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(statements.inRequests).toBe(1);
  });

  it('reads the outbox backlog at scrape time, summed over the relays that registered', async () => {
    const metrics = new ServiceMetrics('appeal');
    let unsent = 3;
    metrics.watchOutbox(async () => ({ unsent, oldestUnsentAgeSeconds: 12.5 }));
    metrics.watchOutbox(async () => ({ unsent: 1, oldestUnsentAgeSeconds: 2 }));
    expect(valueOf(await metrics.text(), 'outbox_unsent_messages')).toBe(4);
    unsent = 0;
    const text = await metrics.text();
    expect(valueOf(text, 'outbox_unsent_messages')).toBe(1);
    expect(valueOf(text, 'outbox_oldest_unsent_age_seconds')).toBe(12.5);
  });

  it('reads the gauges as background work even when a request scrapes them (a scrape costs no caller anything)', async () => {
    const metrics = new ServiceMetrics('appeal');
    const seen: boolean[] = [];
    metrics.watchOutbox(async () => {
      seen.push(isInRequest());
      return { unsent: 0, oldestUnsentAgeSeconds: 0 };
    });
    await runInRequest(() => metrics.text(), { requestId: 'scrape-1' });
    expect(seen).toEqual([false]);
  });

  it('publishes consumer lag per partition and dead letters per topic; a failing reader spoils nothing', async () => {
    const metrics = new ServiceMetrics('volunteer');
    metrics.watchConsumerLag('volunteer-service', async () => [
      { topic: 'dispatch.volunteer-team.LANTERN', partition: 0, lag: 7 },
    ]);
    metrics.watchConsumerLag('broken', async () => {
      throw new Error('broker down');
    });
    metrics.countDeadLetter('volunteer-service', 'dispatch.volunteer-team.LANTERN');
    metrics.countDeadLetter('volunteer-service', 'dispatch.volunteer-team.LANTERN');
    const text = await metrics.text();
    expect(
      valueOf(
        text,
        'kafka_consumer_lag_messages{consumer="volunteer-service",topic="dispatch.volunteer-team.LANTERN",partition="0"}',
      ),
    ).toBe(7);
    expect(
      valueOf(
        text,
        'events_dead_lettered_total{consumer="volunteer-service",topic="dispatch.volunteer-team.LANTERN"}',
      ),
    ).toBe(2);
  });

  it('times HTTP requests into a histogram', async () => {
    const metrics = new ServiceMetrics('gateway');
    metrics.httpRequestDuration.observe(
      { method: 'POST', route: '/graphql', status_code: '200' },
      0.03,
    );
    const text = await metrics.text();
    expect(
      valueOf(
        text,
        'http_request_duration_seconds_count{method="POST",route="/graphql",status_code="200"}',
      ),
    ).toBe(1);
    expect(
      valueOf(
        text,
        'http_request_duration_seconds_bucket{le="0.05",method="POST",route="/graphql",status_code="200"}',
      ),
    ).toBe(1);
    expect(
      valueOf(
        text,
        'http_request_duration_seconds_bucket{le="0.025",method="POST",route="/graphql",status_code="200"}',
      ),
    ).toBe(0);
  });
});
