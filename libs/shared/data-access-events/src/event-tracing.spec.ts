import { context, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import {
  createCloudEvent,
  fromKafkaRecord,
  toKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { startTracing, stopTracing } from '@erqi/shared/util-tracing';
import type { KafkaMessage } from 'kafkajs';
import { inCreateSpan, inProcessSpan, startSendSpans } from './event-tracing';

const exporter = new InMemorySpanExporter();
const tracer = trace.getTracer('spec');
const event = createCloudEvent({
  type: 'cn.erqi.appeal.submitted',
  source: '/erqi/appeal',
  subject: 'appeal-1',
  data: { appealId: 'appeal-1' },
});
const outbound = [{ topic: 'appeal.lifecycle', event }];

function messageOf(headers: Record<string, string>): KafkaMessage {
  return {
    key: Buffer.from('appeal-1'),
    value: Buffer.from('{}'),
    timestamp: '0',
    attributes: 0,
    offset: '7',
    headers,
  };
}

beforeAll(() => {
  startTracing('spec', { exporter });
});
afterEach(() => exporter.reset());
afterAll(() => stopTracing());

describe('an event written outside a trace', () => {
  it('carries no traceparent at all, not a zero one, and makes no span', async () => {
    const stamped = await inCreateSpan(outbound, async (fields) => fields);
    expect(stamped).toEqual({});
    const record = toKafkaRecord({ ...event, ...stamped }, 'appeal-1');
    expect(Object.keys(record.headers)).not.toContain('ce_traceparent');
    expect(fromKafkaRecord(record)).not.toHaveProperty('traceparent');
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('is consumed in a process span of its own trace, with no parent and no link', async () => {
    const applied = await inProcessSpan(
      {
        topic: 'appeal.lifecycle',
        partition: 0,
        groupId: 'spec',
        message: messageOf(toKafkaRecord(event, 'appeal-1').headers),
      },
      async () => trace.getActiveSpan()?.spanContext().traceId,
    );
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({
      name: 'process appeal.lifecycle',
      kind: SpanKind.CONSUMER,
      links: [],
    });
    expect(span?.parentSpanContext).toBeUndefined();
    expect(applied).toBe(span?.spanContext().traceId);
  });

  it('ignores a bogus traceparent header rather than failing the message', async () => {
    await expect(
      inProcessSpan(
        {
          topic: 'appeal.lifecycle',
          partition: 0,
          groupId: 'spec',
          message: messageOf({
            traceparent: 'nonsense',
            ce_traceparent: `00-${'0'.repeat(32)}-${'0'.repeat(16)}-01`,
          }),
        },
        async () => 'applied',
      ),
    ).resolves.toBe('applied');
    expect(exporter.getFinishedSpans()[0]?.parentSpanContext).toBeUndefined();
  });
});

describe('an event written inside a trace', () => {
  it('carries the creation span, which the send continues and the consumer continues from the send', async () => {
    const root = tracer.startSpan('mutation');
    const stamped = await context.with(trace.setSpan(context.active(), root), () =>
      inCreateSpan(outbound, async (fields) => fields),
    );
    root.end();
    const create = exporter
      .getFinishedSpans()
      .find((span) => span.name === 'create appeal.lifecycle');
    expect(create?.parentSpanContext?.spanId).toBe(root.spanContext().spanId);
    expect(stamped.traceparent).toBe(
      `00-${root.spanContext().traceId}-${create?.spanContext().spanId}-01`,
    );

    // Later, in the relay, outside any context: the send is a child of the stored creation.
    const headers = toKafkaRecord({ ...event, ...stamped }, 'appeal-1').headers;
    const row = { topic: 'appeal.lifecycle', messageKey: 'appeal-1', eventId: event.id, headers };
    const sends = startSendSpans([row]);
    const sent = sends.headersOf(row);
    sends.end();
    const send = exporter.getFinishedSpans().find((span) => span.name === 'send appeal.lifecycle');
    expect(send?.parentSpanContext?.spanId).toBe(create?.spanContext().spanId);
    expect(sent['ce_traceparent']).toBe(stamped.traceparent);
    expect(sent['traceparent']).toBe(
      `00-${root.spanContext().traceId}-${send?.spanContext().spanId}-01`,
    );

    await inProcessSpan(
      { topic: 'appeal.lifecycle', partition: 0, groupId: 'spec', message: messageOf(sent) },
      async () => undefined,
    );
    const processed = exporter
      .getFinishedSpans()
      .find((span) => span.name === 'process appeal.lifecycle');
    expect(processed?.parentSpanContext?.spanId).toBe(send?.spanContext().spanId);
    expect(processed?.links.map((link) => link.context.spanId)).toEqual([
      create?.spanContext().spanId,
    ]);
  });
});
