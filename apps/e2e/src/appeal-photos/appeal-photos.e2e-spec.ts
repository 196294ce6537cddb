import { randomBytes, randomUUID } from 'node:crypto';
import { PHOTO_MAX_BYTES } from '@erqi/appeal/util-contract';
import { issueDevelopmentToken, Role } from '@erqi/shared/util-auth';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { collectiveEnterprise, enterprises } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

/** A grid worker photographs the problem (郑好拍), files it with the photo, and only those who may see the appeal see the photo. */
describe('appeal photos through the gateway', () => {
  const system = systemAddresses();
  const photosUrl = system.gatewayUrl.replace(/\/graphql$/, '/photos');
  let gridWorker: Record<string, string>;
  let marketStaff: Record<string, string>;
  let otherEnterprise: Record<string, string>;
  beforeAll(async () => {
    gridWorker = await authHeaderFor(seedUser('GRID_WORKER'));
    marketStaff = await authHeaderFor(
      seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION'),
    );
    const stranger = enterprises.find((enterprise) => enterprise.id !== collectiveEnterprise.id);
    otherEnterprise = {
      authorization: `Bearer ${await issueDevelopmentToken(`e2e-${randomUUID()}`, {
        role: Role.ENTERPRISE,
        name: '另一家企业 联络员',
        enterprise_id: stranger?.id ?? '',
      })}`,
    };
  });

  /** JPEG's magic bytes, then the rest of a (here random) photo. */
  const jpeg = (size: number): Buffer =>
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);

  const upload = async (body: Buffer, contentType = 'image/jpeg') => {
    const response = await fetch(photosUrl, {
      method: 'POST',
      headers: { ...gridWorker, 'content-type': contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const SUBMIT = `mutation Submit($input: SubmitAppealInput!) {
    submitAppeal(input: $input) { id clientRequestId photos { id contentType bytes url } }
  }`;
  type Submitted = {
    id: string;
    clientRequestId: string | null;
    photos: Array<{ id: string; contentType: string; bytes: number; url: string }>;
  };

  it('uploads a JPEG, files the appeal with it, and serves it to the grid worker only among these callers', async () => {
    const photo = jpeg(200_000);
    const uploaded = await upload(photo);
    expect(uploaded).toEqual({
      status: 201,
      body: { id: expect.any(String), contentType: 'image/jpeg', bytes: 200_000 },
    });
    const photoId = String(uploaded.body['id']);
    const clientRequestId = randomUUID();
    const input = {
      enterpriseId: collectiveEnterprise.id,
      title: '厂区门口井盖缺失（附照片）',
      description: '井盖缺失，夜间有坠落风险。',
      category: 'SURROUNDINGS',
      channel: 'GRID_WORKER',
      handlingMode: 'URGENT',
      clientRequestId,
      photoIds: [photoId],
    };
    const { body } = await postGraphQL<{ submitAppeal: Submitted }>(
      system.gatewayUrl,
      SUBMIT,
      { input },
      gridWorker,
    );
    expect(body.errors).toBeUndefined();
    const appeal = body.data?.submitAppeal;
    expect(appeal?.photos).toEqual([
      { id: photoId, contentType: 'image/jpeg', bytes: 200_000, url: `/photos/${photoId}` },
    ]);

    const own = await fetch(`${photosUrl}/${photoId}`, { headers: gridWorker });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/jpeg');
    expect(own.headers.get('cache-control')).toMatch(/private/);
    expect(Buffer.from(await own.arrayBuffer()).equals(photo)).toBe(true);
    for (const outsider of [marketStaff, otherEnterprise]) {
      const refused = await fetch(`${photosUrl}/${photoId}`, { headers: outsider });
      expect(refused.status).toBe(404);
      expect(Buffer.from(await refused.arrayBuffer()).includes(photo.subarray(0, 64))).toBe(false);
    }

    // The offline queue resends after a lost answer: the same appeal, not a second one.
    const resent = await postGraphQL<{ submitAppeal: Submitted }>(
      system.gatewayUrl,
      SUBMIT,
      { input },
      gridWorker,
    );
    expect(resent.body.errors).toBeUndefined();
    expect(resent.body.data?.submitAppeal.id).toBe(appeal?.id);
  });

  it('refuses a photo over 3 MB with 413 naming the limit', async () => {
    const answer = await upload(jpeg(PHOTO_MAX_BYTES + 1));
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('3 MB'),
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: PHOTO_MAX_BYTES },
        },
      ],
    });
  });

  it('refuses what is not an image with 415', async () => {
    const answer = await upload(Buffer.from('%PDF-1.7 not a photo'), 'image/jpeg');
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({
      errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });
  });
});
