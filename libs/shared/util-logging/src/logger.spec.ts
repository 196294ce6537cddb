import { Writable } from 'node:stream';
import { runInRequest } from '@erqi/shared/util-request-scope';
import { createLogger } from './logger';

function collect(): { lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('createLogger', () => {
  it('writes one JSON line per event with the service, the level, the message and the details', () => {
    const { stream, lines } = collect();
    createLogger('grid', { destination: stream }).warn('outbox: cannot publish', { tries: 3 });
    expect(lines()).toEqual([
      expect.objectContaining({
        service: 'grid',
        level: 40,
        msg: 'outbox: cannot publish',
        tries: 3,
      }),
    ]);
    expect(Date.parse(String(lines()[0]?.['time']))).not.toBeNaN();
  });

  it('adds the request id inside a request and none in background work', () => {
    const { stream, lines } = collect();
    const logger = createLogger('appeal', { destination: stream });
    runInRequest(() => logger.info('submitted'), { requestId: 'req-7' });
    logger.info('relay round');
    expect(lines().map((line) => line['requestId'])).toEqual(['req-7', undefined]);
  });

  it('leaves out lines below its level, and a child carries its bindings', () => {
    const { stream, lines } = collect();
    const logger = createLogger('volunteer', { destination: stream, level: 'warn' });
    logger.info('not shown');
    logger.child({ worker: 'outbox-relay' }).error('broker down');
    expect(lines()).toEqual([
      expect.objectContaining({ msg: 'broker down', worker: 'outbox-relay', service: 'volunteer' }),
    ]);
  });
});
