import { KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import type { Admin, Producer } from 'kafkajs';
import { sendSettled, topicEndOffsets } from './topic-reader';

/** What a broker answers while a partition has no leader yet (just made, or the broker just restarted). */
const notLeader = (): KafkaJSProtocolError =>
  new KafkaJSProtocolError({
    message: 'This server is not the leader for that topic-partition',
    type: 'NOT_LEADER_FOR_PARTITION',
    retriable: true,
  } as unknown as string);

/** An admin whose broker refuses `refusals` times before it answers: the one part of kafkajs used here. */
function settlingAdmin(refusals: number): { admin: Admin; asked: () => number } {
  let asked = 0;
  const admin = {
    fetchTopicOffsets: async () => {
      asked += 1;
      if (asked <= refusals) throw notLeader();
      return [{ partition: 0, offset: '42', high: '42', low: '0' }];
    },
  } as unknown as Admin;
  return { admin, asked: () => asked };
}

describe('topicEndOffsets', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks again while the broker has no leader for the topic, and answers once it has', async () => {
    const { admin, asked } = settlingAdmin(8);
    const answer = topicEndOffsets(admin, 'dispatch.department.URBAN_MANAGEMENT');
    await jest.advanceTimersByTimeAsync(20_000);
    await expect(answer).resolves.toEqual([{ partition: 0, offset: '42', high: '42', low: '0' }]);
    expect(asked()).toBe(9);
  });

  it("gives up with the broker's refusal once half a minute has gone by", async () => {
    const { admin, asked } = settlingAdmin(Number.POSITIVE_INFINITY);
    const answer = topicEndOffsets(admin, 'dispatch.department.URBAN_MANAGEMENT');
    const refused = expect(answer).rejects.toThrow('not the leader');
    await jest.advanceTimersByTimeAsync(40_000);
    await refused;
    // 300 ms more after each refusal, at most 2 s: about twenty asks in 30 s, not a tight loop.
    expect(asked()).toBeGreaterThan(10);
    expect(asked()).toBeLessThan(30);
  });
});

describe('sendSettled', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A producer whose sends fail with `failures` in turn, then succeed. */
  function producerFailing(...failures: Error[]): { producer: Producer; sends: () => number } {
    let sends = 0;
    const producer = {
      send: async () => {
        const failure = failures[sends];
        sends += 1;
        if (failure) throw failure;
        return [{ topicName: 't', partition: 0, errorCode: 0 }];
      },
    } as unknown as Producer;
    return { producer, sends: () => sends };
  }
  const record = {
    topic: 'acknowledgement.department.URBAN_MANAGEMENT',
    messages: [{ value: 'x' }],
  };

  it('sends again when kafkajs gave up because the partition had no leader yet', async () => {
    // What kafkajs throws once its own retries run out: the broker's refusal as the cause.
    const exhausted = (): Error =>
      new KafkaJSNumberOfRetriesExceeded(notLeader(), { retryCount: 3, retryTime: 1400 });
    const { producer, sends } = producerFailing(exhausted(), exhausted());
    const sent = sendSettled(producer, record);
    await jest.advanceTimersByTimeAsync(5_000);
    await expect(sent).resolves.toHaveLength(1);
    expect(sends()).toBe(3);
  });

  it('sends once and fails at once on any other refusal, which may have written the record', async () => {
    const { producer, sends } = producerFailing(new Error('Request Produce timed out'));
    await expect(sendSettled(producer, record)).rejects.toThrow('timed out');
    expect(sends()).toBe(1);
  });
});
