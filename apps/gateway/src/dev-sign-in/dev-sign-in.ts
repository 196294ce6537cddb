import type { IncomingMessage } from 'node:http';
import {
  departments,
  enterprises,
  gridCells,
  type SeedUser,
  seedUsers,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import { tokenForSeedUser } from '@erqi/shared/util-seed-tokens';
import {
  readRequestBody,
  type RouteHandler,
  type RouteResult,
} from '@erqi/shared/util-http-server';

/** A seed user as the development picker lists it: who they are and what they act for, by name. */
export interface PickableSeedUser {
  subject: string;
  role: SeedUser['role'];
  name: string;
  enterprise?: { id: string; name: string };
  gridCells?: Array<{ id: string; code: string; name: string }>;
  department?: { code: string; name: string };
  team?: { code: string; name: string };
}

/** Bigger than any `{"subject": "<uuid>"}`; the rest is refused with 413. */
const MAX_BODY_BYTES = 1_000;

function pickable(user: SeedUser): PickableSeedUser {
  const enterprise = enterprises.find((candidate) => candidate.id === user.enterpriseId);
  const department = departments.find((candidate) => candidate.code === user.departmentCode);
  const team = volunteerTeams.find((candidate) => candidate.code === user.teamCode);
  const cells = gridCells.filter((cell) => user.gridCellIds?.includes(cell.id));
  return {
    subject: user.subject,
    role: user.role,
    name: user.name,
    ...(enterprise ? { enterprise: { id: enterprise.id, name: enterprise.name } } : {}),
    ...(cells.length > 0
      ? { gridCells: cells.map(({ id, code, name }) => ({ id, code, name })) }
      : {}),
    ...(department ? { department: { code: department.code, name: department.name } } : {}),
    ...(team ? { team: { code: team.code, name: team.name } } : {}),
  };
}

/** An error as GraphQL answers one: a code, the field at fault and a sentence a person understands. */
function refusal(status: number, message: string, code: string, field?: string): RouteResult {
  return {
    status,
    body: { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] },
  };
}

async function subjectOf(request: IncomingMessage): Promise<string | RouteResult> {
  // JSON only: a cross-site form cannot send it without a preflight this server never allows.
  if (!(request.headers['content-type'] ?? '').includes('application/json'))
    return refusal(415, 'Send {"subject": "<id>"} as application/json', 'BAD_REQUEST');
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readRequestBody(request, MAX_BODY_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof SyntaxError)
      return refusal(400, 'The request body is not valid JSON', 'BAD_REQUEST');
    throw error;
  }
  const subject =
    typeof parsed === 'object' && parsed !== null && 'subject' in parsed
      ? (parsed as { subject: unknown }).subject
      : undefined;
  if (typeof subject !== 'string' || subject === '')
    return refusal(400, 'Say which seed user: {"subject": "<id>"}', 'BAD_USER_INPUT', 'subject');
  return subject;
}

/**
 * 开发登录: the development sign-in the web app's "pick a seed user" page uses. `GET /dev/seed-users`
 * lists the seed users (an array); `POST /dev/token {"subject"}` signs a development token for one, as
 * `npm run token` does. Only ever mounted outside production (see gateway.ts): a production gateway has
 * no such paths.
 */
export function developmentSignInRoutes(): Record<string, RouteHandler> {
  return {
    '/dev/seed-users': async (request) =>
      request.method === 'GET' || request.method === 'HEAD'
        ? { status: 200, body: seedUsers.map(pickable) }
        : refusal(405, 'Use GET /dev/seed-users', 'METHOD_NOT_ALLOWED'),
    '/dev/token': async (request) => {
      if (request.method !== 'POST')
        return refusal(405, 'Use POST /dev/token {"subject": "<id>"}', 'METHOD_NOT_ALLOWED');
      const subject = await subjectOf(request);
      if (typeof subject !== 'string') return subject;
      const user = seedUsers.find((candidate) => candidate.subject === subject);
      if (!user)
        return refusal(
          400,
          `No seed user has the subject "${subject}"; GET /dev/seed-users lists them`,
          'BAD_USER_INPUT',
          'subject',
        );
      return {
        status: 200,
        body: { token: await tokenForSeedUser(user) },
        // A token is a credential: never kept by a cache.
        headers: { 'cache-control': 'no-store' },
      };
    },
  };
}
