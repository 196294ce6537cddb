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
import { enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import {
  ADVISER_COUNT,
  EXPERIENCE_OFFICER_COUNT,
  sampleExperienceOfficers,
  SUPERVISOR_COUNT,
  seedRosters,
} from '../src/roster/roster-seed';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';
import { uniqueTitle, workflowClient } from './workflow-harness';

const DAY_MS = 24 * 60 * 60 * 1000;
const collective = enterpriseByName('河南八方顺亿实业有限公司');
const [officerOne, officerTwo] = sampleExperienceOfficers();
/** An officer whose company is a sample one, not in the registry. */
const sampleOfficer = sampleExperienceOfficers().find((officer) => officer.sampleEnterprise);
type Headers = Record<string, string>;
type GraphQLError = { message: string; extensions?: { code?: string; field?: string } };

describe('三支队伍: rosters, 吐槽大会 and 顾问团 advice', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  // Monday 2024-03-04 10:00 in Zhengzhou; only ever moved forward.
  let now = new Date('2024-03-04T02:00:00.000Z');
  const client = workflowClient(() => subgraph.url);
  const as: Record<string, Headers> = {};

  const graphql = async <TData>(
    query: string,
    variables: Record<string, unknown>,
    headers: Headers,
  ): Promise<{ data: TData | null; error: GraphQLError | null }> => {
    const response = await postGraphQL<TData>(subgraph.url, query, variables, headers);
    return {
      data: response.body.data ?? null,
      error: (response.body.errors?.[0] as GraphQLError | undefined) ?? null,
    };
  };
  const counts = async (): Promise<unknown> => {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM appeal)::int AS appeals,
              (SELECT count(*) FROM roast_session)::int AS sessions,
              (SELECT count(*) FROM roast_complaint)::int AS complaints,
              (SELECT count(*) FROM advice_note)::int AS notes,
              (SELECT count(*) FROM outbox_message)::int AS events`,
    )) as unknown[];
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_teams');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(now), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, new Date('2024-03-01T00:00:00.000Z'));
    await dataSource.transaction((manager) => seedRosters(manager));
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-teams-test'),
    });
    for (const role of [
      'ADMIN',
      'SUPERVISOR',
      'LEADER',
      'ENTERPRISE',
      'EXPERIENCE_OFFICER',
      'ADVISER',
      'DEPARTMENT_STAFF',
    ] as const)
      as[role] = await authHeaderFor(seedUser(role));
    as['MARKET_STAFF'] = await authHeaderFor(
      seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION'),
    );
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  describe('the rosters', () => {
    const SUPERVISORS = `query($after: String) { supervisors(first: 20, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name group termStart termEnd status phone } } }`;
    type Member = { id: string; name: string; phone: string | null };
    type Roster = { totalCount: number; nodes: Member[] };

    it('has the seed’s numbers: 50+ supervisors from several groups, about 30 officers, the panel; paginated with totalCount', async () => {
      const first = await graphql<{ supervisors: Roster & { pageInfo: { endCursor: string } } }>(
        SUPERVISORS,
        {},
        as['ADMIN'] ?? {},
      );
      expect(first.error).toBeNull();
      expect(first.data?.supervisors.totalCount).toBe(SUPERVISOR_COUNT);
      expect(SUPERVISOR_COUNT).toBeGreaterThan(50);
      expect(first.data?.supervisors.nodes).toHaveLength(20);
      const second = await graphql<{ supervisors: Roster }>(
        SUPERVISORS,
        { after: first.data?.supervisors.pageInfo.endCursor },
        as['ADMIN'] ?? {},
      );
      expect(second.data?.supervisors.nodes).toHaveLength(20);
      const groups = await dataSource.query(`SELECT DISTINCT member_group FROM roster_supervisor`);
      expect((groups as unknown[]).length).toBeGreaterThanOrEqual(5);

      const officers = await graphql<{ experienceOfficers: Roster }>(
        `
          {
            experienceOfficers(first: 50) {
              totalCount
              nodes {
                id
                name
                enterpriseId
                enterpriseName
                sampleEnterprise
              }
            }
          }
        `,
        {},
        as['SUPERVISOR'] ?? {},
      );
      expect(officers.data?.experienceOfficers.totalCount).toBe(EXPERIENCE_OFFICER_COUNT);
      const advisers = await graphql<{ advisers: Roster }>(
        `
          {
            advisers {
              totalCount
              nodes {
                name
                expertise
              }
            }
          }
        `,
        {},
        as['LEADER'] ?? {},
      );
      expect(advisers.data?.advisers.totalCount).toBe(ADVISER_COUNT);
    });

    it('shows phones on a need-to-know basis: ADMIN all, a supervisor only its own, a leader masked, others none', async () => {
      const phones = async (role: string) => {
        const result = await graphql<{ supervisors: Roster }>(
          `
            {
              supervisors(first: 100) {
                nodes {
                  name
                  phone
                }
              }
            }
          `,
          {},
          as[role] ?? {},
        );
        expect(result.error).toBeNull();
        return new Map(
          (result.data?.supervisors.nodes ?? []).map((node) => [node.name, node.phone]),
        );
      };
      const admin = await phones('ADMIN');
      expect(admin.get('营商环境监督员 一号')).toBe('13700000001');
      expect(admin.get('营商环境监督员 02号')).toBe('13700000002');

      const supervisor = await phones('SUPERVISOR');
      expect(supervisor.get('营商环境监督员 一号')).toBe('13700000001');
      expect(supervisor.get('营商环境监督员 02号')).toBeNull();
      expect([...supervisor.values()].filter((phone) => phone !== null)).toHaveLength(1);

      const leader = await phones('LEADER');
      expect(leader.get('营商环境监督员 02号')).toBe('137****0002');

      const enterprise = await phones('ENTERPRISE');
      expect([...enterprise.values()].every((phone) => phone === null)).toBe(true);

      const anonymous = await graphql(
        `
          {
            supervisors {
              totalCount
            }
          }
        `,
        {},
        {},
      );
      expect(anonymous.error?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('吐槽大会', () => {
    const createSession = async (headers: Headers, officerIds: string[]) =>
      graphql<{ createRoastSession: { id: string; attendingOfficers: Array<{ name: string }> } }>(
        `
          mutation ($input: CreateRoastSessionInput!) {
            createRoastSession(input: $input) {
              id
              heldOn
              place
              attendingOfficers {
                name
              }
            }
          }
        `,
        {
          input: {
            heldOn: '2024-03-05',
            place: '二七区政务服务中心 三楼会议室',
            attendingOfficerIds: officerIds,
          },
        },
        headers,
      );
    const complain = (sessionId: string, input: Record<string, unknown>, headers: Headers) =>
      graphql<{
        recordRoastComplaint: {
          id: string;
          channel: string;
          status: string;
          dispatches: unknown[];
        };
      }>(
        `
          mutation ($sessionId: ID!, $input: RecordRoastComplaintInput!) {
            recordRoastComplaint(sessionId: $sessionId, input: $input) {
              id
              channel
              status
              dispatches {
                targetCode
              }
            }
          }
        `,
        {
          sessionId,
          input: {
            officerId: officerOne?.id,
            title: uniqueTitle('吐槽: 门前道路长期占道经营'),
            description: '企业门口道路被摊贩长期占用，货车进出困难。',
            category: 'SURROUNDINGS',
            ...input,
          },
        },
        headers,
      );
    const REPORT = `query($id: ID!) { roastSession(id: $id) { id report { complaintCount closedCount
      complaints { appealId officerName title status closedAt } } } }`;
    type Report = {
      complaintCount: number;
      closedCount: number;
      complaints: Array<{
        appealId: string;
        officerName: string;
        status: string;
        closedAt: string | null;
      }>;
    };

    it('runs from the session to closed appeals, and the report follows every complaint to closure', async () => {
      const created = await createSession(as['ADMIN'] ?? {}, [
        officerOne?.id ?? '',
        officerTwo?.id ?? '',
      ]);
      expect(created.error).toBeNull();
      const session = created.data?.createRoastSession;
      if (!session) throw new TypeError('no session');
      expect(session.attendingOfficers.map((officer) => officer.name).sort()).toEqual(
        ['营商环境体验官 02号', '营商环境体验官 一号'].sort(),
      );

      const appealIds: string[] = [];
      for (const officerId of [officerOne?.id, officerTwo?.id]) {
        const recorded = await complain(
          session.id,
          { officerId, enterpriseId: collective.id },
          as['ADMIN'] ?? {},
        );
        expect(recorded.error).toBeNull();
        const appeal = recorded.data?.recordRoastComplaint;
        // The same submission as submitAppeal: dispatched to the lead department at once.
        expect(appeal).toMatchObject({ channel: 'EXPERIENCE_OFFICER', status: 'SUBMITTED' });
        expect(appeal?.dispatches.length).toBeGreaterThan(0);
        appealIds.push(appeal?.id ?? '');
        // The next complaint is recorded a little later, as at a real session: the report lists them in that order.
        now = new Date(now.getTime() + 1_000);
      }
      const submittedEvents = (await dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE message_key = ANY($1) AND headers->>'ce_type' = 'cn.erqi.appeal.submitted'`,
        [appealIds],
      )) as Array<{ n: number }>;
      expect(submittedEvents[0]?.n).toBe(2);

      const before = await graphql<{ roastSession: { report: Report } }>(
        REPORT,
        { id: session.id },
        as['EXPERIENCE_OFFICER'] ?? {},
      );
      expect(before.data?.roastSession.report).toMatchObject({ complaintCount: 2, closedCount: 0 });

      // The first complaint through the existing closed loop to CLOSED.
      const [first = '', second = ''] = appealIds;
      await client.ok('acceptAppeal', first, 'gridWorker');
      await client.ok('handleAppeal', first, 'urbanStaff');
      // 跟踪盯办: a TRACKED appeal resolves after at least one progress note.
      await client.ok('addProgressNote', first, 'urbanStaff');
      await client.ok('resolveAppeal', first, 'urbanStaff');
      await client.ok('evaluateAppeal', first, 'enterprise', { rating: 5 });
      now = new Date(now.getTime() + 60_000);
      await client.ok('closeAppeal', first, 'gridWorker');
      const half = await graphql<{ roastSession: { report: Report } }>(
        REPORT,
        { id: session.id },
        as['SUPERVISOR'] ?? {},
      );
      expect(half.data?.roastSession.report.closedCount).toBe(1);
      expect(half.data?.roastSession.report.complaints.map((c) => c.status)).toEqual([
        'CLOSED',
        'SUBMITTED',
      ]);

      await client.ok('acceptAppeal', second, 'admin');
      await client.ok('handleAppeal', second, 'urbanStaff');
      await client.ok('addProgressNote', second, 'urbanStaff');
      await client.ok('resolveAppeal', second, 'urbanStaff');
      await client.ok('evaluateAppeal', second, 'enterprise', { rating: 4 });
      await client.ok('closeAppeal', second, 'supervisor');
      const after = await graphql<{
        roastSessions: { totalCount: number; nodes: Array<{ id: string; report: Report }> };
      }>(
        `
          {
            roastSessions {
              totalCount
              nodes {
                id
                report {
                  complaintCount
                  closedCount
                  complaints {
                    appealId
                    officerName
                    status
                    closedAt
                  }
                }
              }
            }
          }
        `,
        {},
        as['ADMIN'] ?? {},
      );
      const listed = after.data?.roastSessions.nodes.find((node) => node.id === session.id);
      expect(listed?.report).toMatchObject({ complaintCount: 2, closedCount: 2 });
      expect(listed?.report.complaints.map((c) => [c.appealId, c.officerName])).toEqual([
        [first, '营商环境体验官 一号'],
        [second, '营商环境体验官 02号'],
      ]);
      expect(listed?.report.complaints.every((c) => c.closedAt !== null)).toBe(true);
    });

    it('shows an experience officer only the sessions it attended, in the list, its count and by id', async () => {
      const attended = await createSession(as['ADMIN'] ?? {}, [officerOne?.id ?? '']);
      const elsewhere = await createSession(as['ADMIN'] ?? {}, [officerTwo?.id ?? '']);
      const attendedId = attended.data?.createRoastSession.id ?? '';
      const elsewhereId = elsewhere.data?.createRoastSession.id ?? '';
      const LIST = `{ roastSessions(first: 100) { totalCount nodes { id } } }`;
      type Listed = { roastSessions: { totalCount: number; nodes: Array<{ id: string }> } };
      const mine = await graphql<Listed>(LIST, {}, as['EXPERIENCE_OFFICER'] ?? {});
      const ids = mine.data?.roastSessions.nodes.map((node) => node.id) ?? [];
      expect(ids).toContain(attendedId);
      expect(ids).not.toContain(elsewhereId);
      const [counted] = (await dataSource.query(
        `SELECT count(*)::int AS "attendedCount" FROM roast_session s
          WHERE $1::uuid = ANY(s.attending_officer_ids)`,
        [officerOne?.id],
      )) as Array<{ attendedCount: number }>;
      expect(mine.data?.roastSessions.totalCount).toBe(counted?.attendedCount);

      const one = `query($id: ID!) { roastSession(id: $id) { id place } }`;
      const own = await graphql<{ roastSession: { id: string } }>(
        one,
        { id: attendedId },
        as['EXPERIENCE_OFFICER'] ?? {},
      );
      expect(own.data?.roastSession.id).toBe(attendedId);
      const other = await graphql<{ roastSession: { id: string } }>(
        one,
        { id: elsewhereId },
        as['EXPERIENCE_OFFICER'] ?? {},
      );
      expect(other).toMatchObject({ data: null, error: { extensions: { code: 'FORBIDDEN' } } });
      // The office and the supervisors still read every session.
      const all = await graphql<Listed>(LIST, {}, as['SUPERVISOR'] ?? {});
      expect(all.data?.roastSessions.nodes.map((node) => node.id)).toEqual(
        expect.arrayContaining([attendedId, elsewhereId]),
      );
    });

    it('refuses a complaint without a real session, from an officer not attending, or by a non-organiser, writing nothing', async () => {
      const created = await createSession(as['ADMIN'] ?? {}, [officerOne?.id ?? '']);
      const sessionId = created.data?.createRoastSession.id ?? '';
      const before = await counts();

      const noSession = await complain(
        '3f1c1d34-4e7a-4c62-9f0c-3d0d3e0b1a11',
        {},
        as['ADMIN'] ?? {},
      );
      expect(noSession.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'sessionId',
      });
      const garbage = await complain('not-a-session', {}, as['ADMIN'] ?? {});
      expect(garbage.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'sessionId',
      });
      const notAttending = await complain(
        sessionId,
        { officerId: officerTwo?.id },
        as['ADMIN'] ?? {},
      );
      expect(notAttending.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'officerId',
      });
      const badCategory = await complain(sessionId, { category: 'NO_SUCH' }, as['ADMIN'] ?? {});
      expect(badCategory.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'category',
      });
      const byOfficer = await complain(sessionId, {}, as['EXPERIENCE_OFFICER'] ?? {});
      expect(byOfficer.error?.extensions?.code).toBe('FORBIDDEN');
      const noOfficers = await createSession(as['ADMIN'] ?? {}, []);
      expect(noOfficers.error?.extensions?.code).toBe('BAD_USER_INPUT');
      const unknownOfficer = await createSession(as['ADMIN'] ?? {}, [
        '3f1c1d34-4e7a-4c62-9f0c-3d0d3e0b1a11',
      ]);
      expect(unknownOfficer.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'attendingOfficerIds',
      });
      expect(await counts()).toEqual(before);
    });

    it('names the enterprise when the officer’s company is a sample one', async () => {
      if (!sampleOfficer) throw new TypeError('no sample officer');
      const created = await createSession(as['ADMIN'] ?? {}, [sampleOfficer.id]);
      const before = await counts();
      const result = await complain(
        created.data?.createRoastSession.id ?? '',
        { officerId: sampleOfficer.id },
        as['ADMIN'] ?? {},
      );
      expect(result.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'enterpriseId',
      });
      expect(await counts()).toEqual(before);
    });

    it('lets an experience officer file from its own experience, for its own enterprise only', async () => {
      const submit = (enterpriseId: string) =>
        graphql<{ submitAppeal: { channel: string } }>(
          `
            mutation ($input: SubmitAppealInput!) {
              submitAppeal(input: $input) {
                channel
              }
            }
          `,
          {
            input: {
              enterpriseId,
              title: uniqueTitle('办理许可证时窗口要求重复提交材料'),
              description: '体验办事流程时发现的问题。',
              category: 'SURROUNDINGS',
              channel: 'EXPERIENCE_OFFICER',
              handlingMode: 'TRACKED',
            },
          },
          as['EXPERIENCE_OFFICER'] ?? {},
        );
      const own = await submit(collective.id);
      expect(own.error).toBeNull();
      expect(own.data?.submitAppeal.channel).toBe('EXPERIENCE_OFFICER');
      const other = await submit(enterpriseByName('郑州晨雨食品有限公司').id);
      expect(other.error?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('顾问团 advice', () => {
    const NOTE = `id departmentCode respondBy response respondedBy escalatedAt`;
    const write = (input: Record<string, unknown>, headers = as['ADVISER'] ?? {}) =>
      graphql<{ writeAdviceNote: { id: string; escalatedAt: string | null } }>(
        `mutation($input: WriteAdviceNoteInput!) { writeAdviceNote(input: $input) { ${NOTE} } }`,
        {
          input: {
            departmentCode: 'MARKET_REGULATION',
            title: '关于推行包容审慎监管清单的建议',
            content: '建议对首次轻微违法行为建立免罚清单，并向企业公开。',
            respondBy: new Date(now.getTime() + 10 * DAY_MS).toISOString(),
            ...input,
          },
        },
        headers,
      );
    const overdueEvents = async (noteId: string): Promise<number> => {
      const rows = (await dataSource.query(
        `SELECT topic, headers, payload FROM outbox_message WHERE message_key = $1`,
        [noteId],
      )) as Array<{ topic: string; headers: Record<string, string>; payload: string }>;
      for (const row of rows) {
        expect(row.topic).toBe('supervision.escalations');
        assertKnownEvent(
          fromKafkaRecord({ value: row.payload, headers: row.headers }),
          'adviceNoteOverdue',
        );
      }
      return rows.length;
    };

    it('escalates an unanswered note once when overdue; the answered one never', async () => {
      const unanswered = (await write({})).data?.writeAdviceNote;
      const answered = (await write({ title: '关于优化个体户登记流程的建议' })).data
        ?.writeAdviceNote;
      if (!unanswered || !answered) throw new TypeError('no notes');

      const respond = (id: string, headers: Headers) =>
        graphql<{ respondToAdviceNote: { response: string; respondedBy: string } }>(
          `mutation($id: ID!, $response: String!) { respondToAdviceNote(id: $id, response: $response) { ${NOTE} } }`,
          { id, response: '已研究，拟于下月出台免罚清单。' },
          headers,
        );
      expect(
        (await respond(answered.id, as['DEPARTMENT_STAFF'] ?? {})).error?.extensions?.code,
      ).toBe('FORBIDDEN');
      const responded = await respond(answered.id, as['MARKET_STAFF'] ?? {});
      expect(responded.error).toBeNull();
      expect(responded.data?.respondToAdviceNote.response).toBe('已研究，拟于下月出台免罚清单。');
      expect((await respond(answered.id, as['MARKET_STAFF'] ?? {})).error?.extensions?.code).toBe(
        'CONFLICT',
      );

      expect(await definition.adviceEscalator.runOnce()).toEqual([]);
      now = new Date(now.getTime() + 11 * DAY_MS);
      expect(await definition.adviceEscalator.runOnce()).toEqual([unanswered.id]);
      expect(await definition.adviceEscalator.runOnce()).toEqual([]);
      now = new Date(now.getTime() + DAY_MS);
      expect(await definition.adviceEscalator.runOnce()).toEqual([]);
      expect(await overdueEvents(unanswered.id)).toBe(1);
      expect(await overdueEvents(answered.id)).toBe(0);

      const seen = await graphql<{ adviceNote: { escalatedAt: string | null } }>(
        `query($id: ID!) { adviceNote(id: $id) { ${NOTE} } }`,
        { id: unanswered.id },
        as['SUPERVISOR'] ?? {},
      );
      expect(seen.data?.adviceNote.escalatedAt).not.toBeNull();
    });

    it('shows an adviser its own notes and a department the notes addressed to it', async () => {
      const list = async (role: string) =>
        (
          await graphql<{ adviceNotes: { totalCount: number } }>(
            `
              {
                adviceNotes {
                  totalCount
                  nodes {
                    id
                  }
                }
              }
            `,
            {},
            as[role] ?? {},
          )
        ).data?.adviceNotes.totalCount;
      const all = await list('ADMIN');
      expect(all).toBeGreaterThan(0);
      expect(await list('ADVISER')).toBe(all);
      expect(await list('MARKET_STAFF')).toBe(all);
      expect(await list('DEPARTMENT_STAFF')).toBe(0);
      const refused = await graphql(
        `
          {
            adviceNotes {
              totalCount
            }
          }
        `,
        {},
        as['ENTERPRISE'] ?? {},
      );
      expect(refused.error?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses advice without a known department or by someone not on the panel, writing nothing', async () => {
      const before = await counts();
      const unknown = await write({ departmentCode: 'NO_SUCH_BUREAU' });
      expect(unknown.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'departmentCode',
      });
      const blank = await write({ departmentCode: ' ' });
      expect(blank.error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'departmentCode',
      });
      const past = await write({ respondBy: new Date(now.getTime() - DAY_MS).toISOString() });
      expect(past.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'respondBy' });
      const bySupervisor = await write({}, as['SUPERVISOR'] ?? {});
      expect(bySupervisor.error?.extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });
  });
});
