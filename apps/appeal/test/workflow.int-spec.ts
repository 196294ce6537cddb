import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { departmentByCode, enterpriseByName, enterprises } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { HandlingMode } from '../src/appeal/appeal.enums';
import { dueAtFor } from '../src/policy/deadline-policy';
import { loadWorkingCalendar } from '../src/calendar/load-working-calendar';
import type { WorkingCalendar } from '@erqi/shared/util-working-calendar';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { NoResponseCloser } from '../src/workflow/no-response-closer';
import { fixtureDirectories } from './fixture-directories';
import {
  type AppealView,
  MUTATIONS,
  type MutationName,
  uniqueTitle,
  type UserName,
  users,
  workflowClient,
} from './workflow-harness';

const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** In BGM-E01, one of the grid worker's cells; the ENTERPRISE seed user acts for it. */
const collective = enterpriseByName('河南八方顺亿实业有限公司');
/** An enterprise outside the grid worker's cells. */
const elsewhere = enterprises.find(
  (enterprise) => !(users.gridWorker.gridCellIds ?? []).includes(enterprise.gridCellId),
);

describe('the closed loop (workflow) through HTTP with tokens', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  let calendar: WorkingCalendar;
  // Monday 2024-03-04 10:00 in Zhengzhou; tests only ever move it forward.
  let now = new Date('2024-03-04T02:00:00.000Z');
  const client = workflowClient(() => subgraph.url);
  const { call, ok, submit, get } = client;

  const advance = (ms: number): void => {
    now = new Date(now.getTime() + ms);
  };
  const newAppeal = (
    handlingMode: string,
    extra: { enterpriseId?: string; category?: string } = {},
  ) =>
    submit({
      enterpriseId: collective.id,
      title: uniqueTitle(`${handlingMode} 诉求`),
      handlingMode,
      ...extra,
    });

  const lifecycleTypes = async (appealId: string): Promise<string[]> => {
    const rows = (await dataSource.query(
      `SELECT headers, payload FROM appeal.outbox_message WHERE message_key = $1 AND topic = 'appeal.lifecycle' ORDER BY id`,
      [appealId],
    )) as Array<{
      headers: Record<string, string>;
      payload: string;
    }>;
    return rows.map((row) => row.headers['ce_type'] ?? '');
  };
  const lastTransitionEvent = async (appealId: string) => {
    const [row] = (await dataSource.query(
      `SELECT headers, payload FROM appeal.outbox_message WHERE message_key = $1 AND topic = 'appeal.lifecycle' ORDER BY id DESC LIMIT 1`,
      [appealId],
    )) as Array<{ headers: Record<string, string>; payload: string }>;
    return fromKafkaRecord({ value: row?.payload ?? null, headers: row?.headers });
  };
  const snapshot = async (appealId: string): Promise<unknown> => {
    const [row] = (await dataSource.query(
      `SELECT a.status, a.version, a.due_at, a.leader_name, a.possible_duplicate_of_id,
        (SELECT count(*) FROM appeal.timeline_entry WHERE appeal_id = a.id)::int AS entries,
        (SELECT count(*) FROM appeal.appeal_dispatch WHERE appeal_id = a.id)::int AS dispatches,
        (SELECT count(*) FROM appeal.outbox_message WHERE message_key = a.id::text)::int AS events
       FROM appeal.appeal a WHERE a.id = $1`,
      [appealId],
    )) as unknown[];
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_workflow');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(now), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    calendar = await loadWorkingCalendar(dataSource);
    await seedAppeal(dataSource, SEEDED_AT);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-workflow-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  describe('the whole loop, for each handling mode', () => {
    it('URGENT (即知即办): accepted by the grid worker, handled and resolved by the lead department, rated 5 by the enterprise, closed by the grid worker', async () => {
      const appeal = await newAppeal('URGENT');
      expect(appeal.dueAt).toBe(dueAtFor(HandlingMode.URGENT, now, calendar).toISOString());
      advance(HOUR_MS);
      expect((await ok('acceptAppeal', appeal.id, 'gridWorker')).status).toBe('ACCEPTED');
      expect(
        (await ok('handleAppeal', appeal.id, 'urbanStaff', { note: '马上去现场' })).status,
      ).toBe('HANDLING');
      const resolved = await ok('resolveAppeal', appeal.id, 'urbanStaff', {
        feedback: '路灯已修复',
      });
      expect(resolved).toMatchObject({
        status: 'RESOLVED',
        feedback: '路灯已修复',
        resolvedAt: now.toISOString(),
      });
      expect(resolved.evaluationDueAt).toBe(calendar.addWorkingDays(now, 5).toISOString());
      const evaluated = await ok('evaluateAppeal', appeal.id, 'enterprise', {
        rating: 5,
        comment: '很及时',
      });
      expect(evaluated).toMatchObject({
        status: 'EVALUATED',
        evaluation: { rating: 5, comment: '很及时', at: now.toISOString() },
      });
      const closed = await ok('closeAppeal', appeal.id, 'gridWorker');
      expect(closed).toMatchObject({
        status: 'CLOSED',
        closureReason: 'EVALUATED',
        closedAt: now.toISOString(),
      });

      const steps = closed.timeline.filter((entry) => entry.fromStatus !== entry.toStatus);
      expect(steps.map((entry) => [entry.fromStatus, entry.toStatus, entry.actor])).toEqual([
        [null, 'SUBMITTED', `ADMIN:${users.admin.name}`],
        ['SUBMITTED', 'ACCEPTED', `GRID_WORKER:${users.gridWorker.name}`],
        ['ACCEPTED', 'HANDLING', `DEPARTMENT_STAFF:${users.urbanStaff.name}`],
        ['HANDLING', 'RESOLVED', `DEPARTMENT_STAFF:${users.urbanStaff.name}`],
        ['RESOLVED', 'EVALUATED', `ENTERPRISE:${users.enterprise.name}`],
        ['EVALUATED', 'CLOSED', `GRID_WORKER:${users.gridWorker.name}`],
      ]);
      expect(steps[2]?.note).toContain('马上去现场');
      expect(steps[3]?.note).toContain('路灯已修复');

      // Each transition's CloudEvent, in order, in the outbox, valid against the catalogue.
      expect(
        (await lifecycleTypes(appeal.id)).filter((type) => type !== 'cn.erqi.appeal.dispatched'),
      ).toEqual([
        'cn.erqi.appeal.submitted',
        'cn.erqi.appeal.accepted',
        'cn.erqi.appeal.handling-started',
        'cn.erqi.appeal.resolved',
        'cn.erqi.appeal.evaluated',
        'cn.erqi.appeal.closed',
      ]);
      const event = assertKnownEvent(await lastTransitionEvent(appeal.id), 'appealClosed');
      expect(event.data).toMatchObject({
        appealId: appeal.id,
        fromStatus: 'EVALUATED',
        toStatus: 'CLOSED',
        actor: `GRID_WORKER:${users.gridWorker.name}`,
        at: now.toISOString(),
      });
    });

    it('LEDGER (建账领办): cannot be handled until a leader takes it; the leader handles, the admin resolves', async () => {
      const appeal = await newAppeal('LEDGER');
      await ok('acceptAppeal', appeal.id, 'admin');
      const refused = await call('handleAppeal', appeal.id, 'admin');
      expect(refused.error?.extensions).toMatchObject({
        code: 'CONFLICT',
        currentStatus: 'ACCEPTED',
      });
      expect(refused.error?.message).toContain('assignLeader');
      const leaderName = users.leader.name;
      const led = await ok('assignLeader', appeal.id, 'admin', { leaderName });
      expect(led.leaderId).toBe(users.leader.subject);
      expect(led.leaderName).toBe(leaderName);
      expect(led.timeline.at(-1)).toMatchObject({
        fromStatus: 'ACCEPTED',
        toStatus: 'ACCEPTED',
        note: expect.stringContaining(leaderName),
      });
      await ok('handleAppeal', appeal.id, 'leader');
      await ok('resolveAppeal', appeal.id, 'admin', { feedback: '协调解决' });
      await ok('evaluateAppeal', appeal.id, 'gridWorker', { rating: 4 });
      expect((await ok('closeAppeal', appeal.id, 'supervisor')).status).toBe('CLOSED');
    });

    it('JOINT (合力共办): resolved only after every dispatched department reports in; a transfer re-dispatches', async () => {
      const appeal = await newAppeal('JOINT');
      await ok('acceptAppeal', appeal.id, 'urbanStaff');
      // A JOINT transfer needs a lead and an assisting department.
      const single = await call('transferAppeal', appeal.id, 'urbanStaff', {
        codes: ['MARKET_REGULATION'],
      });
      expect(single.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'departmentCodes',
      });
      const unknown = await call('transferAppeal', appeal.id, 'urbanStaff', {
        codes: ['MARKET_REGULATION', 'PARKING_BUREAU'],
      });
      expect(unknown.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'departmentCodes',
        departmentCode: 'PARKING_BUREAU',
      });

      advance(HOUR_MS);
      const transferred = await ok('transferAppeal', appeal.id, 'urbanStaff', {
        codes: ['MARKET_REGULATION', 'TAXATION'],
        note: '属市场监管职责',
      });
      expect(transferred.status).toBe('TRANSFERRED');
      expect(transferred.leadDepartment).toEqual({ id: departmentByCode('MARKET_REGULATION').id });
      expect(
        transferred.dispatches.slice(-2).map((dispatch) => [dispatch.targetCode, dispatch.role]),
      ).toEqual([
        ['MARKET_REGULATION', 'LEAD'],
        ['TAXATION', 'ASSISTING'],
      ]);
      expect(transferred.timeline.slice(-2).map((entry) => entry.note)).toEqual([
        expect.stringContaining(
          '转办: transferred to MARKET_REGULATION (lead), TAXATION (assisting)',
        ),
        expect.stringContaining('派发'),
      ]);
      const types = await lifecycleTypes(appeal.id);
      expect(types.slice(-3)).toEqual([
        'cn.erqi.appeal.transferred',
        'cn.erqi.appeal.dispatched',
        'cn.erqi.appeal.dispatched',
      ]);
      const [marketTopic] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM appeal.outbox_message WHERE message_key = $1 AND topic = 'dispatch.department.MARKET_REGULATION'`,
        [appeal.id],
      )) as Array<{ n: number }>;
      expect(marketTopic?.n).toBe(1);

      // The lead moved: the urban staff no longer may resolve it, the market staff may.
      expect(
        (await call('resolveAppeal', appeal.id, 'urbanStaff')).error?.extensions?.['code'],
      ).toBe('FORBIDDEN');
      const waiting = await call('resolveAppeal', appeal.id, 'marketStaff');
      expect(waiting.error?.extensions).toMatchObject({
        code: 'CONFLICT',
        currentStatus: 'TRANSFERRED',
        unacknowledged: ['MARKET_REGULATION', 'TAXATION'],
      });
      expect(waiting.error?.message).toContain('MARKET_REGULATION, TAXATION');
      const acknowledge = async (departmentCode: string) =>
        postGraphQL(
          subgraph.url,
          'mutation($a: ID!, $d: String!) { acknowledgeDispatch(appealId: $a, departmentCode: $d) { id } }',
          { a: appeal.id, d: departmentCode },
          await client.headersOf('admin'),
        );
      await acknowledge('MARKET_REGULATION');
      expect(
        (await call('resolveAppeal', appeal.id, 'marketStaff')).error?.extensions,
      ).toMatchObject({ unacknowledged: ['TAXATION'] });
      await acknowledge('TAXATION');
      expect((await ok('resolveAppeal', appeal.id, 'marketStaff')).status).toBe('RESOLVED');
    });

    it('JOINT cannot be handled directly without an assisting department', async () => {
      const appeal = await newAppeal('JOINT', { category: 'LICENSING' });
      await ok('acceptAppeal', appeal.id, 'admin');
      const refused = await call('handleAppeal', appeal.id, 'admin');
      expect(refused.error?.extensions).toMatchObject({
        code: 'CONFLICT',
        currentStatus: 'ACCEPTED',
      });
      expect(refused.error?.message).toContain('transferAppeal');
    });

    it('TRACKED (跟踪盯办): needs a progress note to resolve; an unsatisfied rating reopens it, and it needs a new note to resolve again', async () => {
      const appeal = await newAppeal('TRACKED');
      await ok('acceptAppeal', appeal.id, 'gridWorker');
      await ok('handleAppeal', appeal.id, 'urbanStaff');
      const early = await call('resolveAppeal', appeal.id, 'urbanStaff');
      expect(early.error?.extensions).toMatchObject({
        code: 'CONFLICT',
        currentStatus: 'HANDLING',
      });
      expect(early.error?.message).toContain('addProgressNote');
      const noted = await ok('addProgressNote', appeal.id, 'gridWorker', { note: '已约谈物业' });
      expect(noted.timeline.at(-1)).toMatchObject({
        fromStatus: 'HANDLING',
        toStatus: 'HANDLING',
        note: '进展: 已约谈物业',
      });
      await ok('resolveAppeal', appeal.id, 'urbanStaff');

      advance(DAY_MS);
      const reopened = await ok('evaluateAppeal', appeal.id, 'gridWorker', {
        rating: 2,
        comment: '问题仍在',
      });
      expect(reopened).toMatchObject({
        status: 'REOPENED',
        evaluation: { rating: 2, comment: '问题仍在' },
        dueAt: dueAtFor(HandlingMode.TRACKED, now, calendar).toISOString(),
      });
      expect(
        reopened.timeline.slice(-2).map((entry) => [entry.fromStatus, entry.toStatus]),
      ).toEqual([
        ['RESOLVED', 'EVALUATED'],
        ['EVALUATED', 'REOPENED'],
      ]);
      expect(reopened.timeline.at(-1)?.note).toMatch(/unsatisfied \(2 of 5\).*new deadline/);
      expect((await lifecycleTypes(appeal.id)).slice(-2)).toEqual([
        'cn.erqi.appeal.evaluated',
        'cn.erqi.appeal.reopened',
      ]);

      expect(
        (await call('resolveAppeal', appeal.id, 'urbanStaff')).error?.extensions,
      ).toMatchObject({ code: 'CONFLICT', currentStatus: 'REOPENED' });
      await ok('addProgressNote', appeal.id, 'urbanStaff', { note: '整改中' });
      expect(
        (await ok('resolveAppeal', appeal.id, 'urbanStaff', { feedback: '整改完成' })).status,
      ).toBe('RESOLVED');
      await ok('evaluateAppeal', appeal.id, 'enterprise', { rating: 3 });
      expect((await ok('closeAppeal', appeal.id, 'admin')).closureReason).toBe('EVALUATED');
    });

    it('reopens on a supervisor’s word with a new deadline from the reopening, and resolves again', async () => {
      const appeal = await newAppeal('URGENT');
      for (const [name, user] of [
        ['acceptAppeal', 'admin'],
        ['handleAppeal', 'admin'],
        ['resolveAppeal', 'admin'],
        ['evaluateAppeal', 'gridWorker'],
      ] as const)
        await ok(name, appeal.id, user);
      advance(3 * DAY_MS);
      const reopened = await ok('reopenAppeal', appeal.id, 'supervisor', {
        reason: '暗访发现仍未整改',
      });
      expect(reopened.status).toBe('REOPENED');
      expect(reopened.dueAt).toBe(dueAtFor(HandlingMode.URGENT, now, calendar).toISOString());
      expect(reopened.timeline.at(-1)?.note).toContain(`new deadline ${reopened.dueAt}`);
      expect(reopened.timeline.at(-1)?.note).toContain('暗访发现仍未整改');
      await ok('handleAppeal', appeal.id, 'urbanStaff');
      expect((await ok('resolveAppeal', appeal.id, 'urbanStaff')).status).toBe('RESOLVED');
    });
  });

  describe('illegal transitions', () => {
    const appealsIn = new Map<string, string>();
    /** Moves a new URGENT appeal along `path` (as the admin, evaluated by the grid worker). */
    const drive = async (
      path: Array<[MutationName, UserName, Record<string, unknown>?]>,
    ): Promise<string> => {
      const appeal = await newAppeal('URGENT');
      for (const [name, user, variables] of path) await ok(name, appeal.id, user, variables);
      return appeal.id;
    };

    beforeAll(async () => {
      const toResolved: Array<[MutationName, UserName, Record<string, unknown>?]> = [
        ['acceptAppeal', 'admin'],
        ['handleAppeal', 'admin'],
        ['resolveAppeal', 'admin'],
      ];
      appealsIn.set('SUBMITTED', await drive([]));
      appealsIn.set('ACCEPTED', await drive([['acceptAppeal', 'admin']]));
      appealsIn.set('HANDLING', await drive(toResolved.slice(0, 2)));
      appealsIn.set(
        'TRANSFERRED',
        await drive([
          ['acceptAppeal', 'admin'],
          ['transferAppeal', 'admin'],
        ]),
      );
      appealsIn.set('RESOLVED', await drive(toResolved));
      appealsIn.set('EVALUATED', await drive([...toResolved, ['evaluateAppeal', 'gridWorker']]));
      appealsIn.set(
        'CLOSED',
        await drive([...toResolved, ['evaluateAppeal', 'gridWorker'], ['closeAppeal', 'admin']]),
      );
      appealsIn.set(
        'REOPENED',
        await drive([...toResolved, ['evaluateAppeal', 'gridWorker', { rating: 1 }]]),
      );
    });

    const allowed: Record<string, string[]> = {
      acceptAppeal: ['SUBMITTED'],
      handleAppeal: ['ACCEPTED', 'REOPENED'],
      transferAppeal: ['ACCEPTED', 'HANDLING', 'TRANSFERRED', 'REOPENED'],
      resolveAppeal: ['HANDLING', 'TRANSFERRED', 'REOPENED'],
      evaluateAppeal: ['RESOLVED'],
      reopenAppeal: ['RESOLVED', 'EVALUATED'],
      closeAppeal: ['EVALUATED'],
      addProgressNote: ['ACCEPTED', 'HANDLING', 'TRANSFERRED', 'REOPENED'],
      assignLeader: ['SUBMITTED', 'ACCEPTED', 'HANDLING', 'TRANSFERRED', 'REOPENED'],
    };
    const statuses = [
      'SUBMITTED',
      'ACCEPTED',
      'HANDLING',
      'TRANSFERRED',
      'RESOLVED',
      'EVALUATED',
      'CLOSED',
      'REOPENED',
    ];
    const illegal = Object.entries(allowed).flatMap(([name, from]) =>
      statuses
        .filter((status) => !from.includes(status))
        .map((status) => [name as MutationName, status] as const),
    );

    it.each(illegal)(
      '%s from %s answers CONFLICT with the current status and changes nothing',
      async (name, status) => {
        const id = appealsIn.get(status) ?? '';
        const before = await snapshot(id);
        const { error } = await call(name, id, name === 'evaluateAppeal' ? 'gridWorker' : 'admin');
        expect(error?.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: status });
        expect(error?.message).toContain(status);
        expect(await snapshot(id)).toEqual(before);
      },
    );

    it('answers NOT_FOUND for an appeal that does not exist, and BAD_USER_INPUT for a rating out of range', async () => {
      expect(
        (await call('acceptAppeal', '00000000-0000-4000-8000-000000000000', 'admin')).error
          ?.extensions,
      ).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect((await call('acceptAppeal', 'appeal-1', 'admin')).error?.extensions).toMatchObject({
        code: 'NOT_FOUND',
      });
      const id = appealsIn.get('RESOLVED') ?? '';
      const before = await snapshot(id);
      for (const rating of [0, 6])
        expect(
          (await call('evaluateAppeal', id, 'gridWorker', { rating })).error?.extensions,
        ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
      expect(
        (await call('resolveAppeal', appealsIn.get('HANDLING') ?? '', 'admin', { feedback: '  ' }))
          .error?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'feedback' });
      expect(await snapshot(id)).toEqual(before);
    });
  });

  describe('roles', () => {
    let inCell: AppealView;
    let outOfCell: AppealView;
    beforeAll(async () => {
      inCell = await newAppeal('URGENT');
      outOfCell = await newAppeal('URGENT', { enterpriseId: elsewhere?.id ?? '' });
    });

    const mayTake: Record<Exclude<MutationName, 'resolveDuplicate'>, UserName[]> = {
      acceptAppeal: ['gridWorker', 'urbanStaff', 'leader', 'admin'],
      handleAppeal: ['urbanStaff', 'leader', 'admin'],
      transferAppeal: ['urbanStaff', 'leader', 'admin'],
      resolveAppeal: ['urbanStaff', 'leader', 'admin'],
      evaluateAppeal: ['enterprise', 'gridWorker'],
      reopenAppeal: ['supervisor', 'leader', 'admin'],
      closeAppeal: ['gridWorker', 'supervisor', 'admin'],
      addProgressNote: ['gridWorker', 'urbanStaff', 'leader', 'admin'],
      assignLeader: ['leader', 'admin'],
    };
    const everyone = Object.keys(users) as UserName[];
    const wrong = Object.entries(mayTake).flatMap(([name, allowedUsers]) =>
      everyone
        .filter((user) => !allowedUsers.includes(user) && user !== 'marketStaff')
        .map((user) => [name as MutationName, user] as const),
    );

    it.each(wrong)('%s as %s answers FORBIDDEN and changes nothing', async (name, user) => {
      const before = await snapshot(inCell.id);
      const { error } = await call(name, inCell.id, user);
      expect(error?.extensions?.['code']).toBe('FORBIDDEN');
      expect(error?.extensions?.['currentStatus']).toBeUndefined();
      expect(await snapshot(inCell.id)).toEqual(before);
    });

    it.each(Object.keys(MUTATIONS) as MutationName[])(
      '%s without a token answers UNAUTHENTICATED',
      async (name) => {
        const before = await snapshot(inCell.id);
        expect((await call(name, inCell.id, null)).error?.extensions?.['code']).toBe(
          'UNAUTHENTICATED',
        );
        expect(await snapshot(inCell.id)).toEqual(before);
      },
    );

    it('limits scoped roles to their own cell, department and enterprise, saying nothing of the appeal', async () => {
      const before = await snapshot(outOfCell.id);
      for (const [name, user] of [
        ['acceptAppeal', 'gridWorker'],
        ['addProgressNote', 'gridWorker'],
        ['acceptAppeal', 'marketStaff'],
        ['handleAppeal', 'marketStaff'],
        ['evaluateAppeal', 'enterprise'],
        ['evaluateAppeal', 'gridWorker'],
        ['closeAppeal', 'gridWorker'],
        ['resolveDuplicate', 'gridWorker'],
      ] as const) {
        const { error } = await call(name, outOfCell.id, user);
        expect({ name, user, code: error?.extensions?.['code'] }).toEqual({
          name,
          user,
          code: 'FORBIDDEN',
        });
        expect(error?.message).not.toContain(outOfCell.status);
      }
      expect(await snapshot(outOfCell.id)).toEqual(before);
    });
  });

  // Issue 9, attack 5: a LEADER refused appeal(id) put the case on its own ledger, then read it.
  describe('a LEADER acts only on the cases it may already read (its ledger)', () => {
    const readAs = async (id: string, user: UserName) =>
      (
        await postGraphQL<{ appeal: { id: string } }>(
          subgraph.url,
          `query($id: ID!) { appeal(id: $id) { id } }`,
          { id },
          await client.headersOf(user),
        )
      ).body;

    it('refuses assignLeader with its own name on an appeal it cannot read, and every other step, writing nothing', async () => {
      const appeal = await newAppeal('LEDGER');
      expect((await readAs(appeal.id, 'leader')).errors?.[0]?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
      const before = await snapshot(appeal.id);
      const claimed = await call('assignLeader', appeal.id, 'leader', {
        leaderId: null,
        leaderName: null,
      });
      expect(claimed.error?.extensions?.['code']).toBe('FORBIDDEN');
      expect(claimed.appeal).toBeNull();
      for (const name of ['acceptAppeal', 'addProgressNote', 'reopenAppeal'] as const)
        expect((await call(name, appeal.id, 'leader')).error?.extensions?.['code']).toBe(
          'FORBIDDEN',
        );
      expect(await snapshot(appeal.id)).toEqual(before);
      expect((await get(appeal.id)).leaderId).toBeNull();
      expect((await readAs(appeal.id, 'leader')).errors?.[0]?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
    });

    it('acts on a case an ADMIN put on its ledger, and may hand it on, after which it reads it no more', async () => {
      const appeal = await newAppeal('LEDGER');
      await ok('assignLeader', appeal.id, 'admin', { leaderName: users.leader.name });
      expect((await readAs(appeal.id, 'leader')).data?.appeal.id).toBe(appeal.id);
      await ok('acceptAppeal', appeal.id, 'leader');
      const handedOn = await ok('assignLeader', appeal.id, 'leader', {
        leaderId: users.otherLeader.subject,
        leaderName: '区领导 二号',
      });
      expect(handedOn).toMatchObject({
        leaderId: users.otherLeader.subject,
        leaderName: '区领导 二号',
      });
      expect((await readAs(appeal.id, 'leader')).errors?.[0]?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
      expect((await call('handleAppeal', appeal.id, 'leader')).error?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
    });
  });

  it('lets only one of two concurrent transitions win', async () => {
    const appeal = await newAppeal('URGENT');
    const before = (await snapshot(appeal.id)) as {
      entries: number;
      events: number;
      version: number;
    };
    const results = await Promise.all([
      call('acceptAppeal', appeal.id, 'gridWorker'),
      call('acceptAppeal', appeal.id, 'admin'),
    ]);
    expect(
      results
        .map((result) => (result.error?.extensions?.['code'] as string | undefined) ?? 'OK')
        .sort(),
    ).toEqual(['CONFLICT', 'OK']);
    const after = (await snapshot(appeal.id)) as {
      entries: number;
      events: number;
      version: number;
      status: string;
    };
    expect(after).toMatchObject({
      status: 'ACCEPTED',
      entries: before.entries + 1,
      events: before.events + 1,
      version: before.version + 1,
    });

    await ok('handleAppeal', appeal.id, 'admin');
    const racing = await Promise.all([
      call('resolveAppeal', appeal.id, 'admin'),
      call('transferAppeal', appeal.id, 'admin'),
      call('resolveAppeal', appeal.id, 'urbanStaff'),
    ]);
    expect(racing.filter((result) => !result.error)).toHaveLength(1);
    expect(
      racing.filter((result) => result.error?.extensions?.['code'] === 'CONFLICT'),
    ).toHaveLength(2);
  });

  describe('no response to the return visit', () => {
    it('closes a resolved appeal nobody evaluated once its window passes, as NO_RESPONSE, once even with two replicas scanning', async () => {
      const appeal = await newAppeal('URGENT');
      for (const name of ['acceptAppeal', 'handleAppeal', 'resolveAppeal'] as const)
        await ok(name, appeal.id, 'admin');
      const resolved = await get(appeal.id);
      expect(await definition.noResponseCloser.runOnce()).not.toContain(appeal.id);

      now = new Date(new Date(resolved.evaluationDueAt ?? 0).getTime() + 1000);
      const replica = new NoResponseCloser({
        dataSource,
        clock: () => new Date(now),
        logger: createLogger('replica'),
        onEventsCommitted: () => undefined,
      });
      const [first, second] = await Promise.all([
        definition.noResponseCloser.runOnce(),
        replica.runOnce(),
      ]);
      expect([...first, ...second].filter((id) => id === appeal.id)).toHaveLength(1);

      const closed = await get(appeal.id);
      expect(closed).toMatchObject({
        status: 'CLOSED',
        closureReason: 'NO_RESPONSE',
        evaluation: null,
        closedAt: now.toISOString(),
      });
      expect(closed.timeline.filter((entry) => entry.toStatus === 'CLOSED')).toEqual([
        expect.objectContaining({
          fromStatus: 'RESOLVED',
          actor: 'system',
          note: expect.stringContaining('no response (not as satisfied)'),
        }),
      ]);
      const event = assertKnownEvent(await lastTransitionEvent(appeal.id), 'appealClosed');
      expect(event.data).toMatchObject({
        fromStatus: 'RESOLVED',
        toStatus: 'CLOSED',
        actor: 'system',
      });
      expect(
        (await call('evaluateAppeal', appeal.id, 'gridWorker')).error?.extensions,
      ).toMatchObject({ code: 'CONFLICT', currentStatus: 'CLOSED' });
    });
  });

  describe('possible duplicates', () => {
    const title = '厂区东门雨污管道堵塞反复冒水';

    it('flags a similar title from the same enterprise, and KEEP clears the flag', async () => {
      const original = await submit({ enterpriseId: collective.id, title, handlingMode: 'URGENT' });
      expect(original.possibleDuplicateOf).toBeNull();
      advance(DAY_MS);
      const again = await submit({
        enterpriseId: collective.id,
        title: '厂区东门雨污管道堵塞，反复冒水！',
        handlingMode: 'URGENT',
      });
      expect(again.possibleDuplicateOf).toEqual({ id: original.id });
      // Another enterprise's similar title is its own problem.
      const other = await submit({
        enterpriseId: elsewhere?.id ?? '',
        title,
        handlingMode: 'URGENT',
      });
      expect(other.possibleDuplicateOf).toBeNull();

      const kept = await ok('resolveDuplicate', again.id, 'gridWorker', { action: 'KEEP' });
      expect(kept).toMatchObject({ status: 'SUBMITTED', possibleDuplicateOf: null });
      expect(kept.timeline.at(-1)?.note).toContain(original.id);
      expect(
        (await call('resolveDuplicate', again.id, 'gridWorker', { action: 'KEEP' })).error
          ?.extensions,
      ).toMatchObject({ code: 'CONFLICT' });
    });

    it('MERGE closes the duplicate as MERGED, linking the earlier appeal in its timeline', async () => {
      const [earlier] = (await dataSource.query(
        `SELECT id FROM appeal.appeal WHERE title = $1 AND enterprise_id = $2`,
        [title, collective.id],
      )) as Array<{ id: string }>;
      const duplicate = await submit({
        enterpriseId: collective.id,
        title: '厂区东门雨污管道堵塞反复冒水了',
        handlingMode: 'URGENT',
      });
      expect(duplicate.possibleDuplicateOf).not.toBeNull();
      await ok('acceptAppeal', duplicate.id, 'gridWorker');
      const merged = await ok('resolveDuplicate', duplicate.id, 'admin', { action: 'MERGE' });
      expect(merged).toMatchObject({
        status: 'CLOSED',
        closureReason: 'MERGED',
        possibleDuplicateOf: duplicate.possibleDuplicateOf,
      });
      expect(merged.timeline.at(-1)).toMatchObject({
        fromStatus: 'ACCEPTED',
        toStatus: 'CLOSED',
        note: expect.stringContaining(duplicate.possibleDuplicateOf?.id ?? '?'),
      });
      expect([
        earlier?.id,
        ...(
          await dataSource.query(
            `SELECT id FROM appeal.appeal WHERE title = '厂区东门雨污管道堵塞，反复冒水！'`,
          )
        ).map((row: { id: string }) => row.id),
      ]).toContain(duplicate.possibleDuplicateOf?.id);
      expect((await lifecycleTypes(duplicate.id)).at(-1)).toBe('cn.erqi.appeal.closed');
    });

    it('does not look further back than the window (30 days)', async () => {
      advance(31 * DAY_MS);
      const late = await submit({ enterpriseId: collective.id, title, handlingMode: 'URGENT' });
      expect(late.possibleDuplicateOf).toBeNull();
    });
  });
});
