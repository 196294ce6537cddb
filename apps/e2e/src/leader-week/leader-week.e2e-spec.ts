import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { appeals, enterpriseByName, seedLeaders } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

interface Body<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A leader's week through the gateway: its ledger (建账领办, by id), the appeals and projects of an
 * enterprise it liaises with (领导联系企业, learnt by the appeal service from the enterprise registry
 * on the broker), a 调研 visit on a case's timeline, a handling-mode change with its reason, a blank
 * reason refused; another leader sees none of it.
 */
describe("a leader's week", () => {
  const system = systemAddresses();
  const leader = seedUser('LEADER');
  const otherLeader = seedUser('LEADER', (user) => user.login === 'leader-2');
  /** 贾鲁水镇: one of the two enterprises the seed LEADER liaises with. */
  const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');
  let appealId = '';

  const as = async <T>(
    who: 'leader' | 'otherLeader' | 'admin',
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Body<T>> => {
    const user =
      who === 'leader' ? leader : who === 'otherLeader' ? otherLeader : seedUser('ADMIN');
    return (await postGraphQL<T>(system.gatewayUrl, query, variables, await authHeaderFor(user)))
      .body;
  };

  beforeAll(async () => {
    const filed = await as<{ submitAppeal: { id: string } }>(
      'admin',
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: waterTown.id,
          title: '景区停车场扩建用地手续', // sample
          description: '节假日游客车辆无处停放，扩建停车场的用地手续需协调。', // sample
          category: 'CONSTRUCTION',
          channel: 'LEADER_LIAISON',
          handlingMode: 'TRACKED',
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    appealId = filed.data?.submitAppeal.id ?? '';
  });

  it('shows the seed LEADER its ledger by id, and no one else’s', async () => {
    const ledger = appeals
      .filter((appeal) => appeal.leader?.id === seedLeaders.first.id)
      .map((appeal) => appeal.id);
    expect(ledger.length).toBeGreaterThan(0);
    const listed = await as<{ appeals: { nodes: Array<{ id: string; leaderId: string | null }> } }>(
      'leader',
      `{ appeals(first: 100) { nodes { id leaderId } } }`,
    );
    expect(listed.errors).toBeUndefined();
    const ids = (listed.data?.appeals.nodes ?? []).map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(ledger));
    const theirs = await as<{ appeals: { nodes: Array<{ id: string }> } }>(
      'otherLeader',
      `{ appeals(first: 100) { nodes { id } } }`,
    );
    for (const id of ledger)
      expect(theirs.data?.appeals.nodes.map((node) => node.id)).not.toContain(id);
  });

  it('shows the liaison enterprise’s appeals and projects; the other leader is refused', async () => {
    const LIAISON = `query($id: ID!) { enterprise(id: $id) { name appeals { id } projects { id } } }`;
    let seen: string[] = [];
    // The liaison reaches the appeal service on the broker (enterprise.registry); wait for it.
    const deadline = Date.now() + 30_000;
    while (!seen.includes(appealId) && Date.now() < deadline) {
      const body = await as<{ enterprise: { appeals: Array<{ id: string }> } }>('leader', LIAISON, {
        id: waterTown.id,
      });
      expect(body.errors).toBeUndefined();
      seen = (body.data?.enterprise.appeals ?? []).map((appeal) => appeal.id);
      if (!seen.includes(appealId)) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(seen).toContain(appealId);
    const refused = await as('otherLeader', `query($id: ID!) { appeal(id: $id) { id } }`, {
      id: appealId,
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('claims the case, logs a 调研 visit on its timeline, and changes its mode with a reason', async () => {
    const claimed = await as<{ assignLeader: { leaderId: string } }>(
      'leader',
      `mutation($id: ID!) { assignLeader(id: $id) { leaderId } }`,
      { id: appealId },
    );
    expect(claimed.data?.assignLeader.leaderId).toBe(leader.subject);

    const visit = await as<{ logLeaderVisit: { id: string } }>(
      'leader',
      `mutation($input: LogLeaderVisitInput!) { logLeaderVisit(input: $input) { id appealIds } }`,
      {
        input: {
          visitedOn: new Date().toISOString().slice(0, 10),
          place: '贾鲁水镇景区东停车场',
          enterpriseId: waterTown.id,
          findings: '现有车位约两百个，节假日缺口明显', // sample
          appealIds: [appealId],
        },
      },
    );
    expect(visit.errors).toBeUndefined();

    const CHANGE = `mutation($id: ID!, $reason: String!) { changeHandlingMode(appealId: $id, mode: LEDGER, reason: $reason) {
      handlingMode timeline { note } } }`;
    const blank = await as('leader', CHANGE, { id: appealId, reason: ' ' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const changed = await as<{
      changeHandlingMode: { handlingMode: string; timeline: Array<{ note: string }> };
    }>('leader', CHANGE, { id: appealId, reason: '用地涉及多个部门，由领导领办' });
    expect(changed.errors).toBeUndefined();
    const notes = changed.data?.changeHandlingMode.timeline.map((entry) => entry.note) ?? [];
    expect(changed.data?.changeHandlingMode.handlingMode).toBe('LEDGER');
    expect(
      notes.some((note) => note.startsWith('调研: ') && note.includes('贾鲁水镇景区东停车场')),
    ).toBe(true);
    expect(notes.at(-1)).toContain('用地涉及多个部门，由领导领办');
    expect(notes.filter((note) => note.includes('办理方式'))).toHaveLength(1);

    const visits = `{ leaderVisits(first: 10) { totalCount nodes { appealIds } } }`;
    const mine = await as<{ leaderVisits: { totalCount: number } }>('leader', visits);
    expect(mine.data?.leaderVisits.totalCount).toBeGreaterThanOrEqual(1);
    const theirs = await as<{ leaderVisits: { totalCount: number } }>('otherLeader', visits);
    expect(theirs.data?.leaderVisits.totalCount).toBe(0);
  });
});
