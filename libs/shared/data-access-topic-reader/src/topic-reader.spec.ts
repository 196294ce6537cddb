import { KafkaJSProtocolError } from 'kafkajs';
import type { Admin } from 'kafkajs';
import { topicEndOffsets } from './topic-reader';

/** What a broker answers while a partition has no leader yet (just made, or the broker just restarted). */
const notLeader = (): KafkaJSProtocolError =>
  new KafkaJSProtocolError('This server is not the leader for that topic-partition');

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
