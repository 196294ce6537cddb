import { ROOT_CONTEXT, TraceFlags } from '@opentelemetry/api';
import {
  activeTraceFields,
  contextWithTraceFields,
  spanContextOf,
  traceFieldsOf,
} from './trace-context';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';

describe('W3C trace context fields', () => {
  it('reads a traceparent and its tracestate back into the same text', () => {
    const fields = { traceparent: `00-${TRACE_ID}-${SPAN_ID}-01`, tracestate: 'congo=t61rcWkgMzE' };
    const spanContext = spanContextOf(fields);
    expect(spanContext).toMatchObject({
      traceId: TRACE_ID,
      spanId: SPAN_ID,
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
    expect(traceFieldsOf(spanContext)).toEqual(fields);
  });

  it('refuses malformed, all-zero and version-ff traceparents instead of inventing a parent', () => {
    for (const traceparent of [
      'garbage',
      `00-${'0'.repeat(32)}-${SPAN_ID}-01`,
      `00-${TRACE_ID}-${'0'.repeat(16)}-01`,
      `ff-${TRACE_ID}-${SPAN_ID}-01`,
      `00-${TRACE_ID}-${SPAN_ID}-01-extra`,
      `00-${TRACE_ID.toUpperCase()}-${SPAN_ID}-01`,
    ])
      expect(spanContextOf({ traceparent })).toBeUndefined();
    expect(contextWithTraceFields({ traceparent: 'garbage' })).toBe(ROOT_CONTEXT);
  });

  it('accepts a later version with more fields, keeping the four it knows', () => {
    expect(
      spanContextOf({ traceparent: `01-${TRACE_ID}-${SPAN_ID}-01-what-comes-next` }),
    ).toMatchObject({ traceId: TRACE_ID, spanId: SPAN_ID });
  });

  it('has no fields outside a trace, and the parent’s inside one', () => {
    expect(activeTraceFields()).toEqual({});
    expect(activeTraceFields(ROOT_CONTEXT)).toEqual({});
    const parent = contextWithTraceFields({ traceparent: `00-${TRACE_ID}-${SPAN_ID}-00` });
    expect(activeTraceFields(parent)).toEqual({ traceparent: `00-${TRACE_ID}-${SPAN_ID}-00` });
  });
});
