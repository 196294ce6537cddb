import { randomUUID } from 'node:crypto';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { SeedUser } from '@erqi/shared/util-seed-fixtures';

export interface AppealView {
  id: string;
  title: string;
  status: string;
  handlingMode: string;
  dueAt: string;
  leaderId: string | null;
  leaderName: string | null;
  feedback: string | null;
  resolvedAt: string | null;
  evaluationDueAt: string | null;
  closedAt: string | null;
  closureReason: string | null;
  evaluation: { rating: number; comment: string | null; at: string } | null;
  possibleDuplicateOf: { id: string } | null;
  leadDepartment: { id: string } | null;
  timeline: Array<{
    fromStatus: string | null;
    toStatus: string;
    actor: string;
    note: string;
    at: string;
  }>;
  dispatches: Array<{ targetCode: string; role: string; acknowledgedAt: string | null }>;
}

export const APPEAL_FIELDS = `id title status handlingMode dueAt leaderId leaderName feedback resolvedAt evaluationDueAt closedAt closureReason
  evaluation { rating comment at } possibleDuplicateOf { id } leadDepartment { id }
  timeline { fromStatus toStatus actor note at } dispatches { targetCode role acknowledgedAt }`;

/** The seed users the workflow tests act as. */
export const users = {
  enterprise: seedUser('ENTERPRISE'),
  gridWorker: seedUser('GRID_WORKER'),
  urbanStaff: seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT'),
  marketStaff: seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION'),
  volunteerLead: seedUser('VOLUNTEER_LEAD'),
  supervisor: seedUser('SUPERVISOR'),
  leader: seedUser('LEADER'),
  otherLeader: seedUser('LEADER', (user) => user.login === 'leader-2'),
  admin: seedUser('ADMIN'),
} satisfies Record<string, SeedUser>;
export type UserName = keyof typeof users;

/** A title no other test's title resembles, so only the duplicate tests see duplicates. */
export const uniqueTitle = (label: string): string => `${label} ${randomUUID()}`;

/** The mutations of the loop, with the arguments each needs besides the id. */
export const MUTATIONS = {
  acceptAppeal: { declare: '$note: String', pass: 'note: $note', variables: { note: '受理' } },
  handleAppeal: { declare: '$note: String', pass: 'note: $note', variables: {} },
  transferAppeal: {
    declare: '$codes: [String!]!',
    pass: 'departmentCodes: $codes',
    variables: { codes: ['URBAN_MANAGEMENT', 'HOUSING_CONSTRUCTION'] },
  },
  resolveAppeal: {
    declare: '$feedback: String!',
    pass: 'feedback: $feedback',
    variables: { feedback: '已处理完毕' },
  },
  evaluateAppeal: {
    declare: '$rating: Int!, $comment: String',
    pass: 'rating: $rating, comment: $comment',
    variables: { rating: 4 },
  },
  reopenAppeal: {
    declare: '$reason: String',
    pass: 'reason: $reason',
    variables: { reason: '整改' },
  },
  closeAppeal: { declare: '$note: String', pass: 'note: $note', variables: {} },
  addProgressNote: {
    declare: '$note: String!',
    pass: 'note: $note',
    variables: { note: '进展顺利' },
  },
  assignLeader: {
    declare: '$leaderId: ID, $leaderName: String',
    pass: 'leaderId: $leaderId, leaderName: $leaderName',
    variables: { leaderId: seedUser('LEADER').subject, leaderName: '区领导 一号' },
  },
  resolveDuplicate: {
    declare: '$action: DuplicateAction!',
    pass: 'action: $action',
    variables: { action: 'KEEP' },
  },
} as const;
export type MutationName = keyof typeof MUTATIONS;

export function workflowClient(url: () => string) {
  const headers = new Map<UserName, Record<string, string>>();
  const headersOf = async (user: UserName | null): Promise<Record<string, string>> => {
    if (user === null) return {};
    let found = headers.get(user);
    if (!found) {
      found = await authHeaderFor(users[user]);
      headers.set(user, found);
    }
    return found;
  };

  /** Calls one mutation of the loop as `user` (null: anonymous). */
  const call = async (
    name: MutationName,
    id: string,
    user: UserName | null,
    variables: Record<string, unknown> = {},
  ) => {
    const mutation = MUTATIONS[name];
    const response = await postGraphQL<Record<string, AppealView>>(
      url(),
      `mutation($id: ID!, ${mutation.declare}) { ${name}(id: $id, ${mutation.pass}) { ${APPEAL_FIELDS} } }`,
      { id, ...mutation.variables, ...variables },
      await headersOf(user),
    );
    return { appeal: response.body.data?.[name] ?? null, error: response.body.errors?.[0] ?? null };
  };

  /** Calls it and insists that it worked. */
  const ok = async (
    name: MutationName,
    id: string,
    user: UserName,
    variables: Record<string, unknown> = {},
  ): Promise<AppealView> => {
    const { appeal, error } = await call(name, id, user, variables);
    if (error || !appeal)
      throw new TypeError(
        `${name} as ${user} failed: ${error?.message ?? 'no appeal'} ${JSON.stringify(error?.extensions ?? {})}`,
      );
    return appeal;
  };

  /** Files an appeal as `user` (an admin may file for any enterprise; the grid worker only for its cells'). */
  const submit = async (
    input: { enterpriseId: string; title: string; category?: string; handlingMode: string },
    user: UserName = 'admin',
  ): Promise<AppealView> => {
    const response = await postGraphQL<{ submitAppeal: AppealView }>(
      url(),
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { ${APPEAL_FIELDS} } }`,
      {
        input: {
          description: '企业反映的问题，需要有关部门处理。',
          category: 'SURROUNDINGS',
          channel: 'GRID_WORKER',
          ...input,
        },
      },
      await headersOf(user),
    );
    const appeal = response.body.data?.submitAppeal;
    if (!appeal) throw new TypeError(`submitAppeal failed: ${response.body.errors?.[0]?.message}`);
    return appeal;
  };

  const get = async (id: string): Promise<AppealView> => {
    const response = await postGraphQL<{ appeal: AppealView }>(
      url(),
      `query($id: ID!) { appeal(id: $id) { ${APPEAL_FIELDS} } }`,
      { id },
      await headersOf('admin'),
    );
    if (!response.body.data?.appeal) throw new TypeError(`appeal ${id} not found`);
    return response.body.data.appeal;
  };

  return { call, ok, submit, get, headersOf };
}
