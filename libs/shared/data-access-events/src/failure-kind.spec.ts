import { MalformedEvent } from '@erqi/shared/util-event-catalogue';
import { classifyFailure } from './failure-kind';

/** An error as node-postgres makes it: a SQLSTATE in `code`, wrapped by TypeORM in `driverError`. */
function queryFailed(code: string): Error {
  return Object.assign(new Error('query failed'), {
    driverError: Object.assign(new Error('driver'), { code }),
  });
}

describe('classifyFailure', () => {
  it('retries what passes by itself: the database away, serialization failures, deadlocks, lock timeouts, the broker', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), {
      code: 'ECONNREFUSED',
    });
    expect(classifyFailure(refused)).toBe('transient');
    expect(classifyFailure(new AggregateError([refused], ''))).toBe('transient');
    expect(classifyFailure(new Error('Connection terminated unexpectedly'))).toBe('transient');
    for (const code of ['40001', '40P01', '55P03', '57P01', '08006', '53300'])
      expect([code, classifyFailure(queryFailed(code))]).toEqual([code, 'transient']);
    const broker = Object.assign(new Error('leader not available'), {
      name: 'KafkaJSProtocolError',
      retriable: true,
    });
    expect(classifyFailure(broker)).toBe('transient');
  });

  it('dead-letters only what can never be applied', () => {
    expect(classifyFailure(new MalformedEvent('the value is not JSON'))).toBe('permanent');
    expect(classifyFailure(queryFailed('22P02'))).toBe('permanent'); // invalid input syntax
  });

  it('keeps an unknown failure (a bug) waiting rather than dead-letter it', () => {
    expect(classifyFailure(new TypeError('cannot read properties of undefined'))).toBe(
      'unclassified',
    );
    expect(classifyFailure(queryFailed('23505'))).toBe('unclassified');
  });
});
