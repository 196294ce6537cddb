import { createTokenVerifier } from '@erqi/shared/util-auth';
import { createLogger } from '@erqi/shared/util-logging';
import { seedUsers } from '@erqi/shared/util-seed-fixtures';
import { readSupergraphSdl } from '../config';
import { type RunningGateway, startGateway } from '../gateway';
import type { PickableSeedUser } from './dev-sign-in';

const quiet = createLogger('gateway-test', { level: 'silent' });

const start = (production: boolean): Promise<RunningGateway> =>
  startGateway({ supergraphSdl: readSupergraphSdl(), logger: quiet, production }, 0);

const postToken = (base: string, body: string, contentType = 'application/json') =>
  fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': contentType }, body });

/** A developer picks a seed user on the web app's sign-in page and is signed in as them. */
describe('development sign-in', () => {
  let gateway: RunningGateway;
  let base: string;

  beforeAll(async () => {
    gateway = await start(false);
    base = gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => gateway.stop());

  it('lists every seed user with what they act for, by name', async () => {
    const response = await fetch(`${base}/dev/seed-users`);
    expect(response.status).toBe(200);
    const users = (await response.json()) as PickableSeedUser[];
    expect(users.map((user) => user.subject)).toEqual(seedUsers.map((user) => user.subject));
    const worker = users.find((user) => user.role === 'GRID_WORKER');
    expect(worker?.gridCells?.map((cell) => cell.code)).toEqual(['BGM-E01', 'BGM-E02', 'BGM-E03']);
    expect(users.find((user) => user.role === 'ENTERPRISE')?.enterprise?.name).toBe(
      '河南八方顺亿实业有限公司',
    );
    expect(users.find((user) => user.role === 'DEPARTMENT_STAFF')?.department).toEqual({
      code: 'URBAN_MANAGEMENT',
      name: expect.stringContaining('城市管理'),
    });
    expect(users.find((user) => user.role === 'VOLUNTEER_LEAD')?.team?.code).toBe('ALLIANCE_YOUTH');
  });

  it('signs a token for the chosen seed user that the gateway believes', async () => {
    const staff = seedUsers.find((user) => user.departmentCode === 'MARKET_REGULATION');
    const response = await postToken(base, JSON.stringify({ subject: staff?.subject }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token } = (await response.json()) as { token: string };
    const caller = await createTokenVerifier()(`Bearer ${token}`);
    expect(caller).toMatchObject({
      kind: 'user',
      subject: staff?.subject,
      role: 'DEPARTMENT_STAFF',
      departmentCode: 'MARKET_REGULATION',
    });
  });

  it('refuses an unknown subject with BAD_USER_INPUT on the field subject', async () => {
    const response = await postToken(base, JSON.stringify({ subject: 'nobody' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining('No seed user has the subject "nobody"'),
          extensions: { code: 'BAD_USER_INPUT', field: 'subject' },
        },
      ],
    });
  });

  it('refuses a missing subject, a body that is not JSON, a form post and a GET', async () => {
    const missing = await postToken(base, '{}');
    expect(missing.status).toBe(400);
    expect(
      ((await missing.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'subject' });
    expect((await postToken(base, '{"subject":')).status).toBe(400);
    // A cross-site form can post this content type without a preflight: refused.
    expect((await postToken(base, 'subject=x', 'application/x-www-form-urlencoded')).status).toBe(
      415,
    );
    expect((await fetch(`${base}/dev/token`)).status).toBe(405);
  });

  it('opens the explorer with a grid worker’s development token under Headers', async () => {
    const response = await fetch(`${base}/explorer`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    const token = /Bearer ([\w-]+\.[\w-]+\.[\w-]+)/.exec(html)?.[1];
    expect(html).toContain('defaultHeaders');
    expect(await createTokenVerifier()(`Bearer ${token}`)).toMatchObject({ role: 'GRID_WORKER' });
  });
});

describe('development sign-in in production', () => {
  let gateway: RunningGateway;
  let base: string;

  beforeAll(async () => {
    gateway = await start(true);
    base = gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => gateway.stop());

  it('does not exist: no seed users, no tokens, no token in the explorer', async () => {
    expect((await fetch(`${base}/dev/seed-users`)).status).toBe(404);
    const subject = seedUsers[0]?.subject;
    const token = await postToken(base, JSON.stringify({ subject }));
    expect(token.status).toBe(404);
    expect(await token.text()).not.toContain('token"');
    const explorer = await (await fetch(`${base}/explorer`)).text();
    expect(explorer).not.toContain('Bearer ey');
    expect(explorer).not.toContain('defaultHeaders');
  });
});
