import { seedUser } from '@erqi/shared/util-seed-tokens';
import { collectiveEnterprise, enterpriseByName, stableId } from '@erqi/shared/util-seed-fixtures';
import { factoryHallProject } from '../src/seed';
import {
  ALL_ROLES,
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  marketStaff,
  startEnterpriseTestServer,
  urbanStaff,
  type Who,
} from './enterprise-test-server';

interface ProjectView {
  id: string;
  name: string;
  departmentCodes: string[];
  enterprise: { id: string };
  butler: { subjectId: string; name: string };
  projectContact: { name: string; phone: string };
  ledger: Array<{
    id: string;
    title: string;
    status: string;
    raisedBy: string;
    departmentCode: string | null;
    note: string | null;
  }>;
}

const FIELDS =
  'id name departmentCodes enterprise { id } butler { subjectId name } projectContact { name phone } ledger { id title status raisedBy departmentCode note }';
const PROJECT = `query($id: ID!) { project(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const ADD_ITEM = `mutation($projectId: ID!, $input: AddProjectLedgerItemInput!) { addProjectLedgerItem(projectId: $projectId, input: $input) { id title status raisedBy departmentCode } }`;
const UPDATE_ITEM = `mutation($id: ID!, $status: ProjectLedgerStatus!, $note: String) { updateProjectLedgerItem(id: $id, status: $status, note: $note) { id status note updatedBy } }`;
const MY_PROJECTS = `query($first: Int!, $after: String) { myProjects(first: $first, after: $after) { nodes { id name } totalCount pageInfo { hasNextPage endCursor } } }`;

describe('项目管家 (project butlers, 1+1+N) on PostgreSQL', () => {
  let server: EnterpriseTestServer;
  const butler = seedUser('LEADER');
  const other = enterpriseByName('郑州凯旋路物流有限公司');
  let projectId = '';

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: '八方顺亿 仓储物流中心扩建',
    enterpriseId: collectiveEnterprise.id,
    butlerSubjectId: butler.subject,
    butlerName: butler.name,
    contactName: '扩建项目 王工',
    contactPhone: '13900000042',
    departmentCodes: ['URBAN_MANAGEMENT', 'HOUSING_CONSTRUCTION'],
    ...overrides,
  });

  beforeAll(async () => {
    server = await startEnterpriseTestServer('project');
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('createProject', () => {
    it('is for ADMIN only', async () => {
      for (const role of ALL_ROLES.filter((candidate) => candidate !== 'ADMIN')) {
        expect(errorCode(await server.gql(role, CREATE, { input: input() }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql('anonymous', CREATE, { input: input() }))).toBe(
        'UNAUTHENTICATED',
      );
      const created = await server.gql<{ createProject: ProjectView }>('ADMIN', CREATE, {
        input: input(),
      });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createProject).toMatchObject({
        name: '八方顺亿 仓储物流中心扩建',
        enterprise: { id: collectiveEnterprise.id },
        butler: { subjectId: butler.subject, name: butler.name },
        projectContact: { name: '扩建项目 王工', phone: '13900000042' },
        departmentCodes: ['URBAN_MANAGEMENT', 'HOUSING_CONSTRUCTION'],
        ledger: [],
      });
      projectId = created.data?.createProject.id ?? '';
    });

    it.each([
      ['departmentCodes', { departmentCodes: [] }],
      ['departmentCodes', { departmentCodes: ['URBAN_MANAGEMENT', 'URBAN_MANAGEMENT'] }],
      ['departmentCodes', { departmentCodes: ['城管局'] }],
      ['contactPhone', { contactPhone: '0371-6888888' }],
      ['name', { name: ' ' }],
    ])('rejects a bad %s', async (field, overrides) => {
      const response = await server.gql('ADMIN', CREATE, { input: input(overrides) });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('answers NOT_FOUND for an enterprise that does not exist', async () => {
      const response = await server.gql('ADMIN', CREATE, {
        input: input({ enterpriseId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'enterpriseId',
      });
    });
  });

  describe('reading projects', () => {
    it('shows a project to ADMIN, SUPERVISOR, its butler, its enterprise and its departments', async () => {
      for (const who of ['ADMIN', 'SUPERVISOR', butler, 'ENTERPRISE', urbanStaff()] as Who[]) {
        const response = await server.gql<{ project: ProjectView }>(who, PROJECT, {
          id: projectId,
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.project.id).toBe(projectId);
      }
    });

    it('is FORBIDDEN to other departments, roles and enterprises, also through _entities', async () => {
      for (const who of [
        marketStaff(),
        'GRID_WORKER',
        'VOLUNTEER_LEAD',
        enterpriseUserOf(other.id),
      ] as Who[]) {
        const response = await server.gql(who, PROJECT, { id: projectId });
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(response.data).toBeNull();
        const viaEntities = await server.gql(
          who,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { name projectContact { phone } } } }`,
          {
            r: [{ __typename: 'Project', id: projectId }],
          },
          { viaGateway: true },
        );
        expect(errorCode(viaEntities)).toBe('FORBIDDEN');
        expect(JSON.stringify(viaEntities.data)).not.toMatch(/仓储|1390/);
      }
      expect(errorCode(await server.gql('anonymous', PROJECT, { id: projectId }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        errorCode(
          await server.gql('ADMIN', PROJECT, { id: '00000000-0000-4000-8000-000000000000' }),
        ),
      ).toBe('NOT_FOUND');
    });

    it("masks the project contact's phone for everyone but ADMIN, the butler and the enterprise", async () => {
      const phoneFor = async (who: Who) =>
        (await server.gql<{ project: ProjectView }>(who, PROJECT, { id: projectId })).data?.project
          .projectContact.phone;
      for (const who of ['ADMIN', butler, 'ENTERPRISE'] as Who[])
        expect(await phoneFor(who)).toBe('13900000042');
      for (const who of ['SUPERVISOR', urbanStaff()] as Who[])
        expect(await phoneFor(who)).toBe('139****0042');
      const seeded = await server.gql<{ project: ProjectView }>('SUPERVISOR', PROJECT, {
        id: factoryHallProject.id,
      });
      expect(seeded.data?.project.projectContact.phone).toBe('138****0001');
    });

    it("lists the butler's own projects in myProjects, and nothing for others", async () => {
      const mine = await server.gql<{
        myProjects: { nodes: Array<{ id: string }>; totalCount: number };
      }>(butler, MY_PROJECTS, { first: 10 });
      expect(mine.data?.myProjects.nodes.map((node) => node.id)).toEqual([projectId]);
      const admins = await server.gql<{
        myProjects: { nodes: Array<{ id: string; name: string }> };
      }>('ADMIN', MY_PROJECTS, { first: 10 });
      expect(admins.data?.myProjects.nodes.map((node) => node.id)).toEqual([factoryHallProject.id]);
      expect(
        (
          await server.gql<{ myProjects: { totalCount: number } }>(marketStaff(), MY_PROJECTS, {
            first: 10,
          })
        ).data?.myProjects.totalCount,
      ).toBe(0);
      expect(errorCode(await server.gql('anonymous', MY_PROJECTS, { first: 10 }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('lists on Enterprise.projects only the projects the caller may see', async () => {
      const projectsFor = async (who: Who) =>
        (
          await server.gql<{ enterprise: { projects: Array<{ id: string }> } }>(
            who,
            `query($id: ID!) { enterprise(id: $id) { projects { id } } }`,
            { id: collectiveEnterprise.id },
          )
        ).data?.enterprise.projects.map((project) => project.id);
      for (const who of ['ADMIN', 'SUPERVISOR', 'ENTERPRISE'] as Who[])
        expect((await projectsFor(who))?.sort()).toEqual([factoryHallProject.id, projectId].sort());
      expect(await projectsFor(urbanStaff())).toEqual([projectId]);
      // The butler is the seed LEADER, which liaises with the enterprise (领导联系企业): it sees both.
      expect((await projectsFor(butler))?.sort()).toEqual(
        [factoryHallProject.id, projectId].sort(),
      );
      expect(
        await projectsFor({ ...butler, subject: stableId('user', 'leader-unrelated') }),
      ).toEqual(undefined);
      for (const who of [marketStaff(), 'GRID_WORKER'] as Who[])
        expect(await projectsFor(who)).toEqual([]);
      // Another enterprise may not see this enterprise at all, let alone its projects.
      expect(
        errorCode(
          await server.gql(
            enterpriseUserOf(other.id),
            `query($id: ID!) { enterprise(id: $id) { projects { id } } }`,
            { id: collectiveEnterprise.id },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await server.gql(
            'anonymous',
            `query($id: ID!) { enterprise(id: $id) { projects { id } } }`,
            { id: collectiveEnterprise.id },
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    });

    it('lists 重点项目 in keyProjects: a LEADER those of the enterprises it liaises with, ADMIN and SUPERVISOR all', async () => {
      const KEY_PROJECTS = `query($first: Int!) { keyProjects(first: $first) { totalCount nodes { id name keyProject } } }`;
      const keyFor = async (who: Who) =>
        (
          await server.gql<{ keyProjects: { nodes: Array<{ id: string; keyProject: boolean }> } }>(
            who,
            KEY_PROJECTS,
            { first: 10 },
          )
        ).data?.keyProjects.nodes.map((node) => node.id);
      // A second key project, of an enterprise the seed LEADER does not liaise with.
      const elsewhere = await server.gql<{ createProject: { id: string; keyProject: boolean } }>(
        'ADMIN',
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id keyProject } }`,
        {
          input: input({
            name: '凯旋路物流 冷链仓库项目', // sample
            enterpriseId: other.id,
            butlerSubjectId: stableId('user', 'butler-cold-chain'),
            keyProject: true,
          }),
        },
      );
      expect(elsewhere.errors).toBeUndefined();
      const elsewhereId = elsewhere.data?.createProject.id ?? '';
      expect(elsewhere.data?.createProject.keyProject).toBe(true);
      // The seed's factory hall is key; the warehouse project made above (keyProject left out) is not.
      expect(await keyFor(butler)).toEqual([factoryHallProject.id]);
      for (const who of ['ADMIN', 'SUPERVISOR'] as Who[])
        expect((await keyFor(who))?.sort()).toEqual([factoryHallProject.id, elsewhereId].sort());
      expect(await keyFor({ ...butler, subject: stableId('user', 'leader-unrelated') })).toEqual(
        [],
      );
      expect(await keyFor(marketStaff())).toEqual([]);
      expect(errorCode(await server.gql('anonymous', KEY_PROJECTS, { first: 10 }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('seeds the factory hall of 河南八方顺亿实业有限公司 with three departments', async () => {
      const seeded = await server.gql<{ project: ProjectView }>('ADMIN', PROJECT, {
        id: factoryHallProject.id,
      });
      expect(seeded.data?.project).toMatchObject({
        enterprise: { id: collectiveEnterprise.id },
        departmentCodes: [
          'HOUSING_CONSTRUCTION',
          'ADMINISTRATIVE_APPROVAL',
          'EMERGENCY_MANAGEMENT',
        ],
        butler: { subjectId: seedUser('ADMIN').subject },
      });
    });
  });

  describe('the project ledger', () => {
    let itemId = '';

    it('takes issues from the butler, the enterprise and ADMIN, and from nobody else', async () => {
      server.setNow('2024-03-11T02:00:00Z');
      const raised = await server.gql<{
        addProjectLedgerItem: { id: string; status: string; raisedBy: string };
      }>(butler, ADD_ITEM, {
        projectId,
        input: { title: '施工许可证办理进度慢', departmentCode: 'URBAN_MANAGEMENT' },
      });
      expect(raised.errors).toBeUndefined();
      expect(raised.data?.addProjectLedgerItem).toMatchObject({
        status: 'OPEN',
        raisedBy: `LEADER:${butler.name}`,
      });
      itemId = raised.data?.addProjectLedgerItem.id ?? '';
      for (const [index, who] of (['ENTERPRISE', 'ADMIN'] as Who[]).entries()) {
        server.setNow(new Date(Date.parse('2024-03-11T03:00:00Z') + index * 60_000));
        expect(
          (
            await server.gql(who, ADD_ITEM, {
              projectId,
              input: { title: `${String(who)} 提出的问题` },
            })
          ).errors,
        ).toBeUndefined();
      }
      const anotherLeader: Who = {
        subject: stableId('user', 'leader-2'),
        role: 'LEADER',
        name: '区领导 二号',
      };
      for (const who of [
        'SUPERVISOR',
        'GRID_WORKER',
        'VOLUNTEER_LEAD',
        urbanStaff(),
        enterpriseUserOf(other.id),
        anotherLeader,
      ] as Who[]) {
        expect(
          errorCode(await server.gql(who, ADD_ITEM, { projectId, input: { title: '越权' } })),
        ).toBe('FORBIDDEN');
      }
      expect(
        errorCode(await server.gql('anonymous', ADD_ITEM, { projectId, input: { title: '匿名' } })),
      ).toBe('UNAUTHENTICATED');
      const wrongDepartment = await server.gql(butler, ADD_ITEM, {
        projectId,
        input: { title: '消防验收', departmentCode: 'EMERGENCY_MANAGEMENT' },
      });
      expect(wrongDepartment.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'departmentCode',
      });
      expect(wrongDepartment.errors?.[0]?.message).toMatch(
        /URBAN_MANAGEMENT, HOUSING_CONSTRUCTION/,
      );
      expect(
        errorCode(
          await server.gql('ADMIN', ADD_ITEM, {
            projectId: '00000000-0000-4000-8000-000000000000',
            input: { title: 'x' },
          }),
        ),
      ).toBe('NOT_FOUND');
    });

    it("moves an item OPEN → IN_PROGRESS → DONE by its department's staff and the butler only", async () => {
      for (const who of [
        'ADMIN',
        'ENTERPRISE',
        'SUPERVISOR',
        'GRID_WORKER',
        'VOLUNTEER_LEAD',
        marketStaff(),
      ] as Who[]) {
        expect(
          errorCode(await server.gql(who, UPDATE_ITEM, { id: itemId, status: 'IN_PROGRESS' })),
        ).toBe('FORBIDDEN');
      }
      expect(
        errorCode(
          await server.gql('anonymous', UPDATE_ITEM, { id: itemId, status: 'IN_PROGRESS' }),
        ),
      ).toBe('UNAUTHENTICATED');
      const started = await server.gql<{
        updateProjectLedgerItem: { status: string; updatedBy: string };
      }>(urbanStaff(), UPDATE_ITEM, { id: itemId, status: 'IN_PROGRESS', note: '已联系窗口' });
      expect(started.data?.updateProjectLedgerItem).toMatchObject({
        status: 'IN_PROGRESS',
        updatedBy: `DEPARTMENT_STAFF:${urbanStaff().name}`,
      });
      const again = await server.gql(urbanStaff(), UPDATE_ITEM, {
        id: itemId,
        status: 'IN_PROGRESS',
      });
      expect(errorCode(again)).toBe('CONFLICT');
      const done = await server.gql<{ updateProjectLedgerItem: { status: string; note: string } }>(
        butler,
        UPDATE_ITEM,
        { id: itemId, status: 'DONE', note: ' 许可证已发放 ' },
      );
      expect(done.data?.updateProjectLedgerItem).toMatchObject({
        status: 'DONE',
        note: '许可证已发放',
      });
      const skipBack = await server.gql(butler, UPDATE_ITEM, { id: itemId, status: 'OPEN' });
      expect(errorCode(skipBack)).toBe('CONFLICT');
      expect(skipBack.errors?.[0]?.message).toMatch(/cannot go from DONE to OPEN/);
      const ledger = (
        await server.gql<{ project: ProjectView }>(butler, PROJECT, { id: projectId })
      ).data?.project.ledger;
      expect(ledger?.map((entry) => entry.title)).toEqual([
        '施工许可证办理进度慢',
        'ENTERPRISE 提出的问题',
        'ADMIN 提出的问题',
      ]);
      expect(ledger?.[0]).toMatchObject({
        id: itemId,
        title: '施工许可证办理进度慢',
        status: 'DONE',
        note: '许可证已发放',
        departmentCode: 'URBAN_MANAGEMENT',
      });
      expect(ledger).toHaveLength(3);
      expect(
        errorCode(
          await server.gql(butler, UPDATE_ITEM, {
            id: '00000000-0000-4000-8000-000000000000',
            status: 'DONE',
          }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('lets no department staff update an item that names no department, but the butler may', async () => {
      const item = (
        await server.gql<{ project: ProjectView }>('ADMIN', PROJECT, { id: projectId })
      ).data?.project.ledger.find((entry) => entry.departmentCode === null);
      expect(
        errorCode(
          await server.gql(urbanStaff(), UPDATE_ITEM, { id: item?.id, status: 'IN_PROGRESS' }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        (await server.gql(butler, UPDATE_ITEM, { id: item?.id, status: 'IN_PROGRESS' })).errors,
      ).toBeUndefined();
    });
  });
});
