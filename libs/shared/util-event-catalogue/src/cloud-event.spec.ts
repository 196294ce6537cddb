import { createCloudEvent, fromKafkaRecord, MalformedEvent, toKafkaRecord } from './cloud-event';
import { assertKnownEvent } from './events';
import { departmentDispatchTopic, volunteerTeamDispatchTopic } from './topics';

const appealId = '2b6a3c1e-9f4d-4c8e-8a51-0f3d2e1c4b5a';
const dispatched = {
  appealId,
  title: '物流园区门前道路破损',
  description: '',
  category: 'SURROUNDINGS',
  handlingMode: 'JOINT',
  enterpriseId: '3c7b4d2f-0a5e-4d9f-9b62-1e4f3a2d5c6b',
  gridCellId: '4d8c5e3a-1b6f-4eaa-8c73-2f5a4b3e6d7c',
  dueAt: '2026-11-30T00:00:00.000Z',
  dispatchedAt: '2026-11-25T00:00:00.000Z',
  target: {
    kind: 'DEPARTMENT',
    id: '5e9d6f4b-2c7a-4fbb-9d84-3a6b5c4f7e8d',
    code: 'URBAN_MANAGEMENT',
  },
  role: 'LEAD',
  acknowledgeBy: '2026-11-26T00:00:00.000Z',
};

describe('CloudEvents Kafka binding (binary mode)', () => {
  it('puts attributes in ce_ headers and the data alone in the value, and reads them back', () => {
    const event = createCloudEvent({
      type: 'cn.erqi.appeal.dispatched',
      source: '/erqi/appeal',
      subject: appealId,
      data: dispatched,
    });
    const record = toKafkaRecord(event, appealId);
    expect(record.key).toBe(appealId);
    expect(record.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_type: 'cn.erqi.appeal.dispatched',
      ce_subject: appealId,
      'content-type': 'application/json',
    });
    expect(JSON.parse(record.value)).toEqual(dispatched);
    const headers = Object.fromEntries(
      Object.entries(record.headers).map(([name, value]) => [name, Buffer.from(value)]),
    );
    expect(fromKafkaRecord({ value: Buffer.from(record.value), headers })).toEqual(event);
  });

  it('carries the distributed-tracing extension as ce_traceparent / ce_tracestate, and nothing when absent', () => {
    const event = createCloudEvent({ type: 'x', source: '/x', subject: 'x', data: {} });
    expect(
      Object.keys(toKafkaRecord(event, 'k').headers).filter((name) => name.includes('trace')),
    ).toEqual([]);
    expect(fromKafkaRecord(toKafkaRecord(event, 'k'))).toEqual(event);
    const traced = {
      ...event,
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      tracestate: 'congo=t61rcWkgMzE',
    };
    const record = toKafkaRecord(traced, 'k');
    expect(record.headers).toMatchObject({
      ce_traceparent: traced.traceparent,
      ce_tracestate: traced.tracestate,
    });
    expect(fromKafkaRecord(record)).toEqual(traced);
  });

  it('refuses records without the CloudEvents headers or with a value that is not JSON', () => {
    expect(() => fromKafkaRecord({ value: '{}', headers: {} })).toThrow(MalformedEvent);
    const event = createCloudEvent({ type: 'x', source: '/x', subject: 'x', data: {} });
    expect(() =>
      fromKafkaRecord({ value: 'not json', headers: toKafkaRecord(event, 'k').headers }),
    ).toThrow(/not JSON/);
  });
});

describe('assertKnownEvent', () => {
  const event = (data: unknown, type = 'cn.erqi.appeal.dispatched') =>
    createCloudEvent({ type, source: '/erqi/appeal', subject: appealId, data });

  it('accepts data that matches the catalogue schema', () => {
    expect(assertKnownEvent(event(dispatched), 'appealDispatched').data.target.code).toBe(
      'URBAN_MANAGEMENT',
    );
  });

  it('names the field that does not match', () => {
    expect(() =>
      assertKnownEvent(event({ ...dispatched, role: 'BYSTANDER' }), 'appealDispatched'),
    ).toThrow(/\/role/);
    expect(() =>
      assertKnownEvent(event({ ...dispatched, appealId: undefined }), 'appealDispatched'),
    ).toThrow(/appealId/);
  });

  it('refuses another event type', () => {
    expect(() =>
      assertKnownEvent(event(dispatched, 'cn.erqi.appeal.submitted'), 'appealDispatched'),
    ).toThrow(/expected cn.erqi.appeal.dispatched/);
  });
});

describe('topic names', () => {
  it('follow the contract and refuse codes that would make another topic', () => {
    expect(departmentDispatchTopic('MARKET_REGULATION')).toBe(
      'dispatch.department.MARKET_REGULATION',
    );
    expect(volunteerTeamDispatchTopic('BAGUAMIAO_CREW')).toBe(
      'dispatch.volunteer-team.BAGUAMIAO_CREW',
    );
    expect(() => departmentDispatchTopic('a.b')).toThrow(RangeError);
  });
});
