import type { PartitionLag } from './service-metrics';

/** The two admin calls lag needs, as kafkajs' `Admin` has them (structural, so this lib needs no client). */
export interface LagAdmin {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  fetchTopicOffsets(
    topic: string,
  ): Promise<Array<{ partition: number; high: string; low: string }>>;
  fetchOffsets(options: {
    groupId: string;
    topics: string[];
  }): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
}

/**
 * A group's lag on every partition of its topics: the partition's end minus the group's committed
 * offset (from the partition's start when the group has committed nothing there yet).
 */
export async function readConsumerLag(
  admin: LagAdmin,
  groupId: string,
  topics: string[],
): Promise<PartitionLag[]> {
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    const lags: PartitionLag[] = [];
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const offsets = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      for (const { partition, high, low } of [...ends].sort((a, b) => a.partition - b.partition)) {
        const offset = Number(offsets.find((entry) => entry.partition === partition)?.offset ?? -1);
        lags.push({
          topic,
          partition,
          lag: Math.max(0, Number(high) - (offset >= 0 ? offset : Number(low))),
        });
      }
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}
