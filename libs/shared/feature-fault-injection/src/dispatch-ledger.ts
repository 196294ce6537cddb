import {
  readTopics,
  recordEndOffsets,
  topicEndOffsets,
  type StartOffsets,
} from '@erqi/shared/data-access-topic-reader';
import {
  departmentDispatchTopic,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import type { Admin, Kafka } from 'kafkajs';
import { Client } from 'pg';
import { LOAD_TARGETS, loadTitlePrefix } from './appeal-load';

/** What one fault did to the appeals accepted while it lasted. */
export interface FaultCounts {
  /** Submissions sent. */
  submitted: number;
  /** Answered with an id. */
  accepted: number;
  /** Answered with an error or not at all. */
  refused: number;
  /** The refused by kind: `timeout`, `no answer`, or the HTTP status and error code. */
  refusedByKind: Record<string, number>;
  /**
   * Of the refused, how many the appeal service stored all the same (the answer was lost, e.g. to a
   * SIGKILL): they are checked like the accepted ones.
   */
  storedUnanswered: number;
  /** Submissions (one title each) stored as more than one appeal: a retried mutation would do this. */
  appealsDoubled: number;
  /** Appeals answered with an id that the database does not hold. */
  acceptedNotStored: number;
  /** Accepted (or stored unanswered) appeals that did not reach every target: a department topic, the team topic or its task. */
  lost: number;
  /** By target: how many accepted appeals never reached it. */
  missingByTarget: Record<string, number>;
  /** (appeal, target) pairs with more than one dispatch (distinct CloudEvent ids) or more than one task. */
  doubled: number;
  /**
   * Extra copies of a dispatch with the same CloudEvent id: at-least-once delivery, which a department
   * skips by the id (docs/EVENTS.md); counted, not a fault.
   */
  redelivered: number;
  /** Records written to any `*.dlq` topic while the scenario ran. */
  deadLettered: number;
  deadLetteredByTopic: Record<string, number>;
  /** From the end of the fault (and of the load) until the last accepted appeal reached its last target; null if it never did. */
  catchUpSeconds: number | null;
}

const TOPIC_TARGETS = [
  ...LOAD_TARGETS.departments.map(departmentDispatchTopic),
  ...LOAD_TARGETS.volunteerTeams.map(volunteerTeamDispatchTopic),
];
const TASK_TARGET = `volunteer task (${LOAD_TARGETS.volunteerTeams.join(', ')})`;

/** Records on every dead-letter topic, by topic. */
export async function deadLetterTotals(admin: Admin): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const topic of (await admin.listTopics()).filter((name) => name.endsWith('.dlq'))) {
    const offsets = await topicEndOffsets(admin, topic);
    totals.set(
      topic,
      offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0),
    );
  }
  return totals;
}

/** Where the target topics and the dead-letter topics stood before a scenario: counting starts there. */
export interface LedgerStart {
  offsets: StartOffsets;
  deadLetters: Map<string, number>;
}

export async function openLedger(kafka: Kafka): Promise<LedgerStart> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return {
      offsets: await recordEndOffsets(admin, TOPIC_TARGETS),
      deadLetters: await deadLetterTotals(admin),
    };
  } finally {
    await admin.disconnect();
  }
}

/** The appeals the appeal service stored for a load, answered or not, with their titles (one per submission). */
async function storedAppeals(
  databaseUrl: string,
  label: string,
): Promise<Array<{ id: string; title: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; title: string }>(
      `SELECT id, title FROM appeal.appeal WHERE starts_with(title, $1)`,
      [loadTitlePrefix(label)],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Task rows per appeal in the volunteer service's database. */
async function tasksByAppeal(databaseUrl: string, ids: string[]): Promise<Map<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ appeal_id: string; tasks: number }>(
      `SELECT appeal_id, count(*)::int AS tasks FROM volunteer.volunteer_task WHERE appeal_id = ANY($1::uuid[]) GROUP BY appeal_id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.appeal_id, row.tasks]));
  } finally {
    await client.end();
  }
}

/**
 * Waits until every accepted appeal has reached every target (or `timeoutMs` passes), lets late
 * duplicates arrive for `quietMs`, then counts: lost, doubled, redelivered, dead-lettered.
 */
export async function countDispatches(options: {
  kafka: Kafka;
  databaseUrl: string;
  start: LedgerStart;
  accepted: readonly string[];
  /** The load's label: appeals stored under it without an answer are checked too. */
  label: string;
  submitted: number;
  refused: number;
  refusedByKind: Record<string, number>;
  /** performance.now() when the fault and the load were over: catch-up is measured from here. */
  recoveredAt: number;
  timeoutMs: number;
  /** @default 5000 */
  quietMs?: number;
  onProgress?: (line: string) => void;
}): Promise<FaultCounts> {
  const answered = new Set(options.accepted);
  // Every appeal stored must be dispatched, whether or not its caller heard back.
  const stored = await storedAppeals(options.databaseUrl, options.label);
  const storedIds = new Set(stored.map((row) => row.id));
  const storedUnanswered = [...storedIds].filter((id) => !answered.has(id));
  const appealsDoubled = stored.length - new Set(stored.map((row) => row.title)).size;
  const acceptedNotStored = options.accepted.filter((id) => !storedIds.has(id)).length;
  const accepted = new Set([...answered, ...storedUnanswered]);
  const reader = await readTopics(options.kafka, options.start.offsets);
  const admin = options.kafka.admin();
  await admin.connect();
  try {
    // (appeal, topic) → the CloudEvent ids seen, and how many records carried them.
    const seen = (): Map<string, Map<string, number>> => {
      const byTarget = new Map<string, Map<string, number>>();
      for (const record of reader.records) {
        if (record.key === null || !accepted.has(record.key)) continue;
        const key = `${record.key} ${record.topic}`;
        const ids = byTarget.get(key) ?? new Map<string, number>();
        const eventId = record.headers['ce_id'] ?? `offset ${record.offset}`;
        ids.set(eventId, (ids.get(eventId) ?? 0) + 1);
        byTarget.set(key, ids);
      }
      return byTarget;
    };
    const missing = async (): Promise<{
      byTarget: Record<string, number>;
      lost: number;
      tasks: Map<string, number>;
    }> => {
      const dispatched = seen();
      const tasks = await tasksByAppeal(options.databaseUrl, [...accepted]);
      const byTarget: Record<string, number> = Object.fromEntries(
        [...TOPIC_TARGETS, TASK_TARGET].map((target) => [target, 0]),
      );
      let lost = 0;
      for (const id of accepted) {
        const absent = [
          ...TOPIC_TARGETS.filter((topic) => !dispatched.has(`${id} ${topic}`)),
          ...(tasks.has(id) ? [] : [TASK_TARGET]),
        ];
        for (const target of absent) byTarget[target] = (byTarget[target] ?? 0) + 1;
        if (absent.length > 0) lost += 1;
      }
      return { byTarget, lost, tasks };
    };

    const deadline = performance.now() + options.timeoutMs;
    let catchUpSeconds: number | null = null;
    let lastReport = 0;
    for (;;) {
      const { lost } = await missing().catch(() => ({ lost: Number.NaN }));
      if (lost === 0) {
        catchUpSeconds = (performance.now() - options.recoveredAt) / 1000;
        break;
      }
      if (performance.now() > deadline) break;
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        options.onProgress?.(
          `catching up: ${Number.isNaN(lost) ? 'database not answering' : `${lost} of ${accepted.size} accepted appeals not yet at every target`}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Duplicates come after the originals: give them time, then read to the end of every partition.
    await new Promise((resolve) => setTimeout(resolve, options.quietMs ?? 5000));
    await reader.caughtUp(admin, 30_000);
    const { byTarget, lost, tasks } = await missing();
    let doubled = 0;
    let redelivered = 0;
    for (const ids of seen().values()) {
      if (ids.size > 1) doubled += 1;
      for (const copies of ids.values()) redelivered += copies - 1;
    }
    for (const count of tasks.values()) if (count > 1) doubled += 1;
    const deadLetteredByTopic: Record<string, number> = {};
    for (const [topic, total] of await deadLetterTotals(admin)) {
      const added = total - (options.start.deadLetters.get(topic) ?? 0);
      if (added > 0) deadLetteredByTopic[topic] = added;
    }
    return {
      submitted: options.submitted,
      accepted: answered.size,
      refused: options.refused,
      refusedByKind: options.refusedByKind,
      storedUnanswered: storedUnanswered.length,
      appealsDoubled,
      acceptedNotStored,
      lost,
      missingByTarget: byTarget,
      doubled,
      redelivered,
      deadLettered: Object.values(deadLetteredByTopic).reduce((sum, count) => sum + count, 0),
      deadLetteredByTopic,
      catchUpSeconds,
    };
  } finally {
    await reader.stop().catch(() => undefined);
    await admin.disconnect();
  }
}
