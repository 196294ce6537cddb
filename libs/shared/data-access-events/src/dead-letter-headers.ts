/**
 * The headers a consumer adds to a record it moves to `<topic>.dlq` (beside the record's own
 * CloudEvents headers), and that `npm run dlq` reads and writes. Names are part of the operators'
 * contract (docs/EVENTS.md, "Dead letters").
 */
export const DEAD_LETTER_HEADERS = {
  /** Why the message can never be applied, in words. */
  reason: 'dlq_error',
  /** `permanent` (the only kind that is dead-lettered) and the error's name, e.g. `permanent:MalformedEvent`. */
  kind: 'dlq_kind',
  /** Where it came from. */
  topic: 'dlq_topic',
  partition: 'dlq_partition',
  offset: 'dlq_offset',
  /** The consumer group that gave up on it, and to which a replay is addressed. */
  consumer: 'dlq_consumer',
  /** When it was dead-lettered (ISO 8601). */
  at: 'dlq_at',
  /** On a replayed record: the consumer group it is meant for, and the dead letter it came from. */
  replayFor: 'dlq_replay_for',
  replayOf: 'dlq_replay_of',
} as const;
