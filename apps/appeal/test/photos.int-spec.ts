import { randomBytes, randomUUID } from 'node:crypto';
import { PHOTO_MAX_BYTES } from '@erqi/appeal/util-contract';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { issueDevelopmentToken, Role } from '@erqi/shared/util-auth';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { enterpriseByName, enterprises } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import { PENDING_PHOTOS_MAX } from '../src/photo/photo.service';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
const HOUR_MS = 60 * 60 * 1000;

/** A photo as a phone sends it: JPEG's magic bytes, then the (here random) rest. */
const jpeg = (size = 2048): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const png = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

interface PhotoView {
  id: string;
  contentType: string;
  bytes: number;
  url: string;
  uploadedAt: string;
}

const collective = enterpriseByName('河南八方顺亿实业有限公司');

describe('appeal photos (照片) and client request ids on PostgreSQL', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  let now = new Date('2024-03-01T01:30:00.000Z');
  let gridWorker: Record<string, string>;
  let urbanStaff: Record<string, string>;
  let marketStaff: Record<string, string>;
  let collectiveLiaison: Record<string, string>;
  let otherEnterprise: Record<string, string>;
  let volunteerLead: Record<string, string>;

  const base = (): string => subgraph.url.replace(/\/graphql$/, '');

  const upload = async (
    headers: Record<string, string>,
    body: Buffer,
    contentType = 'image/jpeg',
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${base()}/photos`, {
      method: 'POST',
      headers: { ...headers, 'content-type': contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const uploaded = async (headers: Record<string, string>, body = jpeg()): Promise<string> => {
    const answer = await upload(headers, body);
    expect(answer.status).toBe(201);
    return String(answer.body['id']);
  };

  const fetchPhoto = (id: string, headers: Record<string, string> = {}) =>
    fetch(`${base()}/photos/${id}`, { headers });

  const SUBMIT = `mutation($input: SubmitAppealInput!) {
    submitAppeal(input: $input) { id title clientRequestId photos { id contentType bytes url uploadedAt } }
  }`;
  type Submitted = {
    id: string;
    title: string;
    clientRequestId: string | null;
    photos: PhotoView[];
  };
  const submit = (input: Record<string, unknown>, headers = gridWorker) =>
    postGraphQL<{ submitAppeal: Submitted }>(
      subgraph.url,
      SUBMIT,
      { input: { ...validInput, ...input } },
      headers,
    );

  const validInput = {
    enterpriseId: collective.id,
    title: '厂区门口路灯损坏',
    description: '晚班工人下班路段无照明，请协调维修。',
    category: 'SURROUNDINGS',
    channel: 'GRID_WORKER',
    handlingMode: 'URGENT',
  };

  const counts = async (): Promise<{ appeals: number; events: number; attached: number }> => {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM appeal.appeal)::int AS appeals, (SELECT count(*) FROM appeal.outbox_message)::int AS events,
        (SELECT count(*) FROM appeal.appeal_photo WHERE appeal_id IS NOT NULL)::int AS attached`,
    )) as Array<{ appeals: number; events: number; attached: number }>;
    return row ?? { appeals: -1, events: -1, attached: -1 };
  };

  beforeAll(async () => {
    gridWorker = await authHeaderFor(seedUser('GRID_WORKER'));
    urbanStaff = await authHeaderFor(
      seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT'),
    );
    marketStaff = await authHeaderFor(
      seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION'),
    );
    collectiveLiaison = await authHeaderFor(seedUser('ENTERPRISE'));
    volunteerLead = await authHeaderFor(seedUser('VOLUNTEER_LEAD'));
    const stranger = enterprises.find((enterprise) => enterprise.id !== collective.id);
    otherEnterprise = {
      authorization: `Bearer ${await issueDevelopmentToken(`user-${randomUUID()}`, {
        role: Role.ENTERPRISE,
        name: '另一家企业 联络员',
        enterprise_id: stranger?.id ?? '',
      })}`,
    };
    database = await createTestDatabase('appeal_photos');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(now), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, SEEDED_AT);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-photos-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('takes a JPEG from a grid worker (201 with its id, type and size) and shows it only to the uploader until attached', async () => {
    const photo = jpeg(5000);
    const answer = await upload(gridWorker, photo);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      contentType: 'image/jpeg',
      bytes: 5000,
    });
    const id = String(answer.body['id']);
    const own = await fetchPhoto(id, gridWorker);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/jpeg');
    expect(own.headers.get('cache-control')).toContain('private');
    expect(Buffer.from(await own.arrayBuffer()).equals(photo)).toBe(true);
    // Nobody else, not even a supervisor-like department, learns it exists.
    expect((await fetchPhoto(id, urbanStaff)).status).toBe(404);
    expect((await fetchPhoto(id, collectiveLiaison)).status).toBe(404);
    expect((await fetchPhoto(randomUUID(), gridWorker)).status).toBe(404);
    expect((await fetchPhoto('not-an-id', gridWorker)).status).toBe(404);
  });

  it.each([
    ['a PNG sent as JPEG', png(), 'image/jpeg'],
    ['text sent as JPEG', Buffer.from('not a photo at all'), 'image/jpeg'],
    ['a PDF', Buffer.from('%PDF-1.7 ...'), 'application/pdf'],
    ['a JPEG sent with no image type', jpeg(), 'application/octet-stream'],
  ])('refuses %s with 415 and keeps nothing', async (_case, body, contentType) => {
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM appeal.appeal_photo`);
    const answer = await upload(gridWorker, body, contentType);
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({
      errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM appeal.appeal_photo`)).toEqual(
      before,
    );
  });

  it('takes a PNG sent as PNG', async () => {
    const answer = await upload(gridWorker, png(), 'image/png');
    expect(answer).toMatchObject({ status: 201, body: { contentType: 'image/png' } });
  });

  it('refuses a photo over 3 MB with 413 naming the limit', async () => {
    const answer = await upload(gridWorker, jpeg(PHOTO_MAX_BYTES + 1));
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('3 MB'),
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: PHOTO_MAX_BYTES },
        },
      ],
    });
    expect((await upload(gridWorker, jpeg(PHOTO_MAX_BYTES))).status).toBe(201);
  });

  it('lets only those who file appeals upload: 401 without a token, 403 for a department or a volunteer lead', async () => {
    expect((await upload({}, jpeg())).status).toBe(401);
    const department = await upload(urbanStaff, jpeg());
    expect(department.status).toBe(403);
    expect(department.body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect((await upload(volunteerLead, jpeg())).status).toBe(403);
    expect((await upload(collectiveLiaison, jpeg())).status).toBe(201);
  });

  it('holds at most 24 unattached uploads per person (409 past it)', async () => {
    const hoarder = {
      authorization: `Bearer ${await issueDevelopmentToken(`user-${randomUUID()}`, {
        role: Role.GRID_WORKER,
        name: '网格员 测试',
      })}`,
    };
    for (let index = 0; index < PENDING_PHOTOS_MAX; index += 1) await uploaded(hoarder, jpeg(64));
    const refused = await upload(hoarder, jpeg(64));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT' } }] });
  });

  it('attaches the photos in the order listed; those who may see the appeal get the bytes, others 404', async () => {
    const first = jpeg(3000);
    const second = jpeg(4000);
    const ids = [await uploaded(gridWorker, first), await uploaded(gridWorker, second)];
    const { body } = await submit({ photoIds: ids, title: '路灯损坏（附照片）' });
    expect(body.errors).toBeUndefined();
    const appeal = body.data?.submitAppeal;
    expect(appeal?.photos.map((photo) => [photo.id, photo.bytes, photo.url])).toEqual([
      [ids[0], 3000, `/photos/${ids[0]}`],
      [ids[1], 4000, `/photos/${ids[1]}`],
    ]);
    expect(appeal?.photos[0]?.uploadedAt).toBe(now.toISOString());
    // The appeal's own read rules: its cell's grid worker, the enterprise, the department and the
    // volunteer team it went to (SURROUNDINGS → urban management; the cell's team).
    for (const reader of [gridWorker, collectiveLiaison, urbanStaff, volunteerLead]) {
      const response = await fetchPhoto(ids[1] ?? '', reader);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(second)).toBe(true);
    }
    for (const outsider of [marketStaff, otherEnterprise])
      expect((await fetchPhoto(ids[0] ?? '', outsider)).status).toBe(404);
    expect((await fetchPhoto(ids[0] ?? '', {})).status).toBe(401);
    // The browser's copy is still good: 304 without the bytes.
    const again = await fetchPhoto(ids[0] ?? '', { ...gridWorker, 'if-none-match': `"${ids[0]}"` });
    expect(again.status).toBe(304);
  });

  it.each([
    ['another person’s upload', 'foreign'],
    ['a photo already attached', 'attached'],
    ['an unknown photo', 'unknown'],
    ['seven photos', 'seven'],
    ['the same photo twice', 'twice'],
  ])('refuses %s with BAD_USER_INPUT on photoIds and writes nothing', async (_case, kind) => {
    const own = await uploaded(gridWorker);
    const photoIds: Record<string, () => Promise<string[]>> = {
      foreign: async () => [own, await uploaded(collectiveLiaison)],
      attached: async () => {
        const earlier = await uploaded(gridWorker);
        const { body } = await submit({ photoIds: [earlier], title: '先提交的诉求' });
        expect(body.errors).toBeUndefined();
        return [own, earlier];
      },
      unknown: async () => [own, randomUUID()],
      seven: async () => [own, ...Array.from({ length: 6 }, () => randomUUID())],
      twice: async () => [own, own],
    };
    const listed = await (photoIds[kind] ?? (async () => []))();
    const before = await counts();
    const { body } = await submit({ photoIds: listed, title: '这次不应写入' });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'photoIds',
    });
    expect(await counts()).toEqual(before);
    // The caller's own photo is still theirs to use.
    expect((await submit({ photoIds: [own], title: `改正后重交 ${kind}` })).body.errors).toBe(
      undefined,
    );
  });

  it('answers a resend with the same client request id with the appeal already filed, writing nothing more', async () => {
    const clientRequestId = randomUUID();
    const photo = await uploaded(gridWorker);
    const first = await submit({ clientRequestId, photoIds: [photo], title: '离线队列的诉求' });
    expect(first.body.errors).toBeUndefined();
    const before = await counts();
    const resent = await submit({ clientRequestId, photoIds: [photo], title: '离线队列的诉求' });
    expect(resent.body.errors).toBeUndefined();
    expect(resent.body.data?.submitAppeal).toEqual(first.body.data?.submitAppeal);
    expect(resent.body.data?.submitAppeal.clientRequestId).toBe(clientRequestId);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same client request id for a different appeal on clientRequestId', async () => {
    const clientRequestId = randomUUID();
    expect((await submit({ clientRequestId, title: '第一件' })).body.errors).toBeUndefined();
    const before = await counts();
    for (const change of [{ title: '第二件' }, { enterpriseId: enterprises[1]?.id }]) {
      const { body } = await submit({ clientRequestId, title: '第一件', ...change });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'clientRequestId',
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps one person’s client request ids apart from another’s', async () => {
    const clientRequestId = randomUUID();
    const worker = await submit({ clientRequestId });
    const liaison = await submit({ clientRequestId, channel: 'ENTERPRISE_APP' }, collectiveLiaison);
    expect(worker.body.errors).toBeUndefined();
    expect(liaison.body.errors).toBeUndefined();
    expect(liaison.body.data?.submitAppeal.id).not.toBe(worker.body.data?.submitAppeal.id);
  });

  it('files one appeal when two copies with one client request id arrive at once', async () => {
    const clientRequestId = randomUUID();
    const before = await counts();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => submit({ clientRequestId, title: '同时到达的两份' })),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.body.data?.submitAppeal.id)).size).toBe(1);
    const after = await counts();
    expect(after.appeals).toBe(before.appeals + 1);
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM appeal.appeal WHERE client_request_id = $1`,
      [clientRequestId],
    )) as Array<{ n: number }>;
    expect(row?.n).toBe(1);
  });

  it('deletes uploads nobody attached within a day, and never an attached one', async () => {
    const stale = await uploaded(gridWorker);
    const kept = await uploaded(gridWorker);
    expect((await submit({ photoIds: [kept], title: '照片留存' })).body.errors).toBeUndefined();
    now = new Date(now.getTime() + 23 * HOUR_MS);
    const fresh = await uploaded(gridWorker);
    now = new Date(now.getTime() + 2 * HOUR_MS);
    expect(await definition.photoSweeper.runOnce()).toBeGreaterThan(0);
    expect((await fetchPhoto(stale, gridWorker)).status).toBe(404);
    expect((await fetchPhoto(fresh, gridWorker)).status).toBe(200);
    expect((await fetchPhoto(kept, gridWorker)).status).toBe(200);
  });
});
