import { trace } from '@opentelemetry/api';
import { createCloudEvent, toKafkaRecord } from '@erqi/shared/util-event-catalogue';
import type { KafkaMessage } from 'kafkajs';
import { inCreateSpan, inProcessSpan, startSendSpans } from './event-tracing';

// A process with tracing off (no OTEL_* set): no tracer provider is registered in this file.
const event = createCloudEvent({
  type: 'cn.erqi.appeal.submitted',
  source: '/erqi/appeal',
  subject: 'appeal-1',
  data: { appealId: 'appeal-1' },
});
const headers = toKafkaRecord(event, 'appeal-1').headers;

describe('events with tracing off', () => {
  it('are written, sent and consumed with no trace headers and nothing in the way', async () => {
    expect(
      await inCreateSpan([{ topic: 'appeal.lifecycle', event }], async (fields) => fields),
    ).toEqual({});
    const row = { topic: 'appeal.lifecycle', messageKey: 'appeal-1', eventId: event.id, headers };
    const sends = startSendSpans([row]);
    expect(sends.headersOf(row)).toEqual(headers);
    sends.end();
    const message: KafkaMessage = {
      key: Buffer.from('appeal-1'),
      value: Buffer.from('{}'),
      timestamp: '0',
      attributes: 0,
      offset: '0',
      headers,
    };
    await expect(
      inProcessSpan(
        { topic: 'appeal.lifecycle', partition: 0, groupId: 'spec', message },
        async () => trace.getActiveSpan()?.isRecording() ?? false,
      ),
    ).resolves.toBe(false);
  });

  it('pass on the trace context of a traced producer untouched, even here', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const row = {
      topic: 'appeal.lifecycle',
      messageKey: 'appeal-1',
      eventId: event.id,
      headers: toKafkaRecord({ ...event, traceparent }, 'appeal-1').headers,
    };
    const sends = startSendSpans([row]);
    expect(sends.headersOf(row)).toMatchObject({ ce_traceparent: traceparent, traceparent });
    sends.end();
  });
});
