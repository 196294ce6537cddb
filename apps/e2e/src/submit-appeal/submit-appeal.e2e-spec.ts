import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { collectiveEnterprise, enterprises } from '@erqi/shared/util-seed-fixtures';
import { systemAddresses } from '../support/system-file';

/** An enterprise files an appeal through the gateway (郑好拍); bad input is refused and writes nothing. */
describe('submitting an appeal through the gateway', () => {
  const system = systemAddresses();
  // The collective enterprise files through 郑好拍 (ENTERPRISE_APP); the supervisor counts all appeals.
  // Bad input is tried by a hotline operator (ADMIN), who may file for any enterprise.
  let enterprise: Record<string, string>;
  let supervisor: Record<string, string>;
  let operator: Record<string, string>;
  beforeAll(async () => {
    enterprise = await authHeaderFor(seedUser('ENTERPRISE'));
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
    operator = await authHeaderFor(seedUser('ADMIN'));
  });

  const SUBMIT = `mutation Submit($input: SubmitAppealInput!) {
    submitAppeal(input: $input) {
      id status handlingMode channel dueAt
      enterprise { name }
      gridCell { code volunteerTeams { code } }
      timeline { toStatus note }
    }
  }`;

  const validInput = {
    enterpriseId: collectiveEnterprise.id,
    title: '厂区门口路灯损坏',
    description: '晚班工人下班路段无照明，请协调维修。',
    category: 'SURROUNDINGS',
    channel: 'ENTERPRISE_APP',
    handlingMode: 'URGENT',
  };

  async function appealCount(): Promise<number> {
    const { body } = await postGraphQL<{ appeals: { totalCount: number } }>(
      system.gatewayUrl,
      `{ appeals(first: 1) { totalCount } }`,
      {},
      supervisor,
    );
    return body.data?.appeals.totalCount ?? Number.NaN;
  }

  it('files the appeal in the enterprise’s cell with a deadline and a first timeline entry', async () => {
    const before = await appealCount();
    const { body } = await postGraphQL<{
      submitAppeal: {
        id: string;
        status: string;
        dueAt: string;
        enterprise: { name: string };
        gridCell: { code: string; volunteerTeams: Array<{ code: string }> };
        timeline: Array<{ toStatus: string; note: string }>;
      };
    }>(system.gatewayUrl, SUBMIT, { input: validInput }, enterprise);
    expect(body.errors).toBeUndefined();
    const appeal = body.data?.submitAppeal;
    expect(appeal?.status).toBe('SUBMITTED');
    expect(appeal?.enterprise.name).toBe(collectiveEnterprise.name);
    expect(appeal?.gridCell.code).toBe('BGM-E01');
    // 集中受理, then 派发 to the lead department (SURROUNDINGS: urban management) and the others.
    expect(appeal?.timeline.map((entry) => entry.toStatus)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(appeal?.timeline[1]?.note).toMatch(/^派发: dispatched to URBAN_MANAGEMENT \(lead\)/);
    expect(new Date(appeal?.dueAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect(await appealCount()).toBe(before + 1);

    const { body: readBack } = await postGraphQL<{
      enterprise: { appeals: Array<{ id: string }> };
    }>(
      system.gatewayUrl,
      `query($id: ID!) { enterprise(id: $id) { appeals { id } } }`,
      { id: collectiveEnterprise.id },
      enterprise,
    );
    expect(readBack.data?.enterprise.appeals.map((item) => item.id)).toContain(appeal?.id);
  });

  it.each([
    ['an empty title', { title: '   ' }, 'BAD_USER_INPUT', 'title'],
    ['an unknown category', { category: 'NO_SUCH_CATEGORY' }, 'BAD_USER_INPUT', 'category'],
    // appeal answers from its copy of the enterprise registry: an id it has not (yet) heard of may be one registered a moment ago.
    [
      'an enterprise not (yet) known',
      { enterpriseId: '00000000-0000-4000-8000-000000000000' },
      'NOT_YET_KNOWN',
      'enterpriseId',
    ],
    [
      'an enterprise id that is not one',
      { enterpriseId: 'acme' },
      'BAD_USER_INPUT',
      'enterpriseId',
    ],
    // Issue 9, attacks 6 and 8: a NUL came back as INTERNAL_SERVER_ERROR; an invisible title was filed.
    ['a NUL in the title', { title: '路灯\u0000坏了' }, 'BAD_USER_INPUT', 'title'],
    [
      'a NUL in the description',
      { description: '晚班\u0000无照明' },
      'BAD_USER_INPUT',
      'description',
    ],
    ['a title of one zero-width space', { title: '\u200B' }, 'BAD_USER_INPUT', 'title'],
  ])('refuses %s with %s on %s and writes nothing', async (_case, change, code, field) => {
    const before = await appealCount();
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      SUBMIT,
      { input: { ...validInput, ...change } },
      operator,
    );
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(body.errors?.[0]?.message).toMatch(/\S{4,}/);
    expect(body.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
    expect(await appealCount()).toBe(before);
  });

  it('refuses an enterprise filing for another enterprise, and writes nothing', async () => {
    const before = await appealCount();
    const { body } = await postGraphQL(
      system.gatewayUrl,
      SUBMIT,
      { input: { ...validInput, enterpriseId: enterprises[5]?.id } },
      enterprise,
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await appealCount()).toBe(before);
  });

  it('refuses a channel that does not exist before reaching any subgraph', async () => {
    const before = await appealCount();
    const { body } = await postGraphQL(
      system.gatewayUrl,
      SUBMIT,
      { input: { ...validInput, channel: 'FAX' } },
      enterprise,
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('FAX');
    expect(await appealCount()).toBe(before);
  });
});
