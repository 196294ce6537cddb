import { randomUUID } from 'node:crypto';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { OutboxMessage } from '@erqi/shared/data-access-events';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import {
  type CloudEvent,
  MalformedEvent,
  VOLUNTEER_LIFECYCLE_TOPIC,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';
import { volunteerDispatchHandler } from '../src/volunteer-task/volunteer-task.consumer';
import { VolunteerTask, VolunteerTaskStatus } from '../src/volunteer-task/volunteer-task.entity';
import { VolunteerTaskService } from '../src/volunteer-task/volunteer-task.service';
import { VolunteerTeam } from '../src/volunteer-team/volunteer-team.entity';
import { volunteerDispatch } from './dispatch-events';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const crew = volunteerTeams.find(
  (team) => team.code === 'BAGUAMIAO_CREW',
) as (typeof volunteerTeams)[number];
const youth = volunteerTeams.find(
  (team) => team.code === 'ALLIANCE_YOUTH',
) as (typeof volunteerTeams)[number];

interface TaskView {
  id: string;
  title: string;
  status: VolunteerTaskStatus;
  team: { code: string };
  appeal: { id: string };
}

describe('volunteer tasks on PostgreSQL', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const metrics = new ServiceMetrics('volunteer');
  const statements = metrics.statements;
  /** Tasks are not public: these tests read and move them as an admin (the matrix is in volunteer-access.int-spec.ts). */
  let asAdmin: Record<string, string>;

  /** What the consumer does with one record, without Kafka: the handler inside its own transaction. */
  const apply = (event: CloudEvent, topic: string): Promise<void> =>
    dataSource.transaction((manager) =>
      volunteerDispatchHandler(new VolunteerTaskService(dataSource, () => new Date()))(
        event,
        manager,
        topic,
      ),
    );
  const dispatchTo = async (
    team: { id: string; code: string },
    appealId: string = randomUUID(),
  ): Promise<string> => {
    await apply(volunteerDispatch(team, { appealId }), volunteerTeamDispatchTopic(team.code));
    return appealId;
  };
  const count = (table: string): Promise<number> =>
    dataSource
      .query(`SELECT count(*)::int AS n FROM volunteer.${table}`)
      .then((rows: Array<{ n: number }>) => rows[0]?.n ?? -1);

  beforeAll(async () => {
    asAdmin = await authHeaderFor(seedUser('ADMIN'));
    database = await createTestDatabase('volunteer_task');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }, { metrics }),
    );
    dataSource = definition.dataSource;
    await seedVolunteer(dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  describe('a dispatch to a team', () => {
    it('becomes one OPEN task and a task-created event in the outbox, in the same transaction', async () => {
      const event = volunteerDispatch(crew);
      await apply(event, volunteerTeamDispatchTopic(crew.code));

      const tasks = await dataSource
        .getRepository(VolunteerTask)
        .findBy({ sourceEventId: event.id });
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({
        appealId: event.data.appealId,
        teamId: crew.id,
        title: event.data.title,
        description: event.data.description,
        category: event.data.category,
        dueAt: new Date(event.data.dueAt),
        status: VolunteerTaskStatus.OPEN,
      });

      const outbox = await dataSource
        .getRepository(OutboxMessage)
        .findBy({ messageKey: event.data.appealId });
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({ topic: VOLUNTEER_LIFECYCLE_TOPIC, sentAt: null });
      expect(outbox[0]?.headers).toMatchObject({
        ce_type: 'cn.erqi.volunteer.task-created',
        ce_source: '/erqi/volunteer',
        ce_subject: event.data.appealId,
      });
      expect(JSON.parse(outbox[0]?.payload ?? '{}')).toEqual({
        taskId: tasks[0]?.id,
        appealId: event.data.appealId,
        teamId: crew.id,
        teamCode: crew.code,
        createdAt: tasks[0]?.createdAt.toISOString(),
      });
    });

    it('makes nothing more when the same event is applied again, even outside the consumer group that saw it', async () => {
      const event = volunteerDispatch(youth);
      await apply(event, volunteerTeamDispatchTopic(youth.code));
      const before = {
        tasks: await count('volunteer_task'),
        outbox: await count('outbox_message'),
      };
      await apply(event, volunteerTeamDispatchTopic(youth.code));
      expect(await count('volunteer_task')).toBe(before.tasks);
      expect(await count('outbox_message')).toBe(before.outbox);
    });

    it('finds the team by its code when the id is not one of ours', async () => {
      const event = volunteerDispatch({ id: UNKNOWN_ID, code: crew.code });
      await apply(event, volunteerTeamDispatchTopic(crew.code));
      expect(
        await dataSource.getRepository(VolunteerTask).findOneBy({ sourceEventId: event.id }),
      ).toMatchObject({ teamId: crew.id });
    });

    it.each([
      [
        'an unknown team',
        volunteerDispatch({ id: UNKNOWN_ID, code: 'NO_SUCH_TEAM' }),
        volunteerTeamDispatchTopic('NO_SUCH_TEAM'),
        /no volunteer team NO_SUCH_TEAM/,
      ],
      [
        'a department target',
        volunteerDispatch(crew, {
          data: { target: { kind: 'DEPARTMENT', id: crew.id, code: crew.code } },
        }),
        volunteerTeamDispatchTopic(crew.code),
        /DEPARTMENT/,
      ],
      [
        "another team's topic",
        volunteerDispatch(crew),
        volunteerTeamDispatchTopic(youth.code),
        /arrived on dispatch.volunteer-team.ALLIANCE_YOUTH/,
      ],
      [
        'data that does not match the schema',
        volunteerDispatch(crew, { data: { appealId: 'not-a-uuid' } }),
        volunteerTeamDispatchTopic(crew.code),
        /\/appealId/,
      ],
      [
        'another event type',
        { ...volunteerDispatch(crew), type: 'cn.erqi.appeal.submitted' },
        volunteerTeamDispatchTopic(crew.code),
        /expected cn.erqi.appeal.dispatched/,
      ],
    ])('refuses %s as malformed and writes nothing', async (_case, event, topic, message) => {
      const before = {
        tasks: await count('volunteer_task'),
        outbox: await count('outbox_message'),
      };
      const failure = apply(event, topic);
      await expect(failure).rejects.toThrow(MalformedEvent);
      await expect(failure).rejects.toThrow(message);
      expect(await count('volunteer_task')).toBe(before.tasks);
      expect(await count('outbox_message')).toBe(before.outbox);
    });
  });

  describe('reading tasks', () => {
    const taskFields = 'id title status team { code } appeal { id }';

    it('answers volunteerTask by id with its team and appeal, and NOT_FOUND for an unknown id', async () => {
      const appealId = await dispatchTo(crew);
      const task = await dataSource.getRepository(VolunteerTask).findOneByOrFail({ appealId });
      const response = await postGraphQL<{ volunteerTask: TaskView }>(
        subgraph.url,
        `query($id: ID!) { volunteerTask(id: $id) { ${taskFields} } }`,
        { id: task.id },
        asAdmin,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.volunteerTask).toEqual({
        id: task.id,
        title: task.title,
        status: 'OPEN',
        team: { code: crew.code },
        appeal: { id: appealId },
      });

      for (const id of [UNKNOWN_ID, 'not-a-uuid']) {
        const missing = await postGraphQL(
          subgraph.url,
          `query($id: ID!) { volunteerTask(id: $id) { id } }`,
          { id },
          asAdmin,
        );
        expect(missing.body.errors?.[0]?.extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'id',
        });
      }
    });

    it('resolves VolunteerTask references in one batch', async () => {
      const appealId = await dispatchTo(youth);
      const task = await dataSource.getRepository(VolunteerTask).findOneByOrFail({ appealId });
      statements.reset();
      const response = await postGraphQL<{
        _entities: Array<{ id: string; status: string } | null>;
      }>(
        subgraph.url,
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on VolunteerTask { id status } } }`,
        {
          representations: [task.id, UNKNOWN_ID, 'not-a-uuid'].map((id) => ({
            __typename: 'VolunteerTask',
            id,
          })),
        },
        { ...(await serviceHeaders()), ...asAdmin },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?._entities).toEqual([{ id: task.id, status: 'OPEN' }, null, null]);
      expect(statements.total).toBe(1);
    });

    it('adds volunteerTasks to a batch of appeals in one statement, however many appeals', async () => {
      // Six appeals: every one dispatched to the crew, every other one to the youth team as well.
      const appealIds: string[] = [];
      for (let index = 0; index < 6; index += 1) {
        const appealId = await dispatchTo(crew);
        if (index % 2 === 0) await dispatchTo(youth, appealId);
        appealIds.push(appealId);
      }
      const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Appeal { id volunteerTasks { ${taskFields} } } } }`;
      const run = async (ids: string[]) => {
        statements.reset();
        const response = await postGraphQL<{
          _entities: Array<{ id: string; volunteerTasks: TaskView[] }>;
        }>(
          subgraph.url,
          query,
          {
            representations: ids.map((id) => ({ __typename: 'Appeal', id })),
          },
          { ...(await serviceHeaders()), ...asAdmin },
        );
        expect(response.body.errors).toBeUndefined();
        return { appeals: response.body.data?._entities ?? [], count: statements.total };
      };

      const two = await run(appealIds.slice(0, 2));
      const six = await run([...appealIds, UNKNOWN_ID, 'not-a-uuid']);
      expect(
        two.appeals.map((appeal) => appeal.volunteerTasks.map((task) => task.team.code).sort()),
      ).toEqual([['ALLIANCE_YOUTH', 'BAGUAMIAO_CREW'], ['BAGUAMIAO_CREW']]);
      expect(six.appeals).toHaveLength(8);
      expect(six.appeals.slice(6)).toEqual([
        { id: UNKNOWN_ID, volunteerTasks: [] },
        { id: 'not-a-uuid', volunteerTasks: [] },
      ]);
      expect(
        six.appeals.every((appeal) =>
          appeal.volunteerTasks.every((task) => task.appeal.id === appeal.id),
        ),
      ).toBe(true);
      // The tasks, then their teams.
      expect(two.count).toBe(2);
      expect(six.count).toBe(two.count);
    });

    it("lists a team's tasks newest first, by status and a page size, batched over teams", async () => {
      // Four more teams, so that six teams can be asked for at once.
      const team = (code: string) => ({
        id: randomUUID(),
        code,
        name: `${code} 志愿服务队`,
        community: '八卦庙社区',
      });
      const teamA = team('TASK_TEAM_A');
      const extraTeams = [teamA, ...['TASK_TEAM_B', 'TASK_TEAM_C', 'TASK_TEAM_D'].map(team)];
      await dataSource.getRepository(VolunteerTeam).insert(extraTeams);
      for (const team of extraTeams) {
        for (let index = 0; index < 3; index += 1) await dispatchTo(team);
      }
      const first = await dataSource
        .getRepository(VolunteerTask)
        .findOneOrFail({ where: { teamId: teamA.id }, order: { createdAt: 'DESC', id: 'DESC' } });
      await dataSource
        .getRepository(VolunteerTask)
        .update({ id: first.id }, { status: VolunteerTaskStatus.IN_PROGRESS });

      const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on VolunteerTeam { code
        newest: tasks(first: 2) { id createdAt }
        open: tasks(status: OPEN) { id status }
        busy: tasks(status: IN_PROGRESS) { id } } } }`;
      type TeamTasks = {
        code: string;
        newest: Array<{ id: string; createdAt: string }>;
        open: Array<{ id: string; status: string }>;
        busy: Array<{ id: string }>;
      };
      const run = async (teams: Array<{ id: string }>) => {
        statements.reset();
        const response = await postGraphQL<{ _entities: TeamTasks[] }>(
          subgraph.url,
          query,
          { representations: teams.map(({ id }) => ({ __typename: 'VolunteerTeam', id })) },
          { ...(await serviceHeaders()), ...asAdmin },
        );
        expect(response.body.errors).toBeUndefined();
        return { teams: response.body.data?._entities ?? [], count: statements.total };
      };

      const two = await run(extraTeams.slice(0, 2));
      const six = await run([crew, youth, ...extraTeams]);
      const busyTeam = two.teams[0];
      const stored = await dataSource
        .getRepository(VolunteerTask)
        .find({ where: { teamId: teamA.id }, order: { createdAt: 'DESC', id: 'DESC' } });
      expect(busyTeam?.newest.map((task) => task.id)).toEqual(
        stored.slice(0, 2).map((task) => task.id),
      );
      expect(busyTeam?.busy).toEqual([{ id: first.id }]);
      expect(busyTeam?.open.map((task) => task.id)).toEqual(stored.slice(1).map((task) => task.id));
      expect(two.teams[1]).toMatchObject({ code: 'TASK_TEAM_B', busy: [] });
      expect(two.teams[1]?.open).toHaveLength(3);
      expect(six.teams.map((team) => team.code)).toEqual([
        'BAGUAMIAO_CREW',
        'ALLIANCE_YOUTH',
        ...extraTeams.map((team) => team.code),
      ]);
      expect(six.teams[0]?.newest).toHaveLength(2);
      // The teams, then one statement per distinct (status, first) of `tasks`.
      expect(two.count).toBe(4);
      expect(six.count).toBe(two.count);
    });

    it.each([0, 101])('answers BAD_USER_INPUT for tasks(first: %i)', async (first) => {
      const response = await postGraphQL(
        subgraph.url,
        `query($id: ID!, $first: Int) { volunteerTeam(id: $id) { tasks(first: $first) { id } } }`,
        { id: crew.id, first },
        asAdmin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    });
  });

  describe('updateVolunteerTaskStatus', () => {
    const mutation = `mutation($id: ID!, $status: VolunteerTaskStatus!) { updateVolunteerTaskStatus(id: $id, status: $status) { id status } }`;
    const newTask = async (): Promise<string> => {
      const appealId = await dispatchTo(crew);
      return (await dataSource.getRepository(VolunteerTask).findOneByOrFail({ appealId })).id;
    };
    const statusOf = async (id: string): Promise<VolunteerTaskStatus | undefined> =>
      (await dataSource.getRepository(VolunteerTask).findOneBy({ id }))?.status;

    it('moves a task OPEN → IN_PROGRESS → DONE', async () => {
      const id = await newTask();
      for (const status of ['IN_PROGRESS', 'DONE']) {
        const response = await postGraphQL<{
          updateVolunteerTaskStatus: { id: string; status: string };
        }>(subgraph.url, mutation, { id, status }, asAdmin);
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data?.updateVolunteerTaskStatus).toEqual({ id, status });
      }
      expect(await statusOf(id)).toBe('DONE');
    });

    it('puts each move on volunteer.lifecycle through the outbox, keyed by the appeal, for its timeline', async () => {
      const id = await newTask();
      const task = await dataSource.getRepository(VolunteerTask).findOneByOrFail({ id });
      for (const status of ['IN_PROGRESS', 'DONE'])
        expect(
          (await postGraphQL(subgraph.url, mutation, { id, status }, asAdmin)).body.errors,
        ).toBeUndefined();
      const rows = await dataSource
        .getRepository(OutboxMessage)
        .createQueryBuilder('message')
        .where(`message.headers->>'ce_type' = 'cn.erqi.volunteer.task-status-changed'`)
        .andWhere('message.message_key = :appealId', { appealId: task.appealId })
        .orderBy('message.id')
        .getMany();
      expect(rows.map((row) => row.topic)).toEqual([
        VOLUNTEER_LIFECYCLE_TOPIC,
        VOLUNTEER_LIFECYCLE_TOPIC,
      ]);
      expect(rows.map((row) => JSON.parse(row.payload) as Record<string, unknown>)).toEqual([
        expect.objectContaining({
          taskId: id,
          appealId: task.appealId,
          teamCode: 'BAGUAMIAO_CREW',
          fromStatus: 'OPEN',
          toStatus: 'IN_PROGRESS',
        }),
        expect.objectContaining({
          taskId: id,
          appealId: task.appealId,
          teamCode: 'BAGUAMIAO_CREW',
          fromStatus: 'IN_PROGRESS',
          toStatus: 'DONE',
        }),
      ]);
    });

    it('publishes nothing for a refused move', async () => {
      const id = await newTask();
      const before = await count('outbox_message');
      expect(
        (await postGraphQL(subgraph.url, mutation, { id, status: 'DONE' }, asAdmin)).body
          .errors?.[0]?.extensions?.['code'],
      ).toBe('CONFLICT');
      expect(await count('outbox_message')).toBe(before);
    });

    it.each([
      [[], 'OPEN', 'OPEN'],
      [[], 'DONE', 'OPEN'],
      [['IN_PROGRESS'], 'IN_PROGRESS', 'IN_PROGRESS'],
      [['IN_PROGRESS'], 'OPEN', 'IN_PROGRESS'],
      [['IN_PROGRESS', 'DONE'], 'IN_PROGRESS', 'DONE'],
      [['IN_PROGRESS', 'DONE'], 'OPEN', 'DONE'],
    ])(
      'after %j refuses %s with CONFLICT naming the current status %s',
      async (steps, status, current) => {
        const id = await newTask();
        for (const step of steps)
          expect(
            (await postGraphQL(subgraph.url, mutation, { id, status: step }, asAdmin)).body.errors,
          ).toBeUndefined();
        const response = await postGraphQL(subgraph.url, mutation, { id, status }, asAdmin);
        expect(response.body.errors?.[0]?.extensions).toMatchObject({
          code: 'CONFLICT',
          field: 'status',
          currentStatus: current,
        });
        expect(await statusOf(id)).toBe(current);
      },
    );

    it('lets only one of two simultaneous moves through', async () => {
      const id = await newTask();
      const answers = await Promise.all(
        [0, 1].map(() =>
          postGraphQL(subgraph.url, mutation, { id, status: 'IN_PROGRESS' }, asAdmin),
        ),
      );
      expect(answers.filter((answer) => answer.body.errors === undefined)).toHaveLength(1);
      expect(
        answers.map((answer) => answer.body.errors?.[0]?.extensions?.['code']).filter(Boolean),
      ).toEqual(['CONFLICT']);
      expect(await statusOf(id)).toBe('IN_PROGRESS');
    });

    it('answers NOT_FOUND for an unknown task and refuses a status that does not exist', async () => {
      for (const id of [UNKNOWN_ID, 'not-a-uuid']) {
        const response = await postGraphQL(
          subgraph.url,
          mutation,
          { id, status: 'IN_PROGRESS' },
          asAdmin,
        );
        expect(response.body.errors?.[0]?.extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'id',
        });
      }
      const id = await newTask();
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        { id, status: 'CANCELLED' },
        asAdmin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await statusOf(id)).toBe('OPEN');
    });
  });
});
