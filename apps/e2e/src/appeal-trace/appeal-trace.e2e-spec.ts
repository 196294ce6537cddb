import { createKafkaClient } from '@erqi/shared/data-access-events';
import {
  readTopics,
  recordEndOffsets,
  type TopicReader,
} from '@erqi/shared/data-access-topic-reader';
import { type RunningSystem, startSystem } from '@erqi/shared/feature-local-system';
import { volunteerTeamDispatchTopic } from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { Admin } from 'kafkajs';
import { type CollectedSpan, SpanCollector } from './span-collector';

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/**
 * One submitted appeal is one trace across the processes: the gateway's HTTP request, its call to the
 * appeal subgraph, the subgraph's GraphQL mutation and SQL, the event's creation in the outbox, the
 * relay's send to Kafka (later, from the context stored with the row) and the consumers' processing.
 * A system of its own, exporting its spans to the test's collector.
 */
describe('the trace of one submitted appeal', () => {
  const collector = new SpanCollector();
  const kafka = createKafkaClient({
    clientId: 'e2e-appeal-trace',
    logger: createLogger('e2e'),
    principal: 'admin',
  });
  // SURROUNDINGS is volunteer-eligible, and the collective enterprise's cell is ALLIANCE_YOUTH's.
  const teamTopic = volunteerTeamDispatchTopic('ALLIANCE_YOUTH');
  let system: RunningSystem;
  let admin: Admin;
  let reader: TopicReader;

  beforeAll(async () => {
    const endpoint = await collector.start();
    // Spans leave each process in batches every 200 ms instead of every 5 s.
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' };
    system = await startSystem({ env: tracing, gatewayEnv: tracing, healthTimeoutMs: 120_000 });
    admin = kafka.admin();
    await admin.connect();
    reader = await readTopics(kafka, await recordEndOffsets(admin, [teamTopic]));
  }, 300_000);

  afterAll(async () => {
    await reader?.stop();
    await admin?.disconnect();
    await system?.stop();
    await collector.stop();
  }, 60_000);

  it('links gateway HTTP → appeal GraphQL → outbox insert → Kafka send → consumer processing in one trace, and the CloudEvent carries it', async () => {
    const { body } = await postGraphQL<{ submitAppeal: { id: string } }>(
      system.gatewayUrl,
      `mutation Trace($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          title: '灯会散场后厂区门口垃圾堆积',
          description: '请志愿服务队协助清运。',
          category: 'SURROUNDINGS',
          channel: 'GRID_WORKER',
          handlingMode: 'JOINT',
        },
      },
      await authHeaderFor(seedUser('GRID_WORKER')),
    );
    expect(body.errors).toBeUndefined();
    const appealId = body.data?.submitAppeal.id ?? '';

    // The relay's send of the appeal's lifecycle events, found by their key (the appeal), and the
    // enterprise subgraph's processing of one of them. Its consumer group is its own (named after its
    // database), so this system's enterprise reads every record even while another system shares the
    // broker, unlike the volunteers' shared group `volunteer-service`.
    const sends = (): CollectedSpan[] =>
      collector.spans.filter(
        (span) =>
          span.service === 'appeal' &&
          span.kind === PRODUCER &&
          span.name.startsWith('send ') &&
          span.attributes['messaging.kafka.message.key'] === appealId,
      );
    const process = await collector.until(
      () =>
        collector.spans.find(
          (span) =>
            span.service === 'enterprise' &&
            span.kind === CONSUMER &&
            span.name === 'process appeal.lifecycle' &&
            sends().some((send) => send.spanId === span.parentSpanId),
        ),
      30_000,
      `the enterprise subgraph's process span of appeal.lifecycle under a send of appeal ${appealId}`,
    );
    const inTrace = (): CollectedSpan[] =>
      collector.spans.filter((span) => span.traceId === process.traceId);
    const byId = (id: string): CollectedSpan | undefined =>
      inTrace().find((span) => span.spanId === id);
    const parentOf = (span: CollectedSpan): CollectedSpan | undefined => byId(span.parentSpanId);
    const ancestors = (span: CollectedSpan): CollectedSpan[] => {
      const chain: CollectedSpan[] = [];
      for (let at = parentOf(span); at; at = parentOf(at)) chain.push(at);
      return chain;
    };
    const isSql = (span: CollectedSpan): boolean =>
      (span.attributes['db.system.name'] ?? span.attributes['db.system']) === 'postgresql';

    // Kafka: the enterprise's processing is the child of the relay's send…
    const send = parentOf(process);
    expect(send).toMatchObject({
      service: 'appeal',
      kind: PRODUCER,
      name: 'send appeal.lifecycle',
    });
    // …and the send the child of the event's creation, recorded when the mutation ran.
    const create = send && parentOf(send);
    expect(create).toMatchObject({ service: 'appeal', kind: PRODUCER });
    // Outbox: the row was inserted by SQL inside the creation span.
    const outboxInsert = inTrace().filter(
      (span) =>
        span.parentSpanId === create?.spanId &&
        isSql(span) &&
        /INSERT INTO .*outbox_message/i.test(
          String(span.attributes['db.query.text'] ?? span.attributes['db.statement'] ?? ''),
        ),
    );
    expect(outboxInsert).toHaveLength(1);
    // Above the creation: the appeal subgraph's GraphQL mutation, inside its HTTP request…
    const createdUnder = create ? ancestors(create) : [];
    const mutation = createdUnder.find(
      (span) =>
        span.scope.includes('instrumentation-graphql') &&
        span.attributes['graphql.operation.type'] === 'mutation',
    );
    expect(mutation).toMatchObject({ service: 'appeal' });
    const appealServer = createdUnder.find(
      (span) => span.service === 'appeal' && span.kind === SERVER,
    );
    expect(appealServer).toBeDefined();
    // …whose parent is the gateway's call to the subgraph, under the gateway's own HTTP request: the root.
    const gatewayCall = appealServer && parentOf(appealServer);
    expect(gatewayCall).toMatchObject({ service: 'gateway', kind: CLIENT });
    expect(createdUnder.at(-1)).toMatchObject({
      service: 'gateway',
      kind: SERVER,
      parentSpanId: '',
    });
    // The enterprise's SQL (recording the event as applied, and its effect) runs inside its processing.
    expect(
      inTrace().some(
        (span) => span.service === 'enterprise' && isSql(span) && ancestors(span).includes(process),
      ),
    ).toBe(true);
    // Every consumer in the trace (the volunteer's too, when this system's volunteer holds the
    // partition) continues from the send of what it applied.
    for (const consumed of inTrace().filter((span) => span.kind === CONSUMER))
      expect(parentOf(consumed)).toMatchObject({
        kind: PRODUCER,
        name: expect.stringMatching(/^send /),
      });

    // On the team's topic: the dispatch's CloudEvent names its creation in this trace
    // (ce_traceparent), the record's W3C header its send.
    await reader.until(
      (records) => records.some((record) => record.key === appealId),
      20_000,
      `the dispatch on ${teamTopic}`,
    );
    const record = reader.records.find((candidate) => candidate.key === appealId);
    const [, traceId, creationId] = record?.headers['ce_traceparent']?.split('-') ?? [];
    expect(traceId).toBe(process.traceId);
    expect(byId(creationId ?? '')).toMatchObject({
      service: 'appeal',
      kind: PRODUCER,
      name: expect.stringMatching(/^create/),
    });
    const teamSend = await collector.until(
      () => inTrace().find((span) => span.name === `send ${teamTopic}`),
      10_000,
      `send span of ${teamTopic}`,
    );
    expect(record?.headers['traceparent']).toBe(`00-${process.traceId}-${teamSend.spanId}-01`);
    expect(parentOf(teamSend)?.spanId).toBe(creationId);
  }, 90_000);
});
