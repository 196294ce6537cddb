import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { createLogger } from '@erqi/shared/util-logging';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

// Every role is asked in turn, on a machine other suites share: generous, not timed.
jest.setTimeout(60_000);

const NOW = new Date('2024-03-04T02:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
type Headers = Record<string, string>;

interface RuleView {
  code: string;
  kind: string;
  text: string;
  fromSource: boolean;
}
interface RulePage {
  conductRules: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: RuleView[];
  };
}

describe('十不准 / 十必须: the rule catalogue, and supervision findings citing it', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  const metrics = new ServiceMetrics('appeal');
  let supervisor: Headers;

  const graphql = <TData>(query: string, variables: Record<string, unknown>, headers: Headers) =>
    postGraphQL<TData>(subgraph.url, query, variables, headers);
  const rulesQuery = `query($kind: ConductRuleKind, $first: Int, $after: String) {
    conductRules(kind: $kind, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { code kind text fromSource } } }`;

  beforeAll(async () => {
    database = await createTestDatabase('appeal_conduct_rules');
    const definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { metrics, clock: () => new Date(NOW), options: fixtureDirectories() },
      ),
    );
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-test'),
    });
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('lists ten prohibitions and ten obligations, a page at a time, the source’s own marked', async () => {
    const enterprise = await authHeaderFor(seedUser('ENTERPRISE'));
    const first = (await graphql<RulePage>(rulesQuery, { first: 15 }, enterprise)).body.data
      ?.conductRules;
    expect(first?.totalCount).toBe(20);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await graphql<RulePage>(
        rulesQuery,
        { first: 15, after: first?.pageInfo.endCursor },
        enterprise,
      )
    ).body.data?.conductRules;
    const all = [...(first?.nodes ?? []), ...(rest?.nodes ?? [])];
    expect(all.map((rule) => rule.code)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `NO-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 10 }, (_, i) => `MUST-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(all.filter((rule) => rule.fromSource)).toEqual([
      expect.objectContaining({ code: 'NO-01', text: '不准政务服务事项超出清单审批、变相审批' }),
      expect.objectContaining({ code: 'NO-02', kind: 'PROHIBITION' }),
      expect.objectContaining({ code: 'MUST-01', text: '必须实行清单管理，做到审批服务“零超时”' }),
      expect.objectContaining({ code: 'MUST-02', kind: 'OBLIGATION' }),
    ]);
    const obligations = (await graphql<RulePage>(rulesQuery, { kind: 'OBLIGATION' }, enterprise))
      .body.data?.conductRules;
    expect(obligations?.totalCount).toBe(10);
    expect(obligations?.nodes.every((rule) => rule.kind === 'OBLIGATION')).toBe(true);
    expect((await graphql(rulesQuery, {}, {})).body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('records a finding citing a rule, filters by it and counts findings by rule', async () => {
    const record = (ruleCode: string) =>
      graphql<{ recordSupervisionFinding: { id: string; ruleCode: string; rule: RuleView } }>(
        `
          mutation ($input: RecordSupervisionFindingInput!) {
            recordSupervisionFinding(input: $input) {
              id
              ruleCode
              rule {
                code
                text
                kind
              }
            }
          }
        `,
        {
          input: {
            departmentCode: 'URBAN_MANAGEMENT',
            ruleCode,
            title: '窗口超出清单要求材料',
            description: '暗访时窗口要求提供清单外的证明',
            rectifyBy: new Date(NOW.getTime() + 7 * DAY_MS).toISOString(),
          },
        },
        supervisor,
      );
    const recorded = (await record('NO-01')).body.data?.recordSupervisionFinding;
    expect(recorded).toMatchObject({
      ruleCode: 'NO-01',
      rule: { code: 'NO-01', kind: 'PROHIBITION', text: '不准政务服务事项超出清单审批、变相审批' },
    });
    await record('MUST-01');

    const byRule = await graphql<{
      supervisionFindingsByRule: Array<{ rule: { code: string }; total: number; open: number }>;
    }>(
      `
        {
          supervisionFindingsByRule {
            rule {
              code
            }
            total
            open
          }
        }
      `,
      {},
      supervisor,
    );
    const figures = byRule.body.data?.supervisionFindingsByRule ?? [];
    expect(figures).toHaveLength(20);
    expect(figures.filter((row) => row.total > 0)).toEqual([
      { rule: { code: 'NO-01' }, total: 1, open: 1 },
      { rule: { code: 'MUST-01' }, total: 1, open: 1 },
    ]);
    const filtered = await graphql<{ supervisionFindings: { nodes: Array<{ id: string }> } }>(
      `
        {
          supervisionFindings(ruleCode: "NO-01") {
            nodes {
              id
            }
          }
        }
      `,
      {},
      supervisor,
    );
    expect(filtered.body.data?.supervisionFindings.nodes).toEqual([{ id: recorded?.id }]);
  });
});
