import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import type { DataSource } from 'typeorm';
import { createAppealDataSource } from '../src/data-source';
import { EscalationWatcher } from '../src/escalation/escalation-watcher';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { insertAppeal, insertDispatch, insertTestCategory } from './escalation-fixtures';
import { fixtureDirectories } from './fixture-directories';

const HOUR_MS = 60 * 60 * 1000;
const START = new Date('2024-03-04T01:00:00.000Z');
const at = (hours: number) => new Date(START.getTime() + hours * HOUR_MS);

interface AppealView {
  id: string;
  status: string;
  overdue: boolean;
  escalations: Array<{
    deadline: string;
    deadlineAt: string;
    departmentCode: string | null;
    detectedAt: string;
  }>;
  timeline: Array<{ actor: string; note: string; fromStatus: string | null; toStatus: string }>;
}
interface OutboxRow {
  event_id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  payload: string;
}

describe('督办: the escalation watcher', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  /** A second replica: its own connection pool and its own watcher. */
  let replicaDataSource: DataSource;
  let replica: EscalationWatcher;
  let relayWakes = 0;
  const metrics = new ServiceMetrics('appeal');
  const statements = metrics.statements;
  let now = START;

  const graphql = <TData>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => postGraphQL<TData>(subgraph.url, query, variables, headers);

  const appealView = async (id: string): Promise<AppealView> => {
    const response = await graphql<{ appeal: AppealView }>(
      `
        query ($id: ID!) {
          appeal(id: $id) {
            id
            status
            overdue
            escalations {
              deadline
              deadlineAt
              departmentCode
              detectedAt
            }
            timeline {
              actor
              note
              fromStatus
              toStatus
            }
          }
        }
      `,
      { id },
      await authHeaderFor(seedUser('ADMIN')),
    );
    expect(response.body.errors).toBeUndefined();
    const appeal = response.body.data?.appeal;
    if (!appeal) throw new TypeError('no appeal');
    return appeal;
  };

  const overdueEventsOf = async (appealId: string): Promise<OutboxRow[]> =>
    (await dataSource.query(
      `SELECT event_id, topic, message_key, headers, payload FROM outbox_message WHERE message_key = $1 AND headers->>'ce_type' = 'cn.erqi.appeal.overdue' ORDER BY id`,
      [appealId],
    )) as OutboxRow[];

  /** Both replicas scan at the same moment; what each escalated. */
  const scanTwice = async (moment: Date): Promise<number> => {
    const [first, second] = await Promise.all([
      definition.escalationWatcher.scanOnce(moment),
      replica.scanOnce(moment),
    ]);
    return (first?.appealEscalations ?? 0) + (second?.appealEscalations ?? 0);
  };

  const totals = async (): Promise<{ escalations: number; notes: number; events: number }> => {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM appeal_escalation)::int AS escalations,
        (SELECT count(*) FROM timeline_entry WHERE note LIKE '督办:%')::int AS notes,
        (SELECT count(*) FROM outbox_message WHERE headers->>'ce_type' = 'cn.erqi.appeal.overdue')::int AS events`,
    )) as Array<{ escalations: number; notes: number; events: number }>;
    return row ?? { escalations: -1, notes: -1, events: -1 };
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_escalation');
    const target = { kind: 'postgres' as const, url: database.url };
    definition = await createAppealSubgraph(
      subgraphDependencies('appeal', target, {
        metrics,
        clock: () => new Date(now),
        options: fixtureDirectories(),
      }),
    );
    dataSource = definition.dataSource;
    await insertTestCategory(dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-test'),
    });
    replicaDataSource = await initializeServiceDataSource(createAppealDataSource(target));
    replica = new EscalationWatcher({
      dataSource: replicaDataSource,
      clock: () => new Date(now),
      onEventsCommitted: () => (relayWakes += 1),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await replicaDataSource?.destroy();
    await database?.drop();
  });

  it('escalates a passed handling deadline once, with two replicas scanning at the same moment', async () => {
    const id = await insertAppeal(dataSource, {
      status: 'HANDLING',
      submittedAt: START,
      dueAt: at(24),
      leadDepartmentId: null,
    });
    expect(await scanTwice(at(23))).toBe(0);
    expect((await appealView(id)).overdue).toBe(false);

    const before = await totals();
    const wakesBefore = relayWakes;
    expect(await scanTwice(at(25))).toBe(1);
    const appeal = await appealView(id);
    expect(appeal.overdue).toBe(true);
    expect(appeal.escalations).toEqual([
      {
        deadline: 'HANDLING',
        deadlineAt: at(24).toISOString(),
        departmentCode: null,
        detectedAt: at(25).toISOString(),
      },
    ]);
    expect(appeal.timeline.filter((entry) => entry.note.startsWith('督办'))).toEqual([
      {
        actor: 'system',
        note: expect.stringContaining(at(24).toISOString()),
        fromStatus: 'HANDLING',
        toStatus: 'HANDLING',
      },
    ]);
    const events = await overdueEventsOf(id);
    expect(events.map((row) => row.topic).sort()).toEqual([
      'appeal.lifecycle',
      'supervision.escalations',
    ]);
    expect(new Set(events.map((row) => row.event_id)).size).toBe(1);
    for (const row of events) {
      const event = assertKnownEvent(
        fromKafkaRecord({ value: row.payload, headers: row.headers }),
        'appealOverdue',
      );
      expect(event.data).toEqual({
        appealId: id,
        deadline: 'HANDLING',
        deadlineAt: at(24).toISOString(),
        detectedAt: at(25).toISOString(),
        departmentCode: null,
      });
    }
    // Whichever replica won, exactly one of everything, in total.
    expect(await totals()).toEqual({
      escalations: before.escalations + 1,
      notes: before.notes + 1,
      events: before.events + 2,
    });
    // The replica woke its relay only if it was the one that escalated.
    expect(relayWakes - wakesBefore).toBeLessThanOrEqual(1);

    // Later scans find nothing new.
    expect(await scanTwice(at(26))).toBe(0);
    expect(await scanTwice(at(100))).toBe(0);
    expect(await totals()).toEqual({
      escalations: before.escalations + 1,
      notes: before.notes + 1,
      events: before.events + 2,
    });
  });

  it('still escalates each deadline once when many fall due together and four scans race', async () => {
    const ids = await Promise.all(
      Array.from({ length: 30 }, () =>
        insertAppeal(dataSource, { status: 'ACCEPTED', submittedAt: START, dueAt: at(30) }),
      ),
    );
    const before = await totals();
    const scans = await Promise.all([
      definition.escalationWatcher.scanOnce(at(31)),
      replica.scanOnce(at(31)),
      definition.escalationWatcher.scanOnce(at(31)),
      replica.scanOnce(at(31)),
    ]);
    expect(scans.reduce((sum, scan) => sum + scan.appealEscalations, 0)).toBe(30);
    expect(await totals()).toEqual({
      escalations: before.escalations + 30,
      notes: before.notes + 30,
      events: before.events + 60,
    });
    const [row] = (await dataSource.query(
      `SELECT count(DISTINCT appeal_id)::int AS n FROM appeal_escalation WHERE appeal_id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ n: number }>;
    expect(row?.n).toBe(30);
  });

  it('escalates each department that did not report in (报到) by its acknowledgement deadline, once', async () => {
    const id = await insertAppeal(dataSource, {
      status: 'TRANSFERRED',
      submittedAt: START,
      dueAt: at(120),
    });
    await insertDispatch(dataSource, id, 'URBAN_MANAGEMENT', START, at(2));
    const reported = await insertDispatch(dataSource, id, 'HOUSING_CONSTRUCTION', START, at(2));
    await dataSource.query(`UPDATE appeal_dispatch SET acknowledged_at = $2 WHERE id = $1`, [
      reported,
      at(1),
    ]);
    const before = await totals();
    expect(await scanTwice(at(1.5))).toBe(0);
    expect(await scanTwice(at(3))).toBe(1);
    expect(await scanTwice(at(4))).toBe(0);
    const appeal = await appealView(id);
    expect(appeal.overdue).toBe(true);
    expect(appeal.escalations).toEqual([
      {
        deadline: 'ACKNOWLEDGEMENT',
        deadlineAt: at(2).toISOString(),
        departmentCode: 'URBAN_MANAGEMENT',
        detectedAt: at(3).toISOString(),
      },
    ]);
    expect(appeal.timeline.map((entry) => entry.note)).toEqual([
      expect.stringMatching(/^督办: URBAN_MANAGEMENT 未在 .* 前报到/),
    ]);
    expect(await totals()).toEqual({
      escalations: before.escalations + 1,
      notes: before.notes + 1,
      events: before.events + 2,
    });

    // It reports in late: nothing it waits on is late any more, so the next scan clears the mark (the escalation stays).
    await dataSource.query(`UPDATE appeal_dispatch SET acknowledged_at = $2 WHERE appeal_id = $1`, [
      id,
      at(5),
    ]);
    expect((await definition.escalationWatcher.scanOnce(at(6))).cleared).toBeGreaterThanOrEqual(1);
    const caughtUp = await appealView(id);
    expect(caughtUp.overdue).toBe(false);
    expect(caughtUp.escalations).toHaveLength(1);
  });

  it('escalates a new deadline once more after the appeal is reopened, and never a resolved appeal', async () => {
    const id = await insertAppeal(dataSource, {
      status: 'HANDLING',
      submittedAt: START,
      dueAt: at(10),
    });
    const resolved = await insertAppeal(dataSource, {
      status: 'RESOLVED',
      submittedAt: START,
      dueAt: at(10),
      resolvedAt: at(11),
    });
    expect(await scanTwice(at(11))).toBe(1);

    // 整改提升: back into handling with a new deadline. The old one stays escalated; the mark clears until the new one passes.
    await dataSource.query(
      `UPDATE appeal SET status = 'REOPENED', due_at = $2, resolved_at = $3 WHERE id = $1`,
      [id, at(40), at(12)],
    );
    await definition.escalationWatcher.scanOnce(at(20));
    expect((await appealView(id)).overdue).toBe(false);
    expect(await scanTwice(at(41))).toBe(1);
    expect(await scanTwice(at(42))).toBe(0);
    const appeal = await appealView(id);
    expect(appeal.overdue).toBe(true);
    expect(
      appeal.escalations.map((escalation) => [escalation.deadline, escalation.deadlineAt]),
    ).toEqual([
      ['HANDLING', at(10).toISOString()],
      ['HANDLING', at(40).toISOString()],
    ]);
    expect(
      appeal.timeline
        .filter((entry) => entry.note.startsWith('督办'))
        .map((entry) => entry.toStatus),
    ).toEqual(['HANDLING', 'REOPENED']);
    expect(await overdueEventsOf(id)).toHaveLength(4);

    expect(await appealView(resolved)).toMatchObject({ overdue: false, escalations: [] });
    expect(await overdueEventsOf(resolved)).toEqual([]);
  });

  it('does not escalate an appeal resolved between the scan and the escalation', async () => {
    const id = await insertAppeal(dataSource, {
      status: 'HANDLING',
      submittedAt: START,
      dueAt: at(10),
    });
    // What a scan would have found, then the resolution commits first.
    await dataSource.query(
      `UPDATE appeal SET status = 'RESOLVED', resolved_at = $2 WHERE id = $1`,
      [id, at(9)],
    );
    await scanTwice(at(11));
    expect(await appealView(id)).toMatchObject({ overdue: false, escalations: [] });
  });

  it('escalates a finding of the ledger not rectified by its deadline once, on the supervisors’ topic', async () => {
    now = at(0);
    const supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
    const recorded = await graphql<{ recordSupervisionFinding: { id: string } }>(
      `
        mutation ($input: RecordSupervisionFindingInput!) {
          recordSupervisionFinding(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          departmentCode: 'URBAN_MANAGEMENT',
          ruleCode: 'NO-02',
          title: '窗口人员脱岗',
          description: '暗访时窗口无人值守',
          rectifyBy: at(48).toISOString(),
        },
      },
      supervisor,
    );
    expect(recorded.body.errors).toBeUndefined();
    const findingId = recorded.body.data?.recordSupervisionFinding.id ?? '';
    const [first, second] = await Promise.all([
      definition.escalationWatcher.scanOnce(at(47)),
      replica.scanOnce(at(47)),
    ]);
    expect((first?.findingEscalations ?? 0) + (second?.findingEscalations ?? 0)).toBe(0);
    const [third, fourth] = await Promise.all([
      definition.escalationWatcher.scanOnce(at(49)),
      replica.scanOnce(at(49)),
    ]);
    expect((third?.findingEscalations ?? 0) + (fourth?.findingEscalations ?? 0)).toBe(1);
    expect((await replica.scanOnce(at(60))).findingEscalations).toBe(0);

    const view = await graphql<{
      supervisionFinding: {
        overdue: boolean;
        status: string;
        history: Array<{ actor: string; note: string }>;
      };
    }>(
      `
        query ($id: ID!) {
          supervisionFinding(id: $id) {
            overdue
            status
            history {
              actor
              note
            }
          }
        }
      `,
      { id: findingId },
      supervisor,
    );
    expect(view.body.data?.supervisionFinding).toMatchObject({ overdue: true, status: 'OPEN' });
    expect(
      view.body.data?.supervisionFinding.history.filter((entry) => entry.note.startsWith('督办')),
    ).toHaveLength(1);
    const rows = (await dataSource.query(
      `SELECT topic, headers, payload FROM outbox_message WHERE message_key = $1 ORDER BY id`,
      [findingId],
    )) as OutboxRow[];
    expect(rows.map((row) => [row.topic, row.headers['ce_type']])).toEqual([
      ['supervision.escalations', 'cn.erqi.supervision.finding-changed'],
      ['supervision.escalations', 'cn.erqi.supervision.finding-changed'],
    ]);
    const overdue = assertKnownEvent(
      fromKafkaRecord({ value: rows[1]?.payload ?? '', headers: rows[1]?.headers ?? {} }),
      'supervisionFindingChanged',
    );
    expect(overdue.data).toMatchObject({
      findingId,
      status: 'OPEN',
      overdue: true,
      departmentCode: 'URBAN_MANAGEMENT',
    });
  });

  it('loads Appeal.overdue and Appeal.escalations in one batch each for a whole page', async () => {
    const query = (first: number) =>
      `{ appeals(first: ${first}) { nodes { overdue escalations { deadline } } } }`;
    statements.reset();
    const admin = await authHeaderFor(seedUser('ADMIN'));
    expect((await graphql(query(2), {}, admin)).body.errors).toBeUndefined();
    const two = statements.total;
    statements.reset();
    const response = await graphql<{ appeals: { nodes: Array<{ escalations: unknown[] }> } }>(
      query(20),
      {},
      admin,
    );
    expect(
      response.body.data?.appeals.nodes.filter((node) => node.escalations.length > 0).length,
    ).toBeGreaterThanOrEqual(3);
    expect(statements.total).toBe(two);
  });

  it('lets only an admin run a scan now', async () => {
    const mutation = `mutation { runEscalationScan { appealEscalations findingEscalations cleared } }`;
    expect((await graphql(mutation)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      (await graphql(mutation, {}, await authHeaderFor(seedUser('SUPERVISOR')))).body.errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    now = at(1000);
    const response = await graphql<{ runEscalationScan: { appealEscalations: number } }>(
      mutation,
      {},
      await authHeaderFor(seedUser('ADMIN')),
    );
    expect(response.body.errors).toBeUndefined();
    // The appeal of the acknowledgement test is due at +120 h: its handling deadline has passed by now.
    expect(response.body.data?.runEscalationScan.appealEscalations).toBe(1);
  });

  it('catches up a backlog of 500 appeals in batches, each deadline once, with two watchers at once', async () => {
    // Small batches, so that the two watchers take many turns over the same list.
    const watchers = [dataSource, replicaDataSource].map(
      (source) =>
        new EscalationWatcher({
          dataSource: source,
          clock: () => new Date(now),
          onEventsCommitted: () => (relayWakes += 1),
          batchSize: 40,
        }),
    );
    const ids: string[] = [];
    for (let chunk = 0; chunk < 10; chunk += 1)
      ids.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            insertAppeal(dataSource, {
              status: i % 2 === 0 ? 'HANDLING' : 'TRANSFERRED',
              submittedAt: at(1900),
              dueAt: at(2000 + (i % 5)),
            }),
          ),
        )),
      );
    // Every fifth appeal also has a department that did not report in (报到): two deadlines.
    const late = ids.filter((_, i) => i % 5 === 0);
    await Promise.all(
      late.map((id) => insertDispatch(dataSource, id, 'BATCH_DEPT', at(1900), at(1950))),
    );
    const before = await totals();

    const scans = await Promise.all(watchers.map((watcher) => watcher.scanOnce(at(2010))));
    const expected = ids.length + late.length;
    expect(scans.reduce((sum, scan) => sum + scan.appealEscalations, 0)).toBe(expected);
    expect(await totals()).toEqual({
      escalations: before.escalations + expected,
      notes: before.notes + expected,
      events: before.events + 2 * expected,
    });
    const perAppeal = (await dataSource.query(
      `SELECT a.id,
         EXISTS (SELECT 1 FROM appeal_escalation e WHERE e.appeal_id = a.id AND e.cleared_at IS NULL) AS overdue,
         (SELECT count(*)::int FROM appeal_escalation e WHERE e.appeal_id = a.id) AS escalations,
         (SELECT count(*)::int FROM timeline_entry t WHERE t.appeal_id = a.id AND t.note LIKE '督办:%') AS notes,
         (SELECT count(*)::int FROM outbox_message o WHERE o.message_key = a.id::text AND o.headers->>'ce_type' = 'cn.erqi.appeal.overdue') AS events,
         (SELECT count(DISTINCT o.event_id)::int FROM outbox_message o WHERE o.message_key = a.id::text AND o.headers->>'ce_type' = 'cn.erqi.appeal.overdue') AS distinct_events
       FROM appeal a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{
      id: string;
      overdue: boolean;
      escalations: number;
      notes: number;
      events: number;
      distinct_events: number;
    }>;
    const lateSet = new Set(late);
    for (const row of perAppeal) {
      const deadlines = lateSet.has(row.id) ? 2 : 1;
      expect(row).toEqual({
        id: row.id,
        overdue: true,
        escalations: deadlines,
        notes: deadlines,
        events: 2 * deadlines,
        distinct_events: deadlines,
      });
    }
    expect(perAppeal).toHaveLength(ids.length);

    // The events say what one escalation at a time said.
    const [sample] = late;
    if (!sample) throw new TypeError('no late appeal');
    const data = (await overdueEventsOf(sample)).map(
      (row) =>
        assertKnownEvent(
          fromKafkaRecord({ value: row.payload, headers: row.headers }),
          'appealOverdue',
        ).data,
    );
    expect(data).toEqual(
      expect.arrayContaining([
        {
          appealId: sample,
          deadline: 'ACKNOWLEDGEMENT',
          deadlineAt: at(1950).toISOString(),
          detectedAt: at(2010).toISOString(),
          departmentCode: 'BATCH_DEPT',
        },
        {
          appealId: sample,
          deadline: 'HANDLING',
          deadlineAt: at(2000).toISOString(),
          detectedAt: at(2010).toISOString(),
          departmentCode: null,
        },
      ]),
    );
    expect(data).toHaveLength(4);
    const notes = (await appealView(sample)).timeline.filter((entry) =>
      entry.note.startsWith('督办'),
    );
    expect(notes).toHaveLength(2);
    expect(notes).toEqual(
      expect.arrayContaining([
        {
          actor: 'system',
          note: expect.stringContaining('BATCH_DEPT'),
          fromStatus: 'HANDLING',
          toStatus: 'HANDLING',
        },
        {
          actor: 'system',
          note: expect.stringContaining(at(2000).toISOString()),
          fromStatus: 'HANDLING',
          toStatus: 'HANDLING',
        },
      ]),
    );

    // Nothing left: both watchers find nothing on the next scan.
    const again = await Promise.all(watchers.map((watcher) => watcher.scanOnce(at(2011))));
    expect(again.map((scan) => scan.appealEscalations)).toEqual([0, 0]);
    // Filling 500 appeals one INSERT at a time takes a while on a busy machine.
  }, 120_000);
});
