import { OutboxMessage } from '@erqi/shared/data-access-events';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { volunteerTeamDispatchTopic } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { volunteers, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph, type VolunteerSubgraph } from '../src/subgraph';
import { TaskEscalationSweep } from '../src/volunteer-task/task-escalation';
import { volunteerDispatchHandler } from '../src/volunteer-task/volunteer-task.consumer';
import { VolunteerTask } from '../src/volunteer-task/volunteer-task.entity';
import { VolunteerTaskService } from '../src/volunteer-task/volunteer-task.service';
import { volunteerDispatch } from './dispatch-events';

const crew = volunteerTeams.find(
  (team) => team.code === 'BAGUAMIAO_CREW',
) as (typeof volunteerTeams)[number];
const MINUTE = 60_000;

describe('上报队长: a task nobody accepts in time goes to the lead, once', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let first: VolunteerSubgraph;
  let second: VolunteerSubgraph;
  let dataSource: DataSource;
  let lead: Record<string, string>;
  /** Two replicas' sweeps, each on its own connection pool, as two processes would be. */
  let sweeps: TaskEscalationSweep[];

  const newTask = async (createdAt: Date): Promise<VolunteerTask> => {
    const event = volunteerDispatch(crew);
    await dataSource.transaction((manager) =>
      volunteerDispatchHandler(new VolunteerTaskService(dataSource, () => createdAt))(
        event,
        manager,
        volunteerTeamDispatchTopic(crew.code),
      ),
    );
    return dataSource.getRepository(VolunteerTask).findOneByOrFail({ sourceEventId: event.id });
  };
  const escalations = async (taskIds: string[]): Promise<Array<Record<string, unknown>>> =>
    (
      await dataSource
        .getRepository(OutboxMessage)
        .createQueryBuilder('message')
        .where(`message.headers->>'ce_type' = 'cn.erqi.volunteer.task-escalated'`)
        .andWhere(`message.payload::jsonb->>'taskId' IN (:...taskIds)`, { taskIds })
        .getMany()
    ).map((row) => JSON.parse(row.payload) as Record<string, unknown>);

  beforeAll(async () => {
    lead = await authHeaderFor(
      seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW'),
    );
    database = await createTestDatabase('volunteer_task_escalation');
    const replica = () =>
      createVolunteerSubgraph(
        subgraphDependencies(
          'volunteer',
          { kind: 'postgres', url: database.url },
          {
            // The background sweep is driven by hand here.
            options: { taskEscalationSweepMs: 0 },
          },
        ),
      );
    first = await replica();
    dataSource = first.dataSource;
    await seedVolunteer(dataSource);
    second = await replica();
    sweeps = [first, second].map(
      (definition) =>
        new TaskEscalationSweep({
          dataSource: definition.dataSource,
          clock: () => new Date(),
          onEventsCommitted: () => undefined,
          acceptMinutes: 60,
        }),
    );
    subgraph = await startSubgraph(first, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await second?.dataSource.destroy();
    await database?.drop();
  });

  it('escalates each OPEN task past its time exactly once, however often two replicas sweep at once', async () => {
    const now = new Date();
    const due = await Promise.all(
      Array.from({ length: 8 }, () => newTask(new Date(now.getTime() - 61 * MINUTE))),
    );
    const notYet = await newTask(new Date(now.getTime() - 59 * MINUTE));
    const claimed: string[] = [];
    for (let round = 0; round < 4; round += 1)
      for (const ids of await Promise.all(sweeps.map((sweep) => sweep.sweepOnce(now))))
        claimed.push(...ids);

    const dueIds = due.map((task) => task.id);
    expect(claimed.filter((id) => dueIds.includes(id)).sort()).toEqual([...dueIds].sort());
    expect(claimed).not.toContain(notYet.id);
    const events = await escalations([...dueIds, notYet.id]);
    expect(events).toHaveLength(due.length);
    expect(events[0]).toMatchObject({ teamCode: 'BAGUAMIAO_CREW', acceptMinutes: 60 });
    expect(events.map((event) => event['escalatedAt'])).toEqual(due.map(() => now.toISOString()));
    expect(
      (await dataSource.getRepository(VolunteerTask).findOneByOrFail({ id: notYet.id }))
        .escalatedAt,
    ).toBeNull();
  });

  it('leaves an accepted task alone, and keeps escalatedAt when the task is accepted after it', async () => {
    const now = new Date();
    const accepted = await newTask(new Date(now.getTime() - 2 * 60 * MINUTE));
    await dataSource
      .getRepository(VolunteerTask)
      .update(
        { id: accepted.id },
        { status: 'ACCEPTED' as VolunteerTask['status'], acceptedById: null },
      );
    const late = await newTask(new Date(now.getTime() - 2 * 60 * MINUTE));
    await sweeps[0]?.sweepOnce(now);
    expect(await escalations([accepted.id])).toEqual([]);

    const { body } = await postGraphQL<{
      acceptVolunteerTask: { status: string; escalatedAt: string };
    }>(
      subgraph.url,
      `mutation($id: ID!, $volunteerId: ID) { acceptVolunteerTask(id: $id, volunteerId: $volunteerId) { status escalatedAt } }`,
      {
        id: late.id,
        volunteerId: volunteers.find((volunteer) => volunteer.teamCode === crew.code)?.id,
      },
      lead,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.acceptVolunteerTask).toEqual({
      status: 'ACCEPTED',
      escalatedAt: now.toISOString(),
    });
  });

  it('shows the lead its escalated tasks, and the others apart (tasks(escalated:))', async () => {
    const now = new Date();
    const waiting = await newTask(new Date(now.getTime() - 90 * MINUTE));
    const fresh = await newTask(now);
    await sweeps[1]?.sweepOnce(now);
    const { body } = await postGraphQL<{
      volunteerTeam: {
        escalated: Array<{ id: string; escalatedAt: string | null }>;
        waiting: Array<{ id: string; escalatedAt: string | null }>;
      };
    }>(
      subgraph.url,
      `query($id: ID!) { volunteerTeam(id: $id) {
        escalated: tasks(escalated: true, status: OPEN, first: 100) { id escalatedAt }
        waiting: tasks(escalated: false, status: OPEN, first: 100) { id escalatedAt } } }`,
      { id: crew.id },
      lead,
    );
    expect(body.errors).toBeUndefined();
    const team = body.data?.volunteerTeam;
    expect(team?.escalated).toContainEqual({ id: waiting.id, escalatedAt: now.toISOString() });
    expect(team?.escalated.every((task) => task.escalatedAt !== null)).toBe(true);
    expect(team?.waiting).toContainEqual({ id: fresh.id, escalatedAt: null });
    expect(team?.waiting.every((task) => task.escalatedAt === null)).toBe(true);
  });
});
