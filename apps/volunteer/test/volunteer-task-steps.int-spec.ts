import { randomUUID } from 'node:crypto';
import { OutboxMessage } from '@erqi/shared/data-access-events';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
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
import { createVolunteerSubgraph } from '../src/subgraph';
import { volunteerDispatchHandler } from '../src/volunteer-task/volunteer-task.consumer';
import { VolunteerTask } from '../src/volunteer-task/volunteer-task.entity';
import { VolunteerTaskService } from '../src/volunteer-task/volunteer-task.service';
import { volunteerDispatch } from './dispatch-events';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const teamOf = (code: string) =>
  volunteerTeams.find((team) => team.code === code) as (typeof volunteerTeams)[number];
const memberOf = (code: string, index: number) =>
  volunteers.filter((volunteer) => volunteer.teamCode === code)[
    index
  ] as (typeof volunteers)[number];
const crew = teamOf('BAGUAMIAO_CREW');
const youth = teamOf('ALLIANCE_YOUTH');
/** volunteer-1 of the seed: 志愿者 马超 of the crew. */
const machao = seedUser('VOLUNTEER');
/** Tokens for other members, shaped as the provider would issue them (sample subjects). */
const memberUser = (code: string, index: number) => ({
  ...machao,
  subject: randomUUID(), // sample
  teamCode: code,
  volunteerId: memberOf(code, index).id,
  name: memberOf(code, index).name,
});

type Task = {
  id: string;
  status: string;
  acceptedBy: { id: string; name: string } | null;
  acceptedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  completionNote: string | null;
  escalatedAt: string | null;
};
const TASK =
  'id status acceptedBy { id name } acceptedAt startedAt completedAt completionNote escalatedAt';
const ACCEPT = `mutation($id: ID!, $volunteerId: ID) { acceptVolunteerTask(id: $id, volunteerId: $volunteerId) { ${TASK} } }`;
const START = `mutation($id: ID!) { startVolunteerTask(id: $id) { ${TASK} } }`;
const COMPLETE = `mutation($id: ID!, $note: String!) { completeVolunteerTask(id: $id, note: $note) { ${TASK} } }`;

describe('a volunteer task accepted, started and completed by a member', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const as: Record<string, Record<string, string>> = {};

  const call = async <T = Record<string, Task>>(
    query: string,
    variables: Record<string, unknown>,
    who: string,
  ): Promise<GraphQLResponse<T>> =>
    (await postGraphQL<T>(subgraph.url, query, variables, as[who])).body;
  const newTask = async (team = crew): Promise<VolunteerTask> => {
    const event = volunteerDispatch(team);
    await dataSource.transaction((manager) =>
      volunteerDispatchHandler(new VolunteerTaskService(dataSource, () => new Date()))(
        event,
        manager,
        volunteerTeamDispatchTopic(team.code),
      ),
    );
    return dataSource.getRepository(VolunteerTask).findOneByOrFail({ sourceEventId: event.id });
  };
  const stored = (id: string) => dataSource.getRepository(VolunteerTask).findOneByOrFail({ id });
  const outboxOf = async (task: VolunteerTask) =>
    (
      await dataSource
        .getRepository(OutboxMessage)
        .createQueryBuilder('message')
        .where('message.message_key = :key', { key: task.appealId })
        .andWhere(`message.headers->>'ce_type' = 'cn.erqi.volunteer.task-status-changed'`)
        .orderBy('message.id')
        .getMany()
    ).map((row) => JSON.parse(row.payload) as Record<string, unknown>);
  const code = (body: GraphQLResponse<unknown>) => body.errors?.[0]?.extensions;

  beforeAll(async () => {
    as['machao'] = await authHeaderFor(machao);
    as['linyan'] = await authHeaderFor(memberUser('BAGUAMIAO_CREW', 1));
    as['youthMember'] = await authHeaderFor(memberUser('ALLIANCE_YOUTH', 0));
    as['crewLead'] = await authHeaderFor(
      seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW'),
    );
    as['youthLead'] = await authHeaderFor(seedUser('VOLUNTEER_LEAD'));
    as['admin'] = await authHeaderFor(seedUser('ADMIN'));
    as['supervisor'] = await authHeaderFor(seedUser('SUPERVISOR'));
    as['grid'] = await authHeaderFor(seedUser('GRID_WORKER'));
    as['anonymous'] = {};
    database = await createTestDatabase('volunteer_task_steps');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }),
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

  it('lets a VOLUNTEER accept, start and complete its team’s task, each step stamped and published with its name', async () => {
    const task = await newTask();
    const accepted = await call(ACCEPT, { id: task.id }, 'machao');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.['acceptVolunteerTask']).toMatchObject({
      status: 'ACCEPTED',
      acceptedBy: { id: machao.volunteerId, name: '志愿者 马超' },
      startedAt: null,
    });
    const started = await call(START, { id: task.id }, 'machao');
    expect(started.data?.['startVolunteerTask']).toMatchObject({ status: 'IN_PROGRESS' });
    const done = await call(COMPLETE, { id: task.id, note: '  已在园区门口疏导人流  ' }, 'machao');
    expect(done.errors).toBeUndefined();
    const finished = done.data?.['completeVolunteerTask'];
    expect(finished).toMatchObject({ status: 'DONE', completionNote: '已在园区门口疏导人流' });
    expect([finished?.acceptedAt, finished?.startedAt, finished?.completedAt].every(Boolean)).toBe(
      true,
    );

    const events = await outboxOf(task);
    expect(events.map((event) => [event['fromStatus'], event['toStatus']])).toEqual([
      ['OPEN', 'ACCEPTED'],
      ['ACCEPTED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'DONE'],
    ]);
    const named = { id: machao.volunteerId, name: '志愿者 马超' };
    expect(
      events.every((event) => JSON.stringify(event['volunteer']) === JSON.stringify(named)),
    ).toBe(true);
    expect(events[2]?.['note']).toBe('已在园区门口疏导人流');
    // Personal data: a phone never travels with a step.
    expect(JSON.stringify(events)).not.toMatch(/1\d{10}/);
  });

  it('lets the lead (and an admin) accept for a named member and take the steps; the member then sees it too', async () => {
    const task = await newTask();
    const linyan = memberOf('BAGUAMIAO_CREW', 1);
    const missing = await call(ACCEPT, { id: task.id }, 'crewLead');
    expect(code(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volunteerId' });
    const notMember = await call(
      ACCEPT,
      { id: task.id, volunteerId: memberOf('ALLIANCE_YOUTH', 0).id },
      'crewLead',
    );
    expect(code(notMember)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volunteerId' });
    const unknown = await call(ACCEPT, { id: task.id, volunteerId: UNKNOWN_ID }, 'crewLead');
    expect(code(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'volunteerId' });
    expect((await stored(task.id)).status).toBe('OPEN');

    const accepted = await call(ACCEPT, { id: task.id, volunteerId: linyan.id }, 'crewLead');
    expect(accepted.data?.['acceptVolunteerTask']?.acceptedBy).toEqual({
      id: linyan.id,
      name: linyan.name,
    });
    // A teammate sees who took it, the phone masked; the member itself sees its own.
    const seen = async (who: string) =>
      (
        await call<{ volunteerTask: { acceptedBy: { phone: string } } }>(
          `query($id: ID!) { volunteerTask(id: $id) { acceptedBy { phone } } }`,
          { id: task.id },
          who,
        )
      ).data?.volunteerTask.acceptedBy.phone;
    expect(await seen('machao')).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await seen('linyan')).toBe(linyan.phone);
    // Not the one who accepted: another member may not start it; its lead and an admin may.
    expect(code(await call(START, { id: task.id }, 'machao'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await call(START, { id: task.id }, 'linyan')).errors).toBeUndefined();
    expect(
      (await call(COMPLETE, { id: task.id, note: '已协助老人过街' }, 'admin')).data?.[
        'completeVolunteerTask'
      ]?.status,
    ).toBe('DONE');
  });

  it.each([
    ['startVolunteerTask', START, {}, 'OPEN'],
    ['completeVolunteerTask', COMPLETE, { note: '已完成' }, 'OPEN'],
  ])(
    'refuses %s on an OPEN task with CONFLICT naming the current status',
    async (_, query, extra, current) => {
      const task = await newTask();
      const body = await call(query, { id: task.id, ...extra }, 'crewLead');
      expect(code(body)).toMatchObject({ code: 'CONFLICT', currentStatus: current });
      expect((await stored(task.id)).status).toBe('OPEN');
    },
  );

  it('refuses every step out of order with CONFLICT and the current status, writing nothing', async () => {
    const task = await newTask();
    expect((await call(ACCEPT, { id: task.id }, 'machao')).errors).toBeUndefined();
    const before = await outboxOf(task);
    expect(code(await call(ACCEPT, { id: task.id }, 'machao'))).toMatchObject({
      code: 'CONFLICT',
      field: 'status',
      currentStatus: 'ACCEPTED',
    });
    expect(code(await call(COMPLETE, { id: task.id, note: '好了' }, 'machao'))).toMatchObject({
      code: 'CONFLICT',
      currentStatus: 'ACCEPTED',
    });
    expect((await call(START, { id: task.id }, 'machao')).errors).toBeUndefined();
    expect(code(await call(START, { id: task.id }, 'machao'))).toMatchObject({
      code: 'CONFLICT',
      currentStatus: 'IN_PROGRESS',
    });
    expect((await call(COMPLETE, { id: task.id, note: '好了' }, 'machao')).errors).toBeUndefined();
    expect(code(await call(COMPLETE, { id: task.id, note: '又好了' }, 'machao'))).toMatchObject({
      code: 'CONFLICT',
      currentStatus: 'DONE',
    });
    expect(await outboxOf(task)).toHaveLength(before.length + 2);
    expect((await stored(task.id)).completionNote).toBe('好了');
  });

  it.each([
    ['empty', ''],
    ['white space only', ' \n\t '],
    ['invisible characters only', '\u200B\u200D\uFEFF'],
    ['longer than 500 characters', '疏'.repeat(501)],
  ])('refuses a %s note with BAD_USER_INPUT on note, and writes nothing', async (_, note) => {
    const task = await newTask();
    expect((await call(ACCEPT, { id: task.id }, 'machao')).errors).toBeUndefined();
    expect((await call(START, { id: task.id }, 'machao')).errors).toBeUndefined();
    const before = await outboxOf(task);
    expect(code(await call(COMPLETE, { id: task.id, note }, 'machao'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(await stored(task.id)).toMatchObject({
      status: 'IN_PROGRESS',
      completionNote: null,
      completedAt: null,
    });
    expect(await outboxOf(task)).toHaveLength(before.length);
  });

  it('accepts a note of exactly 500 characters', async () => {
    const task = await newTask();
    for (const [query, extra] of [
      [ACCEPT, {}],
      [START, {}],
      [COMPLETE, { note: '疏'.repeat(500) }],
    ] as const)
      expect((await call(query, { id: task.id, ...extra }, 'machao')).errors).toBeUndefined();
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['grid', 'FORBIDDEN'],
    ['supervisor', 'FORBIDDEN'],
    ['youthMember', 'FORBIDDEN'],
    ['youthLead', 'FORBIDDEN'],
  ])('refuses %s every step on the crew’s task (%s), and writes nothing', async (who, expected) => {
    const open = await newTask();
    const inProgress = await newTask();
    for (const query of [ACCEPT, START])
      expect((await call(query, { id: inProgress.id }, 'machao')).errors).toBeUndefined();
    expect(code(await call(ACCEPT, { id: open.id }, who))).toMatchObject({ code: expected });
    expect(
      code(await call(ACCEPT, { id: open.id, volunteerId: memberOf('BAGUAMIAO_CREW', 2).id }, who)),
    ).toMatchObject({ code: expected });
    expect(code(await call(COMPLETE, { id: inProgress.id, note: '好了' }, who))).toMatchObject({
      code: expected,
    });
    expect((await stored(open.id)).status).toBe('OPEN');
    expect((await stored(inProgress.id)).status).toBe('IN_PROGRESS');
  });

  it('refuses a VOLUNTEER that names another member as the one accepting', async () => {
    const task = await newTask();
    const body = await call(
      ACCEPT,
      { id: task.id, volunteerId: memberOf('BAGUAMIAO_CREW', 1).id },
      'machao',
    );
    expect(code(body)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await stored(task.id)).status).toBe('OPEN');
  });

  it('lets only one of two members accept the same task at once', async () => {
    const task = await newTask();
    const answers = await Promise.all(
      ['machao', 'linyan'].map((who) => call(ACCEPT, { id: task.id }, who)),
    );
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(answers.map((answer) => code(answer)?.['code']).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await outboxOf(task)).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown task', async () => {
    for (const query of [ACCEPT, START])
      expect(code(await call(query, { id: UNKNOWN_ID }, 'machao'))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
  });

  describe('what a VOLUNTEER reads', () => {
    it('reads its team’s tasks (volunteerTask, team.tasks, _entities) and is FORBIDDEN another team’s', async () => {
      const own = await newTask(crew);
      const other = await newTask(youth);
      const one = await call<{ volunteerTask: Task }>(
        `query($id: ID!) { volunteerTask(id: $id) { id status } }`,
        { id: own.id },
        'machao',
      );
      expect(one.data?.volunteerTask).toEqual({ id: own.id, status: 'OPEN' });
      expect(
        code(
          await call(
            `query($id: ID!) { volunteerTask(id: $id) { id } }`,
            { id: other.id },
            'machao',
          ),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });

      const lists = await call<{ crew: { tasks: Task[] }; youth: { tasks: Task[] } }>(
        `query($crew: ID!, $youth: ID!) { crew: volunteerTeam(id: $crew) { tasks(first: 100) { id } }
          youth: volunteerTeam(id: $youth) { tasks { id } } }`,
        { crew: crew.id, youth: youth.id },
        'machao',
      );
      expect(lists.data?.crew.tasks.map((task) => task.id)).toContain(own.id);
      expect(lists.data?.youth.tasks).toEqual([]);

      const entities = await postGraphQL<{ _entities: Array<{ id: string } | null> }>(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTask { id } } }`,
        { r: [{ __typename: 'VolunteerTask', id: own.id }] },
        { ...(await serviceHeaders()), ...as['machao'] },
      );
      expect(entities.body.data?._entities).toEqual([{ id: own.id }]);
      const refused = await postGraphQL(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTask { id } } }`,
        { r: [{ __typename: 'VolunteerTask', id: other.id }] },
        { ...(await serviceHeaders()), ...as['machao'] },
      );
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('sees its teammates by name with their phones masked, and no other team’s members', async () => {
      const read = (id: string) =>
        call<{ volunteerTeam: { volunteers: Array<{ id: string; phone: string }> } }>(
          `query($id: ID!) { volunteerTeam(id: $id) { volunteers { id phone } } }`,
          { id },
          'machao',
        );
      const own = await read(crew.id);
      expect(own.errors).toBeUndefined();
      const teammates = own.data?.volunteerTeam.volunteers ?? [];
      expect(teammates.map((member) => member.id)).toContain(machao.volunteerId);
      for (const member of teammates)
        expect(member.phone).toMatch(
          member.id === machao.volunteerId ? /^\d{11}$/ : /^\d{3}\*{4}\d{4}$/,
        );
      expect(teammates.length).toBeGreaterThan(1);
      const other = await read(youth.id);
      expect(other.errors).toBeUndefined();
      expect(other.data?.volunteerTeam.volunteers).toEqual([]);
    });
  });

  describe('the lead’s updateVolunteerTaskStatus beside the steps', () => {
    const UPDATE = `mutation($id: ID!, $status: VolunteerTaskStatus!) { updateVolunteerTaskStatus(id: $id, status: $status) { ${TASK} } }`;

    it('starts an ACCEPTED task as startVolunteerTask does, keeping who accepted it', async () => {
      const task = await newTask();
      expect((await call(ACCEPT, { id: task.id }, 'machao')).errors).toBeUndefined();
      const body = await call(UPDATE, { id: task.id, status: 'IN_PROGRESS' }, 'crewLead');
      expect(body.data?.['updateVolunteerTaskStatus']).toMatchObject({
        status: 'IN_PROGRESS',
        acceptedBy: { id: machao.volunteerId },
      });
      expect(body.data?.['updateVolunteerTaskStatus']?.startedAt).not.toBeNull();
    });

    it('refuses ACCEPTED (it needs a member) with BAD_USER_INPUT on status', async () => {
      const task = await newTask();
      expect(
        code(await call(UPDATE, { id: task.id, status: 'ACCEPTED' }, 'crewLead')),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect((await stored(task.id)).status).toBe('OPEN');
    });
  });
});
